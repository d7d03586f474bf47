// A ranked list's changes (diff_detail::diff_list) as the alignment named its
// items: removed and added items with their text and index, reworded ones with
// their word runs and similarity (two decimals), moved ones with their text;
// unchanged ones only with include_unchanged. (Figures in items are statistics
// paired by identity over the whole report: tests/diff/diff_statistics_test.)
// Items are the seed's Prioritized Recommendations (2025 North Korea) and
// their 2024 wording.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "diff/diff_internal.h"
#include "support/doc_builder.h"
#include "yoy/diff/alignment.h"

using yoy::Change;
using yoy::DiffOptions;
using yoy::Document;
using yoy::ItemChange;
using yoy::ListChange;
using yoy::testing::make_document;

namespace {

const std::string kForcedLabor = "End the use of state-sponsored forced labor.";
const std::string kCriminalize = "Criminalize sex trafficking and labor trafficking.";
const std::string kAccede = "Accede to the 2000 UN TIP Protocol.";
const std::string kCoercionOld = "Eliminate the use of coercion tactics to monitor workers.";
const std::string kCoercionNew = "Eliminate coercive tactics used to monitor workers.";
const std::string kWages = "Cease garnishing wages of overseas workers.";

struct Listed {
  ListChange list;
};

Listed diff_list(const std::vector<std::string>& from, const std::vector<std::string>& to,
                 bool include_unchanged = false, const std::string& new_heading = "") {
  const Document a = make_document("x", "", {{"PRIORITIZED RECOMMENDATIONS:", from, true}});
  const Document b = make_document(
      "x", "", {{new_heading.empty() ? "Prioritized Recommendations" : new_heading, to, true}});
  DiffOptions options;
  options.include_unchanged = include_unchanged;
  const yoy::Alignment alignment = yoy::align_documents(a, b, options);
  EXPECT_EQ(alignment.sections.size(), 1u);
  yoy::diff_detail::WorkBudget budget{options.max_word_diff_work, options.max_report_work};
  Listed out;
  out.list = yoy::diff_detail::diff_list(&a.sections[0], &b.sections[0], alignment.sections[0],
                                         options, budget);
  return out;
}

const ItemChange* find(const ListChange& list, Change change) {
  for (const ItemChange& item : list.items)
    if (item.change == change) return &item;
  return nullptr;
}

}  // namespace

TEST(DiffLists, EveryKindOfItemChangeWithItsTextAndIndexes) {
  // 2024 → 2025: kAccede removed, kWages added, the coercion item reworded,
  // kCriminalize moved to the top.
  const Listed d = diff_list({kForcedLabor, kCoercionOld, kCriminalize, kAccede},
                             {kCriminalize, kForcedLabor, kCoercionNew, kWages});
  EXPECT_EQ(d.list.section, "Prioritized Recommendations") << "the new heading";
  ASSERT_EQ(d.list.items.size(), 4u) << "unchanged kForcedLabor is left out";

  const ItemChange* removed = find(d.list, Change::removed);
  ASSERT_NE(removed, nullptr);
  EXPECT_EQ(removed->from, kAccede);
  EXPECT_EQ(removed->from_index, 3);
  EXPECT_EQ(removed->to_index, -1);

  const ItemChange* added = find(d.list, Change::added);
  ASSERT_NE(added, nullptr);
  EXPECT_EQ(added->to, kWages);
  EXPECT_EQ(added->to_index, 3);
  EXPECT_EQ(added->from_index, -1);

  const ItemChange* reworded = find(d.list, Change::reworded);
  ASSERT_NE(reworded, nullptr);
  EXPECT_EQ(reworded->from, kCoercionOld);
  EXPECT_EQ(reworded->to, kCoercionNew);
  EXPECT_EQ(reworded->from_index, 1);
  EXPECT_EQ(reworded->to_index, 2);
  // eliminate tactics to monitor workers: 2·5 / (9 + 7) = 0.625 → 0.63.
  EXPECT_DOUBLE_EQ(reworded->similarity, 0.63);
  ASSERT_FALSE(reworded->words.empty());
  EXPECT_EQ(reworded->words.front().op, '=');
  EXPECT_EQ(reworded->words.front().text, "Eliminate");

  const ItemChange* moved = find(d.list, Change::moved);
  ASSERT_NE(moved, nullptr);
  EXPECT_EQ(moved->text, kCriminalize);
  EXPECT_EQ(moved->from_index, 2);
  EXPECT_EQ(moved->to_index, 0);
  EXPECT_TRUE(moved->from.empty());
}

TEST(DiffLists, UnchangedItemsOnlyWhenAsked) {
  EXPECT_TRUE(
      diff_list({kForcedLabor, kCriminalize}, {kForcedLabor, kCriminalize}).list.items.empty());
  const Listed all = diff_list({kForcedLabor, kCriminalize}, {kForcedLabor, kCriminalize}, true);
  ASSERT_EQ(all.list.items.size(), 2u);
  EXPECT_EQ(all.list.items[0].change, Change::unchanged);
  EXPECT_EQ(all.list.items[0].text, kForcedLabor);
  EXPECT_EQ(all.list.items[1].text, kCriminalize);
}
