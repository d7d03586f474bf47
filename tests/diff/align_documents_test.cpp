// The alignment as a public result, and every pairing threshold of DiffOptions
// at both sides of its default: pairs whose word-bag similarity is exactly the
// threshold pair, pairs just below it do not.
#include "yoy/diff/alignment.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/doc_builder.h"
#include "yoy/normalize/words.h"

using yoy::Alignment;
using yoy::Change;
using yoy::DiffOptions;
using yoy::testing::make_document;
using yoy::testing::SectionSpec;

namespace {

// n distinct words "<stem>0 <stem>1 ...".
std::string words(const std::string& stem, int n, int first = 0) {
  std::string out;
  for (int i = first; i < first + n; ++i)
    out += (out.empty() ? "" : " ") + stem + std::to_string(i);
  return out;
}

// Ten-word paragraphs sharing `common` words: similarity common / 10.
std::pair<std::string, std::string> sharing(int common) {
  return {words("c", common) + " " + words("a", 10 - common),
          words("c", common) + " " + words("b", 10 - common)};
}

const std::string kAnchorA = "The government did not report any law enforcement efforts.";
const std::string kAnchorB = "Officials executed two women for helping citizens flee abroad.";

Alignment align(const std::vector<SectionSpec>& from, const std::vector<SectionSpec>& to) {
  return yoy::align_documents(make_document("x", "", from), make_document("x", "", to),
                              DiffOptions{});
}

int count(const yoy::SectionPair& section, Change change) {
  int n = 0;
  for (const auto& pair : section.blocks) n += pair.change == change;
  return n;
}

TEST(Alignment, SectionsAndBlocksPairedWithTheirChange) {
  const auto [old_text, new_text] = sharing(8);
  const Alignment a =
      align({{"PROSECUTION", {kAnchorA, old_text, kAnchorB}}, {"GONE", {"Left out."}}},
            {{"Prosecution", {kAnchorB, kAnchorA, new_text, "A new paragraph here."}}});
  ASSERT_EQ(a.sections.size(), 2u);
  const auto& kept = a.sections[0];
  EXPECT_EQ(kept.from, 0);
  EXPECT_EQ(kept.to, 0);
  EXPECT_FALSE(kept.renamed);
  EXPECT_FALSE(kept.is_list);
  ASSERT_EQ(kept.blocks.size(), 4u);                // new-side order
  EXPECT_EQ(kept.blocks[0].change, Change::moved);  // kAnchorB, out of order
  EXPECT_EQ(kept.blocks[0].from, 2);
  EXPECT_EQ(kept.blocks[1].change, Change::unchanged);
  EXPECT_EQ(kept.blocks[2].change, Change::modified);
  EXPECT_EQ(kept.blocks[2].from, 1);
  EXPECT_EQ(kept.blocks[2].to, 2);
  EXPECT_EQ(kept.blocks[3].change, Change::added);
  EXPECT_EQ(a.sections[1].to, -1);
  EXPECT_EQ(count(a.sections[1], Change::removed), 1);
}

TEST(Alignment, RenamedSectionAtHalfItsWords) {
  // One ten-word paragraph per section under a new heading: 5 of 10 words kept is a rename...
  auto [five_old, five_new] = sharing(5);
  ASSERT_DOUBLE_EQ(yoy::text_similarity(five_old, five_new), 0.5);
  Alignment a = align({{"PROSECUTION", {five_old}}}, {{"LAW ENFORCEMENT", {five_new}}});
  ASSERT_EQ(a.sections.size(), 1u);
  EXPECT_TRUE(a.sections[0].renamed);
  // ... 4 of 10 is a section removed and another added.
  auto [four_old, four_new] = sharing(4);
  a = align({{"PROSECUTION", {four_old}}}, {{"LAW ENFORCEMENT", {four_new}}});
  ASSERT_EQ(a.sections.size(), 2u);
  EXPECT_FALSE(a.sections[0].renamed);
  EXPECT_FALSE(a.sections[1].renamed);
}

TEST(Alignment, AListIsNeverARenamedParagraphSection) {
  // The same words under a new heading: a renamed list stays a list...
  const std::vector<std::string> items = {words("r", 10), words("s", 10)};
  Alignment a = align({{"RECOMMENDATIONS", items, true}}, {{"PRIORITIES", items, true}});
  ASSERT_EQ(a.sections.size(), 1u);
  EXPECT_TRUE(a.sections[0].renamed);
  EXPECT_TRUE(a.sections[0].is_list);
  // ... but a list and a section of paragraphs are a section removed and another added.
  a = align({{"RECOMMENDATIONS", items, true}}, {{"PRIORITIES", items, false}});
  ASSERT_EQ(a.sections.size(), 2u);
  EXPECT_FALSE(a.sections[0].renamed);
  EXPECT_FALSE(a.sections[1].renamed);
}

TEST(Alignment, EditedParagraphInPlacePairsAtFourTenths) {
  auto [four_old, four_new] = sharing(4);
  Alignment a =
      align({{"P", {kAnchorA, four_old, kAnchorB}}}, {{"P", {kAnchorA, four_new, kAnchorB}}});
  EXPECT_EQ(count(a.sections[0], Change::modified), 1);
  auto [three_old, three_new] = sharing(3);
  a = align({{"P", {kAnchorA, three_old, kAnchorB}}}, {{"P", {kAnchorA, three_new, kAnchorB}}});
  EXPECT_EQ(count(a.sections[0], Change::modified), 0);
  EXPECT_EQ(count(a.sections[0], Change::removed), 1);
  EXPECT_EQ(count(a.sections[0], Change::added), 1);
}

TEST(Alignment, MovedAndEditedParagraphPairsAtSixTenths) {
  // The edited paragraph moves from after both anchors to before them.
  auto [six_old, six_new] = sharing(6);
  Alignment a =
      align({{"P", {kAnchorA, kAnchorB, six_old}}}, {{"P", {six_new, kAnchorA, kAnchorB}}});
  ASSERT_EQ(count(a.sections[0], Change::modified), 1);
  EXPECT_TRUE(a.sections[0].blocks[0].moved);
  auto [five_old, five_new] = sharing(5);  // enough in place, not when moved
  a = align({{"P", {kAnchorA, kAnchorB, five_old}}}, {{"P", {five_new, kAnchorA, kAnchorB}}});
  EXPECT_EQ(count(a.sections[0], Change::modified), 0);
  EXPECT_EQ(count(a.sections[0], Change::added), 1);
}

TEST(Alignment, ListItemsRewordedInPlaceOrMovedAtFourTenths) {
  auto [four_old, four_new] = sharing(4);
  auto [three_old, three_new] = sharing(3);
  for (bool moved : {false, true}) {
    const auto list = [&](const std::string& item, bool first) {
      std::vector<std::string> items = {kAnchorA, kAnchorB};
      items.insert(first ? items.begin() : items.end(), item);
      return std::vector<SectionSpec>{{"RECOMMENDATIONS:", items, true}};
    };
    Alignment a = align(list(four_old, false), list(four_new, moved));
    EXPECT_TRUE(a.sections[0].is_list);
    EXPECT_EQ(count(a.sections[0], Change::reworded), 1) << moved;
    a = align(list(three_old, false), list(three_new, moved));
    EXPECT_EQ(count(a.sections[0], Change::reworded), 0) << moved;
    EXPECT_EQ(count(a.sections[0], Change::added), 1) << moved;
  }
}

// Items in place are paired for the most similarity in order, at
// item_in_place: two rewordings at 0.4 (A→X, B→Y) beat one crossing pair at
// 0.5 (A→Y). (Moved items pair at item_moved, also 0.4, best first: A→Y.)
TEST(Alignment, ItemsInPlacePairInOrderAtFourTenths) {
  const std::string a = "p0 p1 p2 p3 q0 q1 q2 q3 q4 a0", b = "r0 r1 r2 r3 b0 b1 b2 b3 b4 b5";
  const std::string x = "p0 p1 p2 p3 x0 x1 x2 x3 x4 x5", y = "q0 q1 q2 q3 q4 r0 r1 r2 r3 y0";
  ASSERT_DOUBLE_EQ(yoy::text_similarity(a, x), 0.4);
  ASSERT_DOUBLE_EQ(yoy::text_similarity(b, y), 0.4);
  ASSERT_DOUBLE_EQ(yoy::text_similarity(a, y), 0.5);
  ASSERT_DOUBLE_EQ(yoy::text_similarity(b, x), 0);
  const Alignment al = align({{"RECOMMENDATIONS:", {kAnchorA, a, b, kAnchorB}, true}},
                             {{"RECOMMENDATIONS:", {kAnchorA, x, y, kAnchorB}, true}});
  ASSERT_EQ(count(al.sections[0], Change::reworded), 2);
  for (const auto& pair : al.sections[0].blocks) {
    if (pair.change == Change::reworded) {
      EXPECT_EQ(pair.from, pair.to) << "A→X and B→Y";
    }
  }
}

// Ten old words against eleven new ones sharing `common`: 2·common / 21, just
// below the thresholds that `sharing` meets exactly (4 → 0.381 < 0.4,
// 5 → 0.476 < 0.5, 6 → 0.571 < 0.6).
std::pair<std::string, std::string> sharing_of_eleven(int common) {
  return {words("c", common) + " " + words("a", 10 - common),
          words("c", common) + " " + words("b", 11 - common)};
}

TEST(Alignment, JustBelowEachThresholdNothingPairs) {
  const auto [in_place_old, in_place_new] = sharing_of_eleven(4);
  ASSERT_NEAR(yoy::text_similarity(in_place_old, in_place_new), 8.0 / 21, 1e-12);
  Alignment a = align({{"P", {kAnchorA, in_place_old, kAnchorB}}},
                      {{"P", {kAnchorA, in_place_new, kAnchorB}}});
  EXPECT_EQ(count(a.sections[0], Change::modified), 0) << "paragraph in place at 0.381";
  EXPECT_EQ(count(a.sections[0], Change::removed), 1);

  const auto [moved_old, moved_new] = sharing_of_eleven(6);
  ASSERT_NEAR(yoy::text_similarity(moved_old, moved_new), 12.0 / 21, 1e-12);
  a = align({{"P", {kAnchorA, kAnchorB, moved_old}}}, {{"P", {moved_new, kAnchorA, kAnchorB}}});
  EXPECT_EQ(count(a.sections[0], Change::modified), 0) << "moved paragraph at 0.571";

  for (bool moved : {false, true}) {
    std::vector<std::string> from = {kAnchorA, kAnchorB, in_place_old};
    std::vector<std::string> to = {kAnchorA, kAnchorB, in_place_new};
    if (moved) to = {in_place_new, kAnchorA, kAnchorB};
    a = align({{"RECOMMENDATIONS:", from, true}}, {{"RECOMMENDATIONS:", to, true}});
    EXPECT_EQ(count(a.sections[0], Change::reworded), 0) << "item at 0.381, moved " << moved;
    EXPECT_EQ(count(a.sections[0], Change::added), 1) << moved;
  }

  const auto [renamed_old, renamed_new] = sharing_of_eleven(5);
  ASSERT_NEAR(yoy::text_similarity(renamed_old, renamed_new), 10.0 / 21, 1e-12);
  a = align({{"PROSECUTION", {renamed_old}}}, {{"LAW ENFORCEMENT", {renamed_new}}});
  EXPECT_EQ(a.sections.size(), 2u) << "a section at 0.476 is removed and another added";
}

// `olds` sections under old headings and `news` under new ones, new section k
// keeping three of four words of old section k: renamed when weighed.
int renamed_sections(int olds, int news) {
  std::vector<SectionSpec> from, to;
  for (int i = 0; i < olds; ++i)
    from.push_back({"OLD HEADING " + std::to_string(i), {words("s" + std::to_string(i) + "w", 4)}});
  for (int k = 0; k < news; ++k)
    to.push_back({"NEW HEADING " + std::to_string(k),
                  {words("s" + std::to_string(k) + "w", 3) + " t" + std::to_string(k)}});
  int renamed = 0;
  for (const auto& pair : align(from, to).sections) renamed += pair.renamed;
  return renamed;
}

TEST(Alignment, RenamesAreWeighedUpToAQuarterMillionSectionPairs) {
  EXPECT_EQ(DiffOptions{}.max_rename_work, 500u * 500u);
  EXPECT_EQ(renamed_sections(500, 500), 500);
  EXPECT_EQ(renamed_sections(501, 500), 0);  // over the cap: removed and added, never a hang
}

// A gap of `olds` × `news` paragraphs between no anchors, where new paragraph k
// shares half its words with old paragraph k + 1 (in place: pairs; moved: not)
// and none with old paragraph k (so pairing side by side finds nothing).
int modified_in_gap(int olds, int news) {
  std::vector<std::string> from, to;
  for (int i = 0; i < olds; ++i) from.push_back(words("p" + std::to_string(i) + "w", 4));
  for (int k = 0; k < news; ++k)
    to.push_back(words("p" + std::to_string(k + 1) + "w", 2) + " " +
                 words("q" + std::to_string(k) + "w", 2));
  return count(align({{"P", from}}, {{"P", to}}).sections[0], Change::modified);
}

TEST(Alignment, GapsUpToFortyThousandPairsAreWeighedWhole) {
  EXPECT_EQ(DiffOptions{}.max_gap_work, 200u * 200u);
  EXPECT_EQ(modified_in_gap(200, 200), 199);  // weighed: every shifted pair found
  EXPECT_EQ(modified_in_gap(201, 200), 0);    // over the cap: side by side only
}

// Old paragraphs 0..olds-1, new paragraph k three quarters of old k + 1: only
// the moved-and-edited pass (0.75 >= 0.6) pairs them, since side by side fails.
int modified_anywhere(int olds, int news) {
  std::vector<std::string> from, to;
  for (int i = 0; i < olds; ++i) from.push_back(words("p" + std::to_string(i) + "w", 4));
  for (int k = 0; k < news; ++k)
    to.push_back(words("p" + std::to_string(k + 1) + "w", 3) + " q" + std::to_string(k));
  return count(align({{"P", from}}, {{"P", to}}).sections[0], Change::modified);
}

TEST(Alignment, MovedBlocksAreWeighedUpToAQuarterMillionPairs) {
  EXPECT_EQ(DiffOptions{}.max_moved_work, 500u * 500u);
  EXPECT_EQ(modified_anywhere(500, 500), 499);
  EXPECT_EQ(modified_anywhere(501, 500), 0);
}

}  // namespace
