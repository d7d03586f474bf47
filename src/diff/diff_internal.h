#pragma once
// Shared pieces of the differ (private to src/): word diff,
// alignment of sections and blocks, and the per-report work budget.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "yoy/diff/alignment.h"
#include "yoy/diff/diff.h"
#include "yoy/model/changeset.h"
#include "yoy/model/model.h"
#include "yoy/normalize/words.h"

namespace yoy::diff_detail {

// Work spent on word diffs in one report; above the caps, blocks are coarse.
struct WorkBudget {
  std::size_t per_diff = 0;
  std::size_t remaining = 0;
};

struct WordDiff {
  std::vector<WordRun> runs;      // trimmed runs: '=' / '-' / '+'
  bool coarse = false;            // work cap hit: runs are empty, the block is shown replaced
  std::size_t words_changed = 0;  // words in '-' and '+' runs (all words when coarse)
};

// Sentence-by-sentence, then word-by-word diff of two texts (sentences may be empty:
// the whole text is then one sentence).
WordDiff diff_words(std::string_view from, const std::vector<Sentence>& from_sentences,
                    std::string_view to, const std::vector<Sentence>& to_sentences,
                    WorkBudget& budget);

// Longest increasing subsequence: indexes (into `values`) of one LIS, the
// earliest-ending choice on ties so results are deterministic.
std::vector<std::size_t> longest_increasing(const std::vector<int>& values);

// Thresholds and caps of one block alignment (paragraphs or list items).
struct BlockThresholds {
  double in_place = 0.4;  // in the gap between stable neighbours
  double moved = 0.6;     // anywhere else (moved and modified)
  std::size_t max_gap_work = 40'000;
  std::size_t max_moved_work = 250'000;
};

// Pairs blocks: identical ones first wherever they are (out-of-order ones are
// moved, by LIS), then similar ones; the rest are added / removed. Sets
// from/to/identical/moved/similarity (not change). The result is ordered for
// display: new-side order, removed ones where they stood.
std::vector<BlockPair> align_blocks(const std::vector<Block>& from, const std::vector<Block>& to,
                                    const BlockThresholds& thresholds);

// Section pairs by key, then renamed ones by content; same display order rule.
// Sets from/to/renamed (not is_list or blocks).
std::vector<SectionPair> align_sections(const std::vector<Section>& from,
                                        const std::vector<Section>& to, const DiffOptions& options);

// Statistics of two editions paired by identity (measure, subject, period) within
// each pair of aligned sections (diff_statistics.cpp says how); appends changed,
// added, removed, revised and restated ones in display order. With `links`, also
// every (old, new) pair it matched year over year, unchanged ones included.
using StatisticPairs = std::vector<std::pair<const Statistic*, const Statistic*>>;
void diff_statistics(const Document& from, const Document& to, const Alignment& alignment,
                     const DiffOptions& options, std::vector<StatisticChange>& out,
                     StatisticPairs* links = nullptr);

// The engine's one definition of a statistic change's size: delta and percent of
// the value that moved most (the upper ends when the sides have different counts
// of values); none for vague figures, percent none from 0.
void fill_statistic_delta(StatisticChange& change);

// Of the statistic changes from `begin` on (one section's), drops each removed figure
// with an added twin — same surface, values and unit — whose field path is one path
// the other's parent ("Geography > Coastline" → "Geography > Coastline > total"): the
// field kept its value under a renamed path, which is no change.
void drop_renamed_fields(std::vector<StatisticChange>& changes, std::size_t begin,
                         const std::string& section);

RatingChange diff_rating(const Rating& from, const Rating& to);

ListChange diff_list(const Section* from, const Section* to, const SectionPair& pair,
                     const DiffOptions& options, WorkBudget& budget);

}  // namespace yoy::diff_detail
