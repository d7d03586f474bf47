// Ranked lists (Prioritized Recommendations): items added, removed, reworded
// (similarity and word runs) and moved, as the alignment paired and named them
// (align_documents.cpp).
#include <algorithm>
#include <cmath>

#include "diff/diff_internal.h"

namespace yoy::diff_detail {
namespace {

double round2(double x) { return std::round(x * 100) / 100; }

}  // namespace

ListChange diff_list(const Section* from, const Section* to, const SectionPair& pair,
                     const DiffOptions& options, WorkBudget& budget) {
  static const std::vector<Block> none;
  const std::vector<Block>& a = from ? from->blocks : none;
  const std::vector<Block>& b = to ? to->blocks : none;
  ListChange list;
  list.section = to ? to->heading : from->heading;
  for (const BlockPair& p : pair.blocks) {
    ItemChange item;
    item.from_index = p.from;
    item.to_index = p.to;
    item.change = p.change;
    if (p.change == Change::removed) {
      item.from = a[p.from].text;
    } else if (p.change == Change::added) {
      item.to = b[p.to].text;
    } else if (p.change == Change::reworded) {
      item.from = a[p.from].text;
      item.to = b[p.to].text;
      WordDiff words =
          diff_words(a[p.from].text, a[p.from].sentences, b[p.to].text, b[p.to].sentences, budget);
      item.words = std::move(words.runs);
      item.similarity = round2(pair_similarity(p, a, b));
    } else if (p.change == Change::moved) {
      item.text = b[p.to].text;
    } else {
      if (!options.include_unchanged) continue;
      item.text = b[p.to].text;
    }
    list.items.push_back(std::move(item));
  }
  return list;
}

}  // namespace yoy::diff_detail
