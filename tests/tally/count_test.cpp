// count: one report's changes tallied by kind, the one count behind every
// summary, --stat line, headline phrase, overview row and timeline. The
// report is the hand-built north-korea 2024 -> 2025 change (support/sample_changes),
// whose words are counted here by hand.
#include "yoy/tally/count.h"

#include <gtest/gtest.h>

#include <tuple>

#include "support/sample_changes.h"

namespace yoy {
namespace {

TEST(Count, EveryKindOfTheSampleReport) {
  const ChangeCount c = count(testing::sample_changes().reports.front());
  EXPECT_EQ(c.items_added, 1);
  EXPECT_EQ(c.items_removed, 1);
  EXPECT_EQ(c.items_reworded, 1);
  EXPECT_EQ(c.items_moved, 1);
  EXPECT_EQ(c.statistics_changed, 1);
  EXPECT_EQ(c.statistics_added, 1);
  EXPECT_EQ(c.statistics_removed, 1);
  EXPECT_EQ(c.statistics(), 3);
  EXPECT_EQ(c.sections_changed, 3);  // Prosecution modified, Prevention renamed, Profile added
  EXPECT_EQ(c.blocks_added, 2);
  EXPECT_EQ(c.blocks_removed, 1);
  EXPECT_EQ(c.blocks_modified, 2);  // one word-diffed, one coarse
  EXPECT_EQ(c.blocks_moved, 1);
  EXPECT_EQ(c.blocks(), 6);
  EXPECT_EQ(c.rating_changes, 1);
}

TEST(Count, WordsFromWholeTextsRunsAndCoarseBlocks) {
  const ChangeCount c = count(testing::sample_changes().reports.front());
  // Added: "Cease garnishing wages of overseas workers." 6, reworded "+coercive" "+used" 2,
  // "+or labor trafficking" 3, "Media reported ... two women." 9, the coarse block's new
  // text 6, the new profile paragraph 11. Moved items and blocks add no words.
  EXPECT_EQ(c.words_added, 6 + 2 + 3 + 9 + 6 + 11);
  // Removed: "Accede to the 2000 UN TIP Protocol." 7, "-the use of coercion" 4,
  // "The government did not provide law enforcement data." 8, the coarse block's old text 11.
  EXPECT_EQ(c.words_removed, 7 + 4 + 8 + 11);
}

TEST(Count, AStatisticNeitherAddedNorRemovedCountsAsChanged) {
  // Every summary, stat and phrase agrees: a figure whose value differs is
  // changed whatever its kind (today's `changed`, a later revised or restated).
  ReportChange report;
  report.change = Change::changed;
  for (Change kind : {Change::changed, Change::modified, Change::added, Change::removed}) {
    StatisticChange statistic;
    statistic.change = kind;
    report.statistics.push_back(statistic);
  }
  const ChangeCount c = count(report);
  EXPECT_EQ(c.statistics_changed, 2);
  EXPECT_EQ(c.statistics_added, 1);
  EXPECT_EQ(c.statistics_removed, 1);
  ChangeSummary summary;
  add_to_summary(summary, report);
  EXPECT_EQ(summary.statistics_changed, 2);
}

TEST(Count, ARatingThatComesWithItsReportIsNoRatingChange) {
  ReportChange added;
  added.change = Change::added;
  added.rating =
      RatingChange{"tier", "", "Tier 3", Direction::new_rating, StatedMovement::none, false};
  EXPECT_EQ(count(added).rating_changes, 0);
  ReportChange stayed = added;
  stayed.change = Change::changed;
  stayed.rating->direction = Direction::unchanged;
  EXPECT_EQ(count(stayed).rating_changes, 0);
  stayed.rating->direction = Direction::downgrade;
  EXPECT_EQ(count(stayed).rating_changes, 1);
}

TEST(Count, UnchangedItemsAndBlocksCountNothing) {
  // --all keeps unchanged items, blocks and sections in a report: none is a change.
  ReportChange report;
  report.change = Change::unchanged;
  ListChange list;
  list.items.push_back({Change::unchanged, "", "", "End forced labor.", 0, 0, 1, {}});
  report.lists.push_back(list);
  SectionChange section;
  section.change = Change::unchanged;
  BlockChange block;
  block.change = Change::unchanged;
  block.text = "The government maintained prevention efforts.";
  section.blocks.push_back(block);
  report.sections.push_back(section);
  const ChangeCount c = count(report);
  EXPECT_EQ(c.items_added + c.items_removed + c.items_reworded + c.items_moved, 0);
  EXPECT_EQ(c.sections_changed + c.blocks() + c.words_added + c.words_removed, 0);
}

TEST(Count, TheSummaryIsTheCountsOfItsReports) {
  ChangeSet changes = testing::sample_changes();
  const ChangeSummary by_hand = changes.summary;
  changes.summary = {};
  summarize(changes);
  const auto& [a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15] =
      changes.summary;
  const auto& [b0, b1, b2, b3, b4, b5, b6, b7, b8, b9, b10, b11, b12, b13, b14, b15] = by_hand;
  EXPECT_EQ(std::tie(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15),
            std::tie(b0, b1, b2, b3, b4, b5, b6, b7, b8, b9, b10, b11, b12, b13, b14, b15));
  summarize(changes, 5);  // reports compared, unchanged ones left out
  EXPECT_EQ(changes.summary.reports, 5);
  EXPECT_EQ(changes.summary.changed, 1);
}

TEST(Count, SummariesOfDisjointReportsAddUp) {
  const ReportChange report = testing::sample_changes().reports.front();
  ChangeSummary one, two, both;
  add_to_summary(one, report);
  add_to_summary(two, report);
  add_to_summary(both, report);
  add_to_summary(both, report);
  add_to_summary(one, two);
  EXPECT_EQ(one.reports, both.reports);
  EXPECT_EQ(one.items_reworded, 2);
  EXPECT_EQ(one.blocks_modified, both.blocks_modified);
  EXPECT_EQ(one.rating_changes, 2);
  ChangeCount total;
  add_to(total, count(report));
  add_to(total, count(report));
  EXPECT_EQ(total.words_removed, 2 * 30);
  EXPECT_EQ(total.sections_changed, 6);
}

}  // namespace
}  // namespace yoy
