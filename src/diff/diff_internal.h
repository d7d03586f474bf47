#pragma once
// Shared pieces of the differ (private to src/): word diff,
// alignment of sections and blocks, and the per-report work budget.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

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

// How a block (or list item) of the old side relates to one of the new side.
struct BlockPair {
  int from = -1, to = -1;  // -1: absent on that side
  bool identical = false;  // same comparison form
  bool moved = false;      // out of order relative to the stable pairs
  double similarity = 1;   // < 0: not weighed (fields paired by path); see pair_similarity
};

// The pair's similarity, weighed now when alignment did not need it.
double pair_similarity(const BlockPair& pair, const std::vector<Block>& from,
                       const std::vector<Block>& to);

struct AlignThresholds {
  double in_place = 0.4;  // in the gap between stable neighbours
  double moved = 0.6;     // anywhere else (moved and modified)
};
// Paragraphs and fields (diff_documents), and ranked-list items (diff_list).
constexpr AlignThresholds kBlockThresholds{0.4, 0.6};
constexpr AlignThresholds kItemThresholds{0.4, 0.4};

// Pairs blocks: identical ones first wherever they are (out-of-order ones are
// moved, by LIS), then similar ones; the rest are added / removed.
// The result is ordered for display: new-side order, removed ones where they stood.
std::vector<BlockPair> align_blocks(const std::vector<Block>& from, const std::vector<Block>& to,
                                    const AlignThresholds& thresholds);

// Section pairs by key, then renamed ones by content; same display order rule.
struct SectionPair {
  int from = -1, to = -1;
  bool renamed = false;
};
std::vector<SectionPair> align_sections(const std::vector<Section>& from,
                                        const std::vector<Section>& to);

// Statistics of two versions of a block (either may be null), matched through
// aligned sentences; appends changed / added / removed ones. With `links`, also
// every (old, new) pair it matched, unchanged ones included.
using StatisticPairs = std::vector<std::pair<const Statistic*, const Statistic*>>;
void diff_statistics(const Block* from, const Block* to, const std::string& section,
                     std::vector<StatisticChange>& out, StatisticPairs* links = nullptr);

RatingChange diff_rating(const Rating& from, const Rating& to);

ListChange diff_list(const Section* from, const Section* to, const DiffOptions& options,
                     WorkBudget& budget, std::vector<StatisticChange>& statistics);

}  // namespace yoy::diff_detail
