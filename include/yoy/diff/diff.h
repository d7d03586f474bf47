#pragma once
// The semantic differ: Document × Document → what changed, by meaning.
#include <cstddef>
#include <string>
#include <vector>

#include "yoy/diff/analysis.h"
#include "yoy/model/changeset.h"
#include "yoy/model/model.h"

namespace yoy {

// Every threshold and work cap of the differ, in one place. Similarities are
// the Dice coefficient of two texts' word bags (normalize/words.h), 0..1; a
// pair is made when its similarity is at least the threshold.
struct DiffOptions {
  bool include_unchanged = false;  // --all: unchanged blocks, items and sections too

  // Paragraphs of a section: an edited paragraph still between the same stable
  // neighbours pairs at `block_in_place`; one that also moved needs more overlap.
  double block_in_place = 0.4;
  double block_moved = 0.6;  // moved and edited
  // Items of a ranked list (recommendations): reworded in place or moved alike.
  double item_in_place = 0.4;
  double item_moved = 0.4;
  // A section whose heading changed but whose words mostly stayed is renamed
  // (not removed and added); compared over all its blocks' words.
  double renamed_section = 0.5;
  // Statistics whose measure is only their unit noun ("80,000 persons") pair
  // only when their sentences are at least this similar (so 120,000 → 200,000
  // in an edited sentence is one change, a figure of another sentence is not).
  double statistic_sentence = 0.3;
  // Blame: a sentence at least this similar to one of the paragraph it was
  // paired with is that sentence reworded (it keeps its first year).
  double reworded_sentence = 0.5;

  // Work caps, so pathological reports degrade to a coarser answer, never hang:
  std::size_t max_gap_work = 40'000;      // block pairs weighed in one gap between stable blocks
  std::size_t max_moved_work = 250'000;   // block pairs weighed for moved-and-edited blocks
  std::size_t max_rename_work = 250'000;  // section pairs weighed for renames
  std::size_t max_word_diff_work = 4'000'000;  // tokens_a * tokens_b above which a block is coarse
  std::size_t max_report_work = 200'000'000;   // total per report; above it later blocks are coarse
  // --ignore: POSIX extended regexes; their matches are cut from both documents
  // before the diff (diff/ignore_text), so they never count as a change.
  std::vector<std::string> ignore;
};

// Compares two editions of one report. Either side may be null (added / removed report).
// Both are analyzed (parsed with ParseOptions::analyze) and taken as they are:
// options.ignore is not applied (the overload below applies it).
ReportChange diff_documents(const Document* from, const Document* to, const DiffOptions& options);

// The same for documents whose blocks need not be analyzed yet (parsed with
// ParseOptions::analyze = false, or a kept analysis): the matches of
// options.ignore are cut first (re-analyzing what was analyzed), the documents
// are aligned, and `analysis` analyzes only the blocks the alignment did not
// pair as identical (identical ones never need it). The documents keep what
// was analyzed and cut.
ReportChange diff_documents(Document* from, Document* to, const DiffOptions& options,
                            const BlockAnalysis& analysis);

// Where a statistic sits in a Document: sections[section].blocks[block].statistics[index].
struct StatisticRef {
  int section = -1, block = -1, index = -1;
};
struct StatisticLink {
  StatisticRef from, to;
};
// Which statistic of `to` continues which of `from`, through the differ's own
// alignment (sections by key or content, figures by identity as diff_documents
// pairs them, year over year): unchanged figures and changed ones alike; a
// figure of neither side's pair is in no link. Needs analyzed Documents.
std::vector<StatisticLink> link_statistics(const Document& from, const Document& to,
                                           const DiffOptions& options = {});

}  // namespace yoy
