// --stat counts: per report and in total, in agreement with the ChangeSet summary.
#include <gtest/gtest.h>

#include "support/stage_inputs.h"
#include "yoy/tally/change_filter.h"
#include "yoy/tally/change_stat.h"

namespace yoy {
namespace {

const std::string kOld =
    std::string(YOY_SOURCE_DIR) + "/tests/fixtures/constructed/tip/2024/north-korea.txt";
const std::string kNew = std::string(YOY_SOURCE_DIR) + "/corpus/tip/2025/north-korea.txt";

ChangeSet corpus_changes() { return test::compared_files(kOld, kNew); }

TEST(ChangeStat, CountsAgreeWithTheSummary) {
  const ChangeSet all = corpus_changes();
  const ChangeStat stat = change_stat(all);
  ASSERT_EQ(stat.reports.size(), 1u);
  const ReportStat& s = stat.reports[0];
  EXPECT_EQ(s.id, "north-korea");
  EXPECT_EQ(s.direction, yoy::Direction::downgrade);
  EXPECT_EQ(s.rating_from, "Tier 2 Watch List");
  EXPECT_EQ(s.rating_to, "Tier 3");
  EXPECT_EQ(s.items_added, all.summary.items_added);
  EXPECT_EQ(s.items_removed, all.summary.items_removed);
  EXPECT_EQ(s.items_reworded, all.summary.items_reworded);
  EXPECT_EQ(s.items_moved, all.summary.items_moved);
  EXPECT_EQ(s.statistics_changed, all.summary.statistics_changed);
  EXPECT_EQ(s.statistics_added, all.summary.statistics_added);
  EXPECT_EQ(s.blocks_modified, all.summary.blocks_modified);
  EXPECT_EQ(s.blocks_moved, all.summary.blocks_moved);
  EXPECT_EQ(stat.total.words_added, s.words_added);
  EXPECT_EQ(stat.reports_compared, 1);
}

TEST(ChangeStat, WordsAreCountedFromRunsAndWholeBlocks) {
  ChangeSet changes;
  ReportChange r;
  r.id = "x";
  r.change = Change::changed;
  SectionChange section;
  section.section = "S";
  section.change = Change::modified;
  BlockChange modified;
  modified.change = Change::modified;
  modified.words = {{'=', "one two"}, {'-', "three four"}, {'+', "five"}, {'=', "six"}};
  BlockChange coarse;
  coarse.change = Change::modified;
  coarse.coarse = true;
  coarse.from = "a b c";
  coarse.to = "d e";
  BlockChange added;
  added.change = Change::added;
  added.to = "  seven\teight nine ";
  BlockChange moved;
  moved.change = Change::moved;
  moved.text = "ten eleven";
  section.blocks = {modified, coarse, added, moved};
  r.sections.push_back(section);
  ListChange list;
  ItemChange reworded;
  reworded.change = Change::reworded;
  reworded.words = {{'-', "old"}, {'+', "new words"}};
  ItemChange removed;
  removed.change = Change::removed;
  removed.from = "gone item";
  list.items = {reworded, removed};
  r.lists.push_back(list);
  changes.reports.push_back(r);
  const ReportStat s = change_stat(changes).reports[0];
  EXPECT_EQ(s.words_added, 1 + 2 + 3 + 2);    // five; d e; seven eight nine; new words
  EXPECT_EQ(s.words_removed, 2 + 3 + 1 + 2);  // three four; a b c; old; gone item
  EXPECT_EQ(s.blocks_modified, 2);
  EXPECT_EQ(s.blocks_added, 1);
  EXPECT_EQ(s.blocks_moved, 1);
  EXPECT_EQ(s.items_reworded, 1);
  EXPECT_EQ(s.items_removed, 1);
  EXPECT_EQ(s.sections_changed, 1);
}

}  // namespace
}  // namespace yoy
