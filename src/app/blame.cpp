// Blame: the first edition each recommendation and sentence appeared in, by
// the differ's alignment of editions (diff/alignment.h), never by matching
// display text. Recommendations follow the item pairs (a reworded or moved item
// keeps its origin); sentences follow exact matches anywhere in the older
// edition, else the most similar sentence of the paragraph the alignment paired
// with theirs.
//
// An older copy may stop before a part of the report (real copies are often a
// page's opening: the list cut after its sixth item, no Prosecution section).
// There the item is not absent but unknown: blame looks further back, to the
// latest edition whose copy reaches that part, and records the editions between
// as gaps. An item is new only where an edition that reaches its place lacks it.
#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "yoy/app/history.h"
#include "yoy/diff/alignment.h"
#include "yoy/normalize/words.h"

namespace yoy {

namespace {

struct Origin {
  int first_year = 0;
  int last_reworded = 0;
  int editions = 1;
  std::vector<int> gaps;       // editions since first_year whose copies did not reach it
  std::vector<int> unreached;  // earlier editions whose copies stop before it
};

Origin carried(Origin origin, int year, bool reworded, const std::vector<int>& skipped) {
  ++origin.editions;
  if (reworded) origin.last_reworded = year;
  origin.gaps.insert(origin.gaps.end(), skipped.begin(), skipped.end());
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
    origins.items.emplace_back(section.blocks.size(), Origin{year, 0, 1, {}, {}});
    auto& blocks = origins.sentences.emplace_back();
    for (const Block& block : section.blocks)
      blocks.emplace_back(block.sentences.size(), Origin{year, 0, 1, {}, {}});
  }
  return origins;
}

// An earlier edition with the origins blame gave it.
struct Past {
  const Document* document = nullptr;
  int year = 0;
  EditionOrigins origins;
};

// What an older edition says of one item or sentence of the current one.
enum class Found { origin, absent, unreached };

struct Verdict {
  Found found = Found::unreached;
  const Origin* origin = nullptr;  // Found::origin
  bool reworded = false;
};

// One older edition against the current one, through their alignment.
class Lookup {
 public:
  Lookup(const Past& past, const Document& current, const Alignment& alignment,
         const std::set<std::string>& continued, double reworded_sentence)
      : past_(past),
        current_(current),
        continued_(continued),
        reworded_sentence_(reworded_sentence) {
    for (const SectionPair& section : alignment.sections) {
      if (section.to < 0) continue;
      sections_[section.to] = &section;
      if (section.from >= 0) last_reached_ = std::max(last_reached_, section.to);
    }
    const Document& old = *past.document;
    for (std::size_t s = 0; s < old.sections.size(); ++s)
      for (std::size_t b = 0; b < old.sections[s].blocks.size(); ++b) {
        const Block& block = old.sections[s].blocks[b];
        for (std::size_t i = 0; i < block.sentences.size(); ++i)
          sentences_.emplace(block.sentences[i].compare, &past.origins.sentences[s][b][i]);
      }
  }

  Verdict item(int s, int b) const {
    const SectionPair* section = pair_of(s);
    if (section && section->from >= 0 && section->is_list &&
        past_.document->sections[section->from].is_list)
      for (const BlockPair& pair : section->blocks)
        if (pair.to == b && pair.from >= 0)
          return {Found::origin, &past_.origins.items[section->from][pair.from],
                  pair.change == Change::reworded};
    return {reaches(s, b) ? Found::absent : Found::unreached, nullptr, false};
  }

  // The sentences of block (s, b); only those `open[i]` (still to be placed) are judged.
  std::vector<Verdict> sentences(int s, int b, const std::vector<bool>& open) const {
    const Block& block = current_.sections[s].blocks[b];
    std::vector<Verdict> out(block.sentences.size());
    const BlockPair* modified = modified_pair(s, b);
    int last_found = -1;  // the last sentence this copy has: it reached that far
    for (std::size_t i = 0; i < block.sentences.size(); ++i) {
      auto exact = sentences_.find(block.sentences[i].compare);
      if (exact != sentences_.end()) {
        out[i] = {Found::origin, exact->second, false};
      } else if (modified) {
        out[i] = reworded(block.sentences[i], pairs_from(s), modified->from);
      }
      if (out[i].found == Found::origin) last_found = static_cast<int>(i);
    }
    // The rest: absent where the old copy went past them, unknown where it stopped before.
    const bool cut_here = cut_in_block(s, b);
    for (std::size_t i = 0; i < out.size(); ++i) {
      if (!open[i] || out[i].found == Found::origin) continue;
      const bool reached = cut_here ? static_cast<int>(i) < last_found : reaches(s, b);
      out[i].found = reached ? Found::absent : Found::unreached;
    }
    return out;
  }

