#pragma once
// The alignment of two editions of a report, as the differ pairs them: which
// sections are the same section, and inside each pair which blocks (paragraphs,
// list items, fields) are the same block and how each changed. It needs only
// the comparison forms, keys and field paths, not sentences or statistics, so
// callers can align first and analyze only the blocks that are not identical.
#include <vector>

#include "yoy/diff/diff.h"
#include "yoy/model/changeset.h"
#include "yoy/model/model.h"

namespace yoy {

struct BlockPair {
  int from = -1, to = -1;  // block indexes; -1: absent on that side
  // Paragraphs and fields: unchanged | moved | modified | added | removed.
  // List items: unchanged | moved | reworded | added | removed.
  Change change = Change::unchanged;
  bool identical = false;  // same comparison form (unchanged or moved)
  bool moved = false;      // out of order with the stable pairs (a modified block may be too)
  double similarity = 1;   // < 0: not weighed (fields paired by their path); see pair_similarity
};

struct SectionPair {
  int from = -1, to = -1;         // section indexes; -1: absent on that side
  bool renamed = false;           // paired by content, the heading changed
  bool is_list = false;           // either side is a ranked list
  std::vector<BlockPair> blocks;  // display order: new-side order, removed ones where they stood
};

struct Alignment {
  std::vector<SectionPair> sections;  // display order, as blocks
};

Alignment align_documents(const Document& from, const Document& to, const DiffOptions& options);

// The pair's similarity, weighed now when the alignment did not need it.
double pair_similarity(const BlockPair& pair, const std::vector<Block>& from,
                       const std::vector<Block>& to);

// diff_documents of two present editions with their alignment already made.
ReportChange diff_aligned(const Document& from, const Document& to, const Alignment& alignment,
                          const DiffOptions& options);

}  // namespace yoy
