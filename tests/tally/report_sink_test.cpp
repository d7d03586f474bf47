// The sinks an edition diff hands its reports to: prepared in any order (as
// workers finish), taken in id order; the filter narrows each report and
// passes on what is shown; the collected ChangeSet and the --stat lines are
// what the whole-ChangeSet functions make of the same reports. Reports are the
// hand-built north-korea change (support/sample_changes) and quiet ones.
#include "yoy/tally/report_sink.h"

#include <gtest/gtest.h>

#include <vector>

#include "support/sample_changes.h"
#include "yoy/tally/count.h"

namespace yoy {
namespace {

std::vector<ReportChange> reports() {
  ReportChange changed = testing::sample_changes().reports.front();
  ReportChange added = changed;
  added.id = "new";
  added.change = Change::added;
  return {changed, testing::quiet_report("quiet"), added};
}

// As diff_editions drives a sink: begin, every prepare (here in reverse, as a
// late worker would), every take in order, end with the reports compared.
void feed(ReportSink& sink, std::vector<ReportChange> all, int compared) {
  sink.begin(testing::changes_of({}), all.size());
  for (std::size_t k = all.size(); k-- > 0;) sink.prepare(k, all[k]);
  for (std::size_t k = 0; k < all.size(); ++k) sink.take(k, std::move(all[k]));
  sink.end(compared);
}

TEST(ReportSink, CollectsWhatChangedSummarizedOverEveryReportCompared) {
  ChangeSetSink collected;
  FilterSink shown(ChangeFilter{}, collected);
  feed(shown, reports(), 5);
  const ChangeSet& changes = collected.changes();
  ASSERT_EQ(changes.reports.size(), 2u);  // the quiet one is left out
  EXPECT_EQ(changes.reports[0].id, "north-korea");
  EXPECT_EQ(changes.reports[1].id, "new");
  EXPECT_EQ(changes.from.year, 2024);
  EXPECT_EQ(changes.summary.reports, 5);
  EXPECT_EQ(changes.summary.changed, 1);
  EXPECT_EQ(changes.summary.added, 1);
}

TEST(ReportSink, AllKeepsTheUnchangedReports) {
  ChangeFilter all;
  all.include_unchanged = true;
  ChangeSetSink collected;
  FilterSink shown(all, collected);
  feed(shown, reports(), 3);
  EXPECT_EQ(collected.changes().reports.size(), 3u);
}

TEST(ReportSink, TheFilterNarrowsEachReportAsTheWholeChangeSetWouldBe) {
  ChangeFilter only;
  only.only = {ChangeKind::statistics};
  ChangeSetSink collected;
  FilterSink shown(only, collected);
  feed(shown, reports(), 3);
  ChangeSet whole = testing::changes_of(reports());
  whole.summary.reports = 3;
  filter_changes(whole, only);
  ASSERT_EQ(collected.changes().reports.size(), whole.reports.size());
  for (std::size_t k = 0; k < whole.reports.size(); ++k) {
    EXPECT_EQ(collected.changes().reports[k].id, whole.reports[k].id);
    EXPECT_TRUE(collected.changes().reports[k].lists.empty());
    EXPECT_EQ(collected.changes().reports[k].statistics.size(), whole.reports[k].statistics.size());
  }
  EXPECT_EQ(collected.changes().summary.statistics_changed, whole.summary.statistics_changed);
  EXPECT_EQ(collected.changes().summary.items_added, 0);
}

TEST(ReportSink, StatLinesAreTheChangeStatOfTheSameReports) {
  StatSink stat;
  FilterSink shown(ChangeFilter{}, stat);
  feed(shown, reports(), 4);
  ChangeSet whole = testing::changes_of({reports()[0], reports()[2]});
  summarize(whole, 4);
  const ChangeStat expected = change_stat(whole);
  ASSERT_EQ(stat.stat().reports.size(), expected.reports.size());
  EXPECT_EQ(stat.stat().reports_compared, 4);
  EXPECT_EQ(stat.stat().reports[0].words_added, expected.reports[0].words_added);
  EXPECT_EQ(stat.stat().total.blocks_modified, expected.total.blocks_modified);
  EXPECT_EQ(stat.stat().total.items_reworded, 2);
  EXPECT_TRUE(stat.differs());
  StatSink quiet;
  FilterSink shown_quiet(ChangeFilter{}, quiet);
  feed(shown_quiet, {testing::quiet_report("quiet")}, 1);
  EXPECT_FALSE(quiet.differs());
  EXPECT_TRUE(quiet.stat().reports.empty());
}

}  // namespace
}  // namespace yoy
