// Blame: the first edition each recommendation and sentence appeared in.
// Recommendations follow the differ's item alignment (a reworded or moved
// item keeps its origin); sentences follow exact matches anywhere in the
// previous edition, else the most similar sentence of the block the differ paired.
#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <sstream>

#include "yoy/app/history.h"
#include "yoy/normalize/words.h"

namespace yoy {

namespace {

struct Origin {
  int first_year = 0;
  int last_reworded = 0;
  int editions = 1;
};

Origin carried(Origin origin, int year, bool reworded) {
  ++origin.editions;
  if (reworded) origin.last_reworded = year;
  return origin;
}

// Origins of one edition: per section, per block (list items) or per sentence.
struct EditionOrigins {
  std::vector<std::vector<Origin>> items;                   // [section][block] for list sections
  std::vector<std::vector<std::vector<Origin>>> sentences;  // [section][block][sentence]
};

EditionOrigins fresh_origins(const Document& document, int year) {
  EditionOrigins origins;
  for (const Section& section : document.sections) {
    origins.items.emplace_back(section.blocks.size(), Origin{year, 0, 1});
    auto& blocks = origins.sentences.emplace_back();
    for (const Block& block : section.blocks)
      blocks.emplace_back(block.sentences.size(), Origin{year, 0, 1});
  }
  return origins;
}

std::string letters_only(const std::string& text) {
  std::string out;
  for (unsigned char c : text)
    if (std::isalnum(c)) out += static_cast<char>(std::tolower(c));
  return out;
}

// The differ names sections by display heading; match loosely (case, punctuation).
bool same_section(const std::string& name, const Section& section) {
  return name == section.heading || letters_only(name) == letters_only(section.heading) ||
         letters_only(name) == letters_only(section.key);
}

const Section* find_section(const Document& document, const std::string& name, std::size_t* index) {
  for (std::size_t i = 0; i < document.sections.size(); ++i)
    if (same_section(name, document.sections[i])) {
      *index = i;
      return &document.sections[i];
    }
  return nullptr;
}

// Locates a list item of `section` by the differ's index, checked against its text.
int locate_item(const Section& section, int index, const std::string& text) {
  const int size = static_cast<int>(section.blocks.size());
  if (index >= 0 && index < size && (text.empty() || section.blocks[index].text == text))
    return index;
  for (int i = 0; i < size; ++i)
    if (section.blocks[i].text == text) return i;
  return -1;
}

constexpr double kRewordedSentence =
    0.5;  // word overlap (Dice of word bags) to count as the same sentence

class BlameStep {
 public:
  BlameStep(const Document& previous, const EditionOrigins& previous_origins,
            const Document& current, int year)
      : previous_(previous), before_(previous_origins), current_(current), year_(year) {
    after_ = fresh_origins(current, year);
  }

  EditionOrigins run(const ReportChange& change) {
    follow_items(change);
    follow_sentences(change);
    return after_;
  }

 private:
  void follow_items(const ReportChange& change) {
    std::vector<std::vector<bool>> assigned;
    for (const Section& section : current_.sections)
      assigned.emplace_back(section.blocks.size(), false);
    for (const ListChange& list : change.lists) {
      std::size_t to_section = 0, from_section = 0;
      const Section* to = find_section(current_, list.section, &to_section);
      const Section* from = find_section(previous_, list.section, &from_section);
      if (!to || !from) continue;
      for (const ItemChange& item : list.items) {
        if (item.change == Change::added || item.change == Change::removed) continue;
        const bool reworded = item.change == Change::reworded;
        const std::string& old_text = reworded ? item.from : item.text;
        const std::string& new_text = reworded ? item.to : item.text;
        int old_index = locate_item(*from, item.from_index, old_text);
        int new_index = locate_item(*to, item.to_index, new_text);
        if (old_index < 0 || new_index < 0) continue;
        after_.items[to_section][new_index] =
            carried(before_.items[from_section][old_index], year_, reworded);
        assigned[to_section][new_index] = true;
      }
    }
    // Items the differ left out (unchanged ones, when it lists only changes):
    // the same text in the same-named list of the previous edition.
    for (std::size_t s = 0; s < current_.sections.size(); ++s) {
      const Section& section = current_.sections[s];
      if (!section.is_list) continue;
      std::size_t from_section = 0;
      const Section* from = find_section(previous_, section.heading, &from_section);
      if (!from) continue;
      for (std::size_t b = 0; b < section.blocks.size(); ++b) {
        if (assigned[s][b]) continue;
        for (std::size_t p = 0; p < from->blocks.size(); ++p)
          if (from->blocks[p].compare == section.blocks[b].compare) {
            after_.items[s][b] = carried(before_.items[from_section][p], year_, false);
            break;
          }
      }
    }
  }

