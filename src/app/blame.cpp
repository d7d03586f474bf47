// Blame: the first edition each recommendation and sentence appeared in, by
// the differ's alignment of consecutive editions (diff/alignment.h), never by
// matching display text. Recommendations follow the item pairs (a reworded or
// moved item keeps its origin); sentences follow exact matches anywhere in the
// previous edition, else the most similar sentence of the paragraph the
// alignment paired with theirs.
#include <algorithm>
#include <map>

#include "yoy/app/history.h"
#include "yoy/diff/alignment.h"
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

class BlameStep {
 public:
  BlameStep(const Document& previous, const EditionOrigins& previous_origins,
            const Document& current, int year, double reworded_sentence)
      : previous_(previous),
        before_(previous_origins),
        current_(current),
        year_(year),
        reworded_sentence_(reworded_sentence) {
    after_ = fresh_origins(current, year);
  }

  EditionOrigins run(const Alignment& alignment) {
    follow_items(alignment);
    follow_sentences(alignment);
    return after_;
  }

 private:
  // Ranked-list items follow the differ's item pairs: a reworded or moved item
  // keeps its origin.
  void follow_items(const Alignment& alignment) {
    for (const SectionPair& section : alignment.sections) {
      if (!section.is_list || section.from < 0 || section.to < 0) continue;
      if (!previous_.sections[section.from].is_list || !current_.sections[section.to].is_list)
        continue;
      for (const BlockPair& pair : section.blocks) {
        if (pair.from < 0 || pair.to < 0) continue;
        after_.items[section.to][pair.to] =
            carried(before_.items[section.from][pair.from], year_, pair.change == Change::reworded);
      }
    }
  }

  void follow_sentences(const Alignment& alignment) {
    // Every sentence of the previous edition by comparison form (first occurrence wins).
    std::map<std::string, Origin> previous_sentences;
    for (std::size_t s = 0; s < previous_.sections.size(); ++s)
      for (std::size_t b = 0; b < previous_.sections[s].blocks.size(); ++b) {
        const Block& block = previous_.sections[s].blocks[b];
        for (std::size_t i = 0; i < block.sentences.size(); ++i)
          previous_sentences.emplace(block.sentences[i].compare, before_.sentences[s][b][i]);
      }
    // Paragraphs the differ paired as modified: new block → its old block.
    std::map<std::pair<int, int>, std::pair<int, int>> paired;
    for (const SectionPair& section : alignment.sections) {
      if (section.is_list) continue;
      for (const BlockPair& pair : section.blocks)
        if (pair.change == Change::modified)
          paired[{section.to, pair.to}] = {section.from, pair.from};
    }

    for (std::size_t s = 0; s < current_.sections.size(); ++s) {
      const Section& section = current_.sections[s];
      if (section.is_list) continue;
      for (std::size_t b = 0; b < section.blocks.size(); ++b) {
        const Block& block = section.blocks[b];
        auto pair = paired.find({static_cast<int>(s), static_cast<int>(b)});
        for (std::size_t i = 0; i < block.sentences.size(); ++i) {
          Origin& origin = after_.sentences[s][b][i];
          auto exact = previous_sentences.find(block.sentences[i].compare);
          if (exact != previous_sentences.end()) {
            origin = carried(exact->second, year_, false);
          } else if (pair != paired.end()) {
            follow_reworded_sentence(block.sentences[i], pair->second.first, pair->second.second,
                                     origin);
          }
        }
      }
    }
  }

  // The most similar sentence of the paired old paragraph, if similar enough.
  void follow_reworded_sentence(const Sentence& sentence, int old_section, int old_block,
                                Origin& origin) {
    const std::vector<std::uint64_t> words = word_bag(sentence.compare);
    double best = reworded_sentence_;
    const Origin* best_origin = nullptr;
    const Block& block = previous_.sections[old_section].blocks[old_block];
    for (std::size_t i = 0; i < block.sentences.size(); ++i) {
      double similarity = bag_similarity(words, word_bag(block.sentences[i].compare));
      if (similarity >= best) {
        best = similarity;
        best_origin = &before_.sentences[old_section][old_block][i];
      }
    }
    if (best_origin) origin = carried(*best_origin, year_, true);
  }

  const Document& previous_;
  const EditionOrigins& before_;
  const Document& current_;
  int year_;
  double reworded_sentence_;  // DiffOptions::reworded_sentence
  EditionOrigins after_;
};

}  // namespace

Blame build_blame(const std::string& series, const std::string& id,
                  const std::vector<ReportEdition>& editions, const DiffOptions& options) {
  Blame blame;
  blame.series = series;
  blame.id = id;
  const Document* previous = nullptr;
  EditionOrigins origins;
  for (const ReportEdition& edition : editions) {
    if (!edition.document) continue;
    if (!previous) {
      origins = fresh_origins(*edition.document, edition.year);
      blame.first_year = edition.year;
    } else {
      const Alignment alignment = align_documents(*previous, *edition.document, options);
      origins =
          BlameStep(*previous, origins, *edition.document, edition.year, options.reworded_sentence)
              .run(alignment);
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
