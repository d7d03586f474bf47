// The alignment of two editions: sections paired (align_sections), then the
// blocks of each pair (align_blocks) with the kind of change each pair is.
#include <algorithm>

#include "diff/diff_internal.h"

namespace yoy {

namespace {

using namespace diff_detail;

// Paragraphs and fields: an identical pair is unchanged or moved, any other
// pair with both sides is modified (moved or not).
void name_paragraph_changes(std::vector<BlockPair>& pairs) {
  for (BlockPair& p : pairs) {
    if (p.to < 0)
      p.change = Change::removed;
    else if (p.from < 0)
      p.change = Change::added;
    else if (!p.identical)
      p.change = Change::modified;
    else
      p.change = p.moved ? Change::moved : Change::unchanged;
  }
}

// Ranked lists: a non-identical pair is reworded; an item moved (a priority
// change) when it is out of order once adds and removes are set aside,
// reworded ones included; the longest in-order subset stays put.
void name_item_changes(std::vector<BlockPair>& pairs, std::size_t new_size) {
  std::vector<const BlockPair*> both;
  for (const BlockPair& p : pairs)
    if (p.from >= 0 && p.to >= 0) both.push_back(&p);
  std::sort(both.begin(), both.end(), [](auto x, auto y) { return x->to < y->to; });
  std::vector<int> old_order;
  for (const BlockPair* p : both) old_order.push_back(p->from);
  std::vector<bool> stays(both.size(), false);
  for (std::size_t k : longest_increasing(old_order)) stays[k] = true;
  std::vector<bool> moved_new(new_size, false);
  for (std::size_t k = 0; k < both.size(); ++k) moved_new[both[k]->to] = !stays[k];
  for (BlockPair& p : pairs) {
    if (p.to < 0)
      p.change = Change::removed;
    else if (p.from < 0)
      p.change = Change::added;
    else if (!p.identical)
      p.change = Change::reworded;
    else
      p.change = moved_new[p.to] ? Change::moved : Change::unchanged;
  }
}

}  // namespace

Alignment align_documents(const Document& from, const Document& to, const DiffOptions& options) {
  static const std::vector<Block> none;
  const BlockThresholds paragraphs{options.block_in_place, options.block_moved,
                                   options.max_gap_work, options.max_moved_work};
  const BlockThresholds items{options.item_in_place, options.item_moved, options.max_gap_work,
                              options.max_moved_work};
  Alignment alignment;
  alignment.sections = align_sections(from.sections, to.sections, options);
  for (SectionPair& pair : alignment.sections) {
    const Section* a = pair.from >= 0 ? &from.sections[pair.from] : nullptr;
    const Section* b = pair.to >= 0 ? &to.sections[pair.to] : nullptr;
    pair.is_list = (a && a->is_list) || (b && b->is_list);
    const std::vector<Block>& old_blocks = a ? a->blocks : none;
    const std::vector<Block>& new_blocks = b ? b->blocks : none;
    pair.blocks = align_blocks(old_blocks, new_blocks, pair.is_list ? items : paragraphs);
    if (pair.is_list)
      name_item_changes(pair.blocks, new_blocks.size());
    else
      name_paragraph_changes(pair.blocks);
  }
  return alignment;
}

}  // namespace yoy