 private:
  const SectionPair* pair_of(int s) const {
    auto it = sections_.find(s);
    return it == sections_.end() ? nullptr : it->second;
  }

  int pairs_from(int s) const { return pair_of(s)->from; }

  // The old copy stops inside its section `from`: it is the copy's last, and
  // some edition of the report goes on past a section of that key.
  bool cut_in_section(int from) const {
    const std::vector<Section>& sections = past_.document->sections;
    return from + 1 == static_cast<int>(sections.size()) && continued_.count(sections[from].key);
  }

  // Does the old copy reach block b of section s? It does when it holds a later
  // part of the report or is whole; where it stops inside the paired section,
  // only up to the last block it pairs there; a section it lacks, it reaches
  // unless it stops before it.
  bool reaches(int s, int b) const {
    const SectionPair* section = pair_of(s);
    if (!section || section->from < 0) {
      if (last_reached_ > s || past_.document->sections.empty()) return last_reached_ > s;
      return !cut_in_section(static_cast<int>(past_.document->sections.size()) - 1);
    }
    if (!cut_in_section(section->from)) return true;
    return b < last_paired_block(*section);
  }

  static int last_paired_block(const SectionPair& section) {
    int last = -1;
    for (const BlockPair& pair : section.blocks)
      if (pair.from >= 0 && pair.to >= 0) last = std::max(last, pair.to);
    return last;
  }

  // Block b is the last one the old copy pairs in its last section, and the
  // old block is its copy's last: the copy may stop inside this paragraph.
  bool cut_in_block(int s, int b) const {
    const SectionPair* section = pair_of(s);
    if (!section || section->from < 0 || !cut_in_section(section->from)) return false;
    if (last_paired_block(*section) != b) return false;
    for (const BlockPair& pair : section->blocks)
      if (pair.to == b && pair.from >= 0)
        return pair.from + 1 ==
               static_cast<int>(past_.document->sections[section->from].blocks.size());
    return false;
  }

  const BlockPair* modified_pair(int s, int b) const {
    const SectionPair* section = pair_of(s);
    if (!section || section->from < 0 || section->is_list) return nullptr;
    for (const BlockPair& pair : section->blocks)
      if (pair.to == b && pair.from >= 0 && pair.change == Change::modified) return &pair;
    return nullptr;
  }

  // The most similar sentence of the paired old paragraph, if similar enough.
  Verdict reworded(const Sentence& sentence, int old_section, int old_block) const {
    const std::vector<std::uint64_t> words = word_bag(sentence.compare);
    double best = reworded_sentence_;
    const Origin* best_origin = nullptr;
    const Block& block = past_.document->sections[old_section].blocks[old_block];
    for (std::size_t i = 0; i < block.sentences.size(); ++i) {
      double similarity = bag_similarity(words, word_bag(block.sentences[i].compare));
      if (similarity >= best) {
        best = similarity;
        best_origin = &past_.origins.sentences[old_section][old_block][i];
      }
    }
    if (!best_origin) return {};
    return {Found::origin, best_origin, true};
  }