  void follow_sentences(const ReportChange& change) {
    // Every sentence of the previous edition by comparison form (first occurrence wins).
    std::map<std::string, Origin> previous_sentences;
    for (std::size_t s = 0; s < previous_.sections.size(); ++s)
      for (std::size_t b = 0; b < previous_.sections[s].blocks.size(); ++b) {
        const Block& block = previous_.sections[s].blocks[b];
        for (std::size_t i = 0; i < block.sentences.size(); ++i)
          previous_sentences.emplace(block.sentences[i].compare, before_.sentences[s][b][i]);
      }
    // Paragraphs the differ paired as modified: new display text → old block.
    std::map<std::string, std::vector<std::pair<std::size_t, std::size_t>>> paired;
    for (const SectionChange& section : change.sections)
      for (const BlockChange& block : section.blocks) {
        if (block.change != Change::modified) continue;
        for (std::size_t s = 0; s < previous_.sections.size(); ++s)
          for (std::size_t b = 0; b < previous_.sections[s].blocks.size(); ++b)
            if (previous_.sections[s].blocks[b].text == block.from)
              paired[block.to].push_back({s, b});
      }

    for (std::size_t s = 0; s < current_.sections.size(); ++s) {
      const Section& section = current_.sections[s];
      if (section.is_list) continue;
      for (std::size_t b = 0; b < section.blocks.size(); ++b) {
        const Block& block = section.blocks[b];
        auto pair = paired.find(block.text);
        for (std::size_t i = 0; i < block.sentences.size(); ++i) {
          Origin& origin = after_.sentences[s][b][i];
          auto exact = previous_sentences.find(block.sentences[i].compare);
          if (exact != previous_sentences.end()) {
            origin = carried(exact->second, year_, false);
          } else if (pair != paired.end()) {
            follow_reworded_sentence(block.sentences[i], pair->second, origin);
          }
        }
      }
    }
  }

  void follow_reworded_sentence(const Sentence& sentence,
                                const std::vector<std::pair<std::size_t, std::size_t>>& old_blocks,
                                Origin& origin) {
    const std::vector<std::uint64_t> words = word_bag(sentence.compare);
    double best = kRewordedSentence;
    const Origin* best_origin = nullptr;
    for (auto [s, b] : old_blocks) {
      const Block& old_block = previous_.sections[s].blocks[b];
      for (std::size_t i = 0; i < old_block.sentences.size(); ++i) {
        double similarity = bag_similarity(words, word_bag(old_block.sentences[i].compare));
        if (similarity >= best) {
          best = similarity;
          best_origin = &before_.sentences[s][b][i];
        }
      }
    }
    if (best_origin) origin = carried(*best_origin, year_, true);
  }

  const Document& previous_;
  const EditionOrigins& before_;
  const Document& current_;
  int year_;
  EditionOrigins after_;
};

}  // namespace

Blame build_blame(const std::string& series, const std::string& id,
                  const std::vector<ReportEdition>& editions, const DiffOptions& options) {
  Blame blame;
  blame.series = series;
  blame.id = id;
  DiffOptions with_unchanged = options;
  with_unchanged.include_unchanged = true;  // unchanged and moved items carry their origin

  const Document* previous = nullptr;
  EditionOrigins origins;
  for (const ReportEdition& edition : editions) {
    if (!edition.document) continue;
    if (!previous) {
      origins = fresh_origins(*edition.document, edition.year);
      blame.first_year = edition.year;
    } else {
      ReportChange change = diff_documents(previous, edition.document, with_unchanged);
      origins = BlameStep(*previous, origins, *edition.document, edition.year).run(change);
    }
    previous = edition.document;
    blame.year = edition.year;
  }
  if (!previous) return blame;

  blame.title = previous->title;
  auto line = [](BlameLine::Kind kind, const Section& section, const std::string& text,
                 const Origin& origin) {
    BlameLine out;
    out.kind = kind;
    out.section = section.heading;
    out.text = text;
    out.first_year = origin.first_year;
    out.last_reworded = origin.last_reworded;
    out.editions = origin.editions;
    return out;
  };
  for (std::size_t s = 0; s < previous->sections.size(); ++s) {
    const Section& section = previous->sections[s];
    if (!section.is_list) continue;
    for (std::size_t b = 0; b < section.blocks.size(); ++b) {
      BlameLine item = line(BlameLine::Kind::recommendation, section, section.blocks[b].text,
                            origins.items[s][b]);
      item.rank = static_cast<int>(b);
      blame.lines.push_back(item);
    }
  }
  for (std::size_t s = 0; s < previous->sections.size(); ++s) {
    const Section& section = previous->sections[s];
    if (section.is_list) continue;
    for (std::size_t b = 0; b < section.blocks.size(); ++b)
      for (std::size_t i = 0; i < section.blocks[b].sentences.size(); ++i)
        blame.lines.push_back(line(BlameLine::Kind::sentence, section,
                                   section.blocks[b].sentences[i].text,
                                   origins.sentences[s][b][i]));
  }
  return blame;
}

}  // namespace yoy
