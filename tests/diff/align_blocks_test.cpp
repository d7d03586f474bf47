// Block alignment inside a section (diff_detail::align_blocks and
// longest_increasing): identical blocks first wherever they are, the longest
// in-order run of them stays and the others moved; fields by their path; then
// similar blocks in each gap (the best in-order pairing, within max_gap_work),
// then similar blocks anywhere (moved and edited, best first, within
// max_moved_work); display order is the new side's with removed blocks where
// they stood. Paragraphs are the seed's sentences; the word lists that set
// exact similarities are constructed.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "diff/diff_internal.h"
#include "support/doc_builder.h"
#include "yoy/normalize/words.h"

using yoy::Block;
using yoy::BlockPair;
using yoy::diff_detail::align_blocks;
using yoy::diff_detail::BlockThresholds;
using yoy::diff_detail::longest_increasing;
using yoy::testing::make_document;

namespace {

// From the seed (2025 North Korea narrative).
const std::string kEfforts =
    "The government did not report any trafficking-related law enforcement efforts.";
const std::string kData =
    "The government did not provide trafficking-related law enforcement data.";
const std::string kCamps =
    "The DPRK holds an estimated 80,000 to 200,000 persons in political prison camps.";
const std::string kFlee =
    "Political repression and economic deprivation prompted North Koreans to flee.";

std::string words(const std::string& stem, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += (i ? " " : "") + stem + std::to_string(i);
  return out;
}

// Ten words sharing `common` with any other ten() of the same `common`: similarity common / 10.
std::string ten(int common, const std::string& own) {
  return words("c", common) + " " + words(own, 10 - common);
}

std::vector<Block> blocks(const std::vector<std::string>& texts) {
  return make_document("x", "", {{"P", texts}}).sections[0].blocks;
}

std::vector<BlockPair> align(const std::vector<std::string>& from,
                             const std::vector<std::string>& to, BlockThresholds t = {}) {
  return align_blocks(blocks(from), blocks(to), t);
}

// Each pair as "from→to", then "=" identical, "m" moved, "~" similar: "0→1=m 1→-1".
std::string pairs_of(const std::vector<BlockPair>& pairs) {
  std::string out;
  for (const BlockPair& p : pairs) {
    out += (out.empty() ? "" : " ") + std::to_string(p.from) + "→" + std::to_string(p.to);
    if (p.from >= 0 && p.to >= 0) out += p.identical ? "=" : "~";
    if (p.moved) out += "m";
  }
  return out;
}

}  // namespace

TEST(LongestIncreasing, KnownAnswers) {
  using V = std::vector<std::size_t>;
  EXPECT_EQ(longest_increasing({}), V{});
  EXPECT_EQ(longest_increasing({0, 1, 2, 3}), (V{0, 1, 2, 3}));
  EXPECT_EQ(longest_increasing({3, 2, 1, 0}), (V{3}));  // ties: the earliest-ending choice
  // 3 1 2 5 4: "1 2 4" (indexes 1, 2, 4); "1 2 5" is as long but ends later.
  EXPECT_EQ(longest_increasing({3, 1, 2, 5, 4}), (V{1, 2, 4}));
  // Strictly increasing: equal values are not a run.
  EXPECT_EQ(longest_increasing({2, 2, 2}).size(), 1u);
}

TEST(AlignBlocks, IdenticalBlocksPairWhereverTheyAreAndTheLongestRunStays) {
  // kFlee moved from last to first; the other three keep their order.
  EXPECT_EQ(pairs_of(align({kEfforts, kData, kCamps, kFlee}, {kFlee, kEfforts, kData, kCamps})),
            "3→0=m 0→1= 1→2= 2→3=");
  // Two blocks swapped: the run that ends earliest in the old order stays
  // (kEfforts), kData moved.
  EXPECT_EQ(pairs_of(align({kEfforts, kData}, {kData, kEfforts})), "1→0=m 0→1=");
}

TEST(AlignBlocks, RepeatedIdenticalBlocksPairFirstWithFirst) {
  EXPECT_EQ(pairs_of(align({kEfforts, kData, kEfforts}, {kEfforts, kEfforts})), "0→0= 1→-1 2→1=");
}

TEST(AlignBlocks, FieldsPairByTheirPathHoweverTheValueChanged) {
  // Values with no word in common (the factbook's North Korea, 2023 and 2024).
  std::vector<Block> from = blocks({"26,072,217", "120,540 sq km"});
  std::vector<Block> to = blocks({"total 1,000", "26,298,666"});
  from[0].path = to[1].path = "People and Society > Population";
  from[1].path = to[0].path = "Geography > Area";
  const auto pairs = align_blocks(from, to, {});
  // Crossed, but with no identical block as a stable neighbour neither is "moved".
  EXPECT_EQ(pairs_of(pairs), "1→0~ 0→1~");
  EXPECT_LT(pairs[0].similarity, 0) << "not weighed: paired by path";
  // An ambiguous path (two old fields share it) is left to similarity.
  from[1].path = from[0].path;
  to[0].path = to[1].path;
  EXPECT_EQ(pairs_of(align_blocks(from, to, {})), "-1→0 -1→1 0→-1 1→-1");
}