  const Past& past_;
  const Document& current_;
  const std::set<std::string>& continued_;      // section keys some edition goes on past
  double reworded_sentence_;                    // DiffOptions::reworded_sentence
  std::map<int, const SectionPair*> sections_;  // by the current section's index
  int last_reached_ = -1;  // the last current section the old copy holds a part of
  std::map<std::string, const Origin*> sentences_;  // first occurrence wins
};

// The years of past[from..] (the editions an item was looked for in vain).
std::vector<int> years_of(const std::vector<Past>& past, std::size_t from) {
  std::vector<int> years;
  for (std::size_t j = from; j < past.size(); ++j) years.push_back(past[j].year);
  return years;
}

// Settles one item or sentence by what the edition past[j] says of it.
bool settle(Origin& origin, const Verdict& verdict, const std::vector<Past>& past, std::size_t j,
            int year) {
  if (verdict.found == Found::unreached) return false;
  const std::vector<int> skipped = years_of(past, j + 1);
  if (verdict.found == Found::origin)
    origin = carried(*verdict.origin, year, verdict.reworded, skipped);
  else
    origin.unreached = skipped;  // new here; the copies between stop before it
  return true;
}

EditionOrigins blame_edition(const std::vector<Past>& past, const Document& current, int year,
                             const std::set<std::string>& continued, const DiffOptions& options) {
  EditionOrigins origins = fresh_origins(current, year);
  // What is still to be placed: list items, and each sentence of other blocks.
  std::vector<std::vector<bool>> items_open;
  std::vector<std::vector<std::vector<bool>>> sentences_open;
  std::size_t open = 0;
  for (const Section& section : current.sections) {
    items_open.emplace_back(section.blocks.size(), section.is_list);
    auto& blocks = sentences_open.emplace_back();
    for (const Block& block : section.blocks) {
      blocks.emplace_back(block.sentences.size(), !section.is_list);
      open += section.is_list ? 1 : block.sentences.size();
    }
  }
  // The previous edition first, then further back while some part was beyond its copy.
  for (std::size_t j = past.size(); j-- > 0 && open > 0;) {
    const Alignment alignment = align_documents(*past[j].document, current, options);
    const Lookup lookup(past[j], current, alignment, continued, options.reworded_sentence);
    for (std::size_t s = 0; s < current.sections.size(); ++s)
      for (std::size_t b = 0; b < current.sections[s].blocks.size(); ++b) {
        const int si = static_cast<int>(s), bi = static_cast<int>(b);
        if (current.sections[s].is_list) {
          if (!items_open[s][b]) continue;
          if (settle(origins.items[s][b], lookup.item(si, bi), past, j, year)) {
            items_open[s][b] = false;
            --open;
          }
          continue;
        }
        std::vector<bool>& still = sentences_open[s][b];
        if (std::find(still.begin(), still.end(), true) == still.end()) continue;
        const std::vector<Verdict> verdicts = lookup.sentences(si, bi, still);
        for (std::size_t i = 0; i < verdicts.size(); ++i)
          if (still[i] && settle(origins.sentences[s][b][i], verdicts[i], past, j, year)) {
            still[i] = false;
            --open;
          }
      }
  }
  // Beyond every earlier copy: new here as far as the archive can tell.
  const std::vector<int> all = years_of(past, 0);
  for (std::size_t s = 0; s < current.sections.size(); ++s)
    for (std::size_t b = 0; b < current.sections[s].blocks.size(); ++b) {
      if (items_open[s][b]) origins.items[s][b].unreached = all;
      for (std::size_t i = 0; i < sentences_open[s][b].size(); ++i)
        if (sentences_open[s][b][i]) origins.sentences[s][b][i].unreached = all;
    }
  return origins;
}

}  // namespace

Blame build_blame(const std::string& series, const std::string& id,
                  const std::vector<ReportEdition>& editions, const DiffOptions& options) {
  Blame blame;
  blame.series = series;
  blame.id = id;
  // A copy that ends with a section some edition goes on past stops inside it
  // (an opening of the page); one that ends where every edition ends is whole.
  std::set<std::string> continued;
  for (const ReportEdition& edition : editions)
    if (edition.document)
      for (std::size_t s = 0; s + 1 < edition.document->sections.size(); ++s)
        continued.insert(edition.document->sections[s].key);
  std::vector<Past> past;
  for (const ReportEdition& edition : editions) {
    if (!edition.document) continue;
    if (past.empty()) blame.first_year = edition.year;
    EditionOrigins origins =
        past.empty() ? fresh_origins(*edition.document, edition.year)
                     : blame_edition(past, *edition.document, edition.year, continued, options);
    past.push_back({edition.document, edition.year, std::move(origins)});
    blame.year = edition.year;
  }
  if (past.empty()) return blame;

  const Document* last = past.back().document;
  const EditionOrigins& origins = past.back().origins;
  blame.title = last->title;
  auto line = [](BlameLine::Kind kind, const Section& section, const std::string& text,
                 const Origin& origin) {
    BlameLine out;
    out.kind = kind;
    out.section = section.heading;
    out.text = text;
    out.first_year = origin.first_year;
    out.last_reworded = origin.last_reworded;
    out.editions = origin.editions;
    out.gaps = origin.gaps;
    out.unreached = origin.unreached;
    std::sort(out.gaps.begin(), out.gaps.end());
    return out;
  };
  for (std::size_t s = 0; s < last->sections.size(); ++s) {
    const Section& section = last->sections[s];
    if (!section.is_list) continue;
    for (std::size_t b = 0; b < section.blocks.size(); ++b) {
      BlameLine item = line(BlameLine::Kind::recommendation, section, section.blocks[b].text,
                            origins.items[s][b]);
      item.rank = static_cast<int>(b);
      blame.lines.push_back(item);
    }
  }
  for (std::size_t s = 0; s < last->sections.size(); ++s) {
    const Section& section = last->sections[s];
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
