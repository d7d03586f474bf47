// The semantic differ: two editions of one report → what changed, by meaning.
// Sections are aligned by key, blocks inside them by content, lists item by
// item; statistics (by identity: diff_statistics) and the rating are compared
// on their own terms.
#include "diff/diff_internal.h"
#include "yoy/diff/alignment.h"
#include "yoy/diff/diff.h"
#include "yoy/diff/ignore_text.h"

namespace yoy {
namespace {

using namespace diff_detail;

std::size_t words_of(const Section* s) {
  std::size_t n = 0;
  if (s)
    for (const Block& b : s->blocks) n += count_words(b.text);
  return n;
}

SectionChange diff_section(const Section* a, const Section* b, const SectionPair& pair,
                           const DiffOptions& options, WorkBudget& budget) {
  SectionChange sc;
  sc.section = b ? b->heading : a->heading;
  static const std::vector<Block> none;
  const std::vector<Block>& from = a ? a->blocks : none;
  const std::vector<Block>& to = b ? b->blocks : none;
  std::size_t words_changed = 0;
  bool any_change = false;
  for (const BlockPair& p : pair.blocks) {
    BlockChange bc;
    bc.change = p.change;
    if (p.change == Change::removed) {
      bc.from = from[p.from].text;
      words_changed += count_words(bc.from);
    } else if (p.change == Change::added) {
      bc.to = to[p.to].text;
      words_changed += count_words(bc.to);
    } else if (p.change == Change::modified) {
      bc.from = from[p.from].text;
      bc.to = to[p.to].text;
      if (p.moved) bc.from_index = p.from, bc.to_index = p.to;
      WordDiff words =
          diff_words(bc.from, from[p.from].sentences, bc.to, to[p.to].sentences, budget);
      bc.words = std::move(words.runs);
      bc.coarse = words.coarse;
      words_changed += words.words_changed;
    } else if (p.change == Change::moved) {
      bc.text = to[p.to].text;
      bc.from_index = p.from, bc.to_index = p.to;
    } else {
      if (!options.include_unchanged) continue;
      bc.text = to[p.to].text;
      sc.blocks.push_back(std::move(bc));
      continue;
    }
    any_change = true;
    sc.blocks.push_back(std::move(bc));
  }
  if (!a) {
    sc.change = Change::added;
  } else if (!b) {
    sc.change = Change::removed;
  } else if (pair.renamed) {
    sc.change = Change::renamed;
    sc.from_section = a->heading;
  } else {
    sc.change = any_change ? Change::modified : Change::unchanged;
  }
  if (sc.change != Change::unchanged) {
    std::size_t total = words_of(a) + words_of(b);
    sc.text_change = total ? std::min(1.0, static_cast<double>(words_changed) / total) : 0;
  }
  return sc;
}

// Id, title and rating of a report, whichever sides it has.
ReportChange report_head(const Document* from, const Document* to) {
  ReportChange report;
  const Document& any = to ? *to : *from;
  report.id = any.id.empty() && from ? from->id : any.id;
  report.title = any.title.empty() && from ? from->title : any.title;
  const Rating none;
  if ((from && from->rating.present()) || (to && to->rating.present()))
    report.rating = diff_rating(from ? from->rating : none, to ? to->rating : none);
  return report;
}

}  // namespace

ReportChange diff_documents(const Document* from, const Document* to, const DiffOptions& options) {
  if (!from && !to) return ReportChange{};
  if (from && to) return diff_aligned(*from, *to, align_documents(*from, *to, options), options);
  ReportChange report = report_head(from, to);
  report.change = to ? Change::added : Change::removed;
  return report;
}

ReportChange diff_documents(Document* from, Document* to, const DiffOptions& options,
                            const BlockAnalysis& analysis) {
  const IgnoredText ignored(options.ignore);
  if (from) ignored.apply(*from, analysis);
  if (to) ignored.apply(*to, analysis);
  if (!from || !to) return diff_documents(static_cast<const Document*>(from), to, options);
  const Alignment alignment = align_documents(*from, *to, options);
  auto analyze = [&](Document& document, int section, int block) {
    if (section < 0 || block < 0) return;
    Block& b = document.sections[section].blocks[block];
    if (b.sentences.empty()) analysis.analyze(document.profile, b);
  };
  for (const SectionPair& section : alignment.sections)
    for (const BlockPair& pair : section.blocks) {
      if (pair.identical) continue;
      analyze(*from, section.from, pair.from);
      analyze(*to, section.to, pair.to);
    }
  return diff_aligned(*from, *to, alignment, options);
}

ReportChange diff_aligned(const Document& from_document, const Document& to_document,
                          const Alignment& alignment, const DiffOptions& options) {
  const Document* from = &from_document;
  const Document* to = &to_document;
  ReportChange report = report_head(from, to);
  WorkBudget budget{options.max_word_diff_work, options.max_report_work};
  for (const SectionPair& p : alignment.sections) {
    const Section* a = p.from >= 0 ? &from->sections[p.from] : nullptr;
    const Section* b = p.to >= 0 ? &to->sections[p.to] : nullptr;
    if (p.is_list) {
      ListChange list = diff_list(a, b, p, options, budget);
      if (!list.items.empty()) report.lists.push_back(std::move(list));
      continue;
    }
    SectionChange sc = diff_section(a, b, p, options, budget);
    if (sc.change != Change::unchanged || options.include_unchanged)
      report.sections.push_back(std::move(sc));
  }
  // Statistics pair by identity across each section pair's blocks, not block by block.
  diff_statistics(*from, *to, alignment, options, report.statistics);

  bool changed = report.rating && report.rating->direction != Direction::unchanged;
  for (const ListChange& l : report.lists)
    for (const ItemChange& i : l.items) changed = changed || i.change != Change::unchanged;
  changed = changed || !report.statistics.empty();
  for (const SectionChange& s : report.sections) changed = changed || s.change != Change::unchanged;
  report.change = changed ? Change::changed : Change::unchanged;
  return report;
}

}  // namespace yoy
