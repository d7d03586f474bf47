// Ranked lists (Prioritized Recommendations): items added, removed, reworded
// (similarity and word runs) and moved (a priority change: out of order once
// adds and removes are set aside; the longest in-order subset stays put).
#include <algorithm>
#include <cmath>

#include "diff/diff_internal.h"

namespace yoy::diff_detail {
namespace {

double round2(double x) { return std::round(x * 100) / 100; }

}  // namespace

ListChange diff_list(const Section* from, const Section* to, const DiffOptions& options,
                     WorkBudget& budget, std::vector<StatisticChange>& statistics) {
  static const std::vector<Block> none;
  const std::vector<Block>& a = from ? from->blocks : none;
  const std::vector<Block>& b = to ? to->blocks : none;
  ListChange list;
  list.section = to ? to->heading : from->heading;
  std::vector<BlockPair> pairs = align_blocks(a, b, kItemThresholds);

  // Moved: recomputed over every pair (identical and reworded), in new order.
  std::vector<const BlockPair*> paired;
  for (const BlockPair& p : pairs)
    if (p.from >= 0 && p.to >= 0) paired.push_back(&p);
  std::sort(paired.begin(), paired.end(), [](auto x, auto y) { return x->to < y->to; });
  std::vector<int> old_order;
  for (const BlockPair* p : paired) old_order.push_back(p->from);
  std::vector<bool> stays(paired.size(), false);
  for (std::size_t k : longest_increasing(old_order)) stays[k] = true;
  std::vector<bool> moved_new(b.size(), false);
  for (std::size_t k = 0; k < paired.size(); ++k) moved_new[paired[k]->to] = !stays[k];

  for (const BlockPair& p : pairs) {
    ItemChange item;
    item.from_index = p.from;
    item.to_index = p.to;
    if (p.to < 0) {
      item.change = Change::removed;
      item.from = a[p.from].text;
      diff_statistics(&a[p.from], nullptr, list.section, statistics);
    } else if (p.from < 0) {
      item.change = Change::added;
      item.to = b[p.to].text;
      diff_statistics(nullptr, &b[p.to], list.section, statistics);
    } else if (!p.identical) {
      item.change = Change::reworded;
      item.from = a[p.from].text;
      item.to = b[p.to].text;
      WordDiff words =
          diff_words(a[p.from].text, a[p.from].sentences, b[p.to].text, b[p.to].sentences, budget);
      item.words = std::move(words.runs);
      item.similarity = round2(pair_similarity(p, a, b));
      diff_statistics(&a[p.from], &b[p.to], list.section, statistics);
    } else if (moved_new[p.to]) {
      item.change = Change::moved;
      item.text = b[p.to].text;
    } else {
      if (!options.include_unchanged) continue;
      item.change = Change::unchanged;
      item.text = b[p.to].text;
    }
    list.items.push_back(std::move(item));
  }
  return list;
}

}  // namespace yoy::diff_detail