// In a gap between stable neighbours the pairing that keeps the most total
// similarity in order wins, not the first acceptable pair.
TEST(AlignBlocks, AGapIsPairedForTheMostSimilarityInOrder) {
  // Old a (0.5 like x), old b (0.9 like x): x pairs with b, a is removed.
  const std::string a = ten(5, "a"), b = ten(9, "b"), x = ten(9, "x");
  ASSERT_DOUBLE_EQ(yoy::text_similarity(a, x), 0.5);
  EXPECT_EQ(pairs_of(align({kEfforts, a, b, kCamps}, {kEfforts, x, kCamps})),
            "0→0= 1→-1 2→1~ 3→2=");
  // a–x 0.5 and b–y 0.5 in order (1.0 in all) beat a–y 0.9 alone, which crosses.
  const std::string a2 = ten(9, "a"), b2 = words("c", 5) + " " + words("e", 5);
  const std::string x2 = words("c", 5) + " " + words("f", 5), y2 = ten(9, "y");
  ASSERT_DOUBLE_EQ(yoy::text_similarity(a2, y2), 0.9);
  ASSERT_DOUBLE_EQ(yoy::text_similarity(a2, x2), 0.5);
  ASSERT_DOUBLE_EQ(yoy::text_similarity(b2, y2), 0.5);
  EXPECT_EQ(pairs_of(align({a2, b2}, {x2, y2})), "0→0~ 1→1~");
}

TEST(AlignBlocks, InPlaceAtTheThresholdMovedNeedsMore) {
  BlockThresholds t;
  t.in_place = 0.5;
  t.moved = 0.8;
  // In place (between kEfforts and kCamps): 0.5 pairs, 0.4 does not.
  EXPECT_EQ(pairs_of(align({kEfforts, ten(5, "a"), kCamps}, {kEfforts, ten(5, "b"), kCamps}, t)),
            "0→0= 1→1~ 2→2=");
  EXPECT_EQ(pairs_of(align({kEfforts, ten(4, "a"), kCamps}, {kEfforts, ten(4, "b"), kCamps}, t)),
            "0→0= -1→1 1→-1 2→2=");
  // Moved from after kCamps to before kEfforts: 0.8 pairs (moved), 0.7 does not.
  EXPECT_EQ(pairs_of(align({kEfforts, kCamps, ten(8, "a")}, {ten(8, "b"), kEfforts, kCamps}, t)),
            "2→0~m 0→1= 1→2=");
  EXPECT_EQ(pairs_of(align({kEfforts, kCamps, ten(7, "a")}, {ten(7, "b"), kEfforts, kCamps}, t)),
            "-1→0 0→1= 1→2= 2→-1");
}

// A gap of olds × news blocks is weighed whole when olds × news <= max_gap_work;
// above it only side by side. Here new x is 0.5 like old b (second), nothing
// like old a (first): weighed, x pairs with b; side by side (a–x), nothing.
TEST(AlignBlocks, GapsOverTheWorkCapArePairedSideBySide) {
  const std::string a = words("a", 10), b = ten(5, "b"), x = ten(5, "x"), y = words("y", 10);
  BlockThresholds t;
  t.max_gap_work = 4;  // 2 × 2
  EXPECT_EQ(pairs_of(align({a, b}, {x, y}, t)), "0→-1 1→0~ -1→1");
  t.max_gap_work = 3;
  EXPECT_EQ(pairs_of(align({a, b}, {x, y}, t)), "-1→0 -1→1 0→-1 1→-1");
  // Side by side still pairs what is similar enough in order.
  EXPECT_EQ(pairs_of(align({b, a}, {x, y}, t)), "0→0~ -1→1 1→-1");
}

// Moved and edited blocks are weighed when the unpaired olds × news <= max_moved_work.
TEST(AlignBlocks, MovedBlocksOverTheWorkCapStayRemovedAndAdded) {
  const std::string a = ten(8, "a"), b = ten(8, "b");
  const std::vector<std::string> from = {kEfforts, kCamps, a, words("z", 3)};
  const std::vector<std::string> to = {b, words("q", 3), kEfforts, kCamps};
  BlockThresholds t;
  t.max_moved_work = 4;  // 2 unpaired old × 2 unpaired new
  EXPECT_EQ(pairs_of(align(from, to, t)), "2→0~m -1→1 0→2= 1→3= 3→-1");
  t.max_moved_work = 3;
  EXPECT_EQ(pairs_of(align(from, to, t)), "-1→0 -1→1 0→2= 1→3= 2→-1 3→-1");
}

// Moved-and-edited candidates pair best first: new b is 0.9 like old d and
// 0.8 like old c; it takes d, and c is removed.
TEST(AlignBlocks, MovedAndEditedPairBestFirst) {
  const std::string c = ten(8, "e"), d = ten(9, "d"), b = ten(9, "b");
  ASSERT_DOUBLE_EQ(yoy::text_similarity(c, b), 0.8);
  EXPECT_EQ(pairs_of(align({kEfforts, kCamps, c, d}, {b, kEfforts, kCamps})),
            "2→-1 3→0~m 0→1= 1→2=");
}

// A similar pair found by the moved pass but in order with the stable pairs is
// not "moved".
TEST(AlignBlocks, AnEditedPairInOrderIsNotMoved) {
  // A gap too big to weigh (cap 0) pairs side by side only (nothing here), so
  // the moved pass finds b–x at 0.7: between the same neighbours, not moved.
  BlockThresholds t;
  t.max_gap_work = 0;
  const std::string a = words("a", 10), b = ten(7, "b"), x = ten(7, "x"), y = words("y", 10);
  EXPECT_EQ(pairs_of(align({kEfforts, a, b, kCamps}, {kEfforts, x, y, kCamps}, t)),
            "0→0= 1→-1 2→1~ -1→2 3→3=");
}
