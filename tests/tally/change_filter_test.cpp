// --only and --section narrow the real corpus ChangeSet to exactly what they name.
#include <gtest/gtest.h>

#include "support/stage_inputs.h"
#include "yoy/normalize/normalize.h"
#include "yoy/tally/change_filter.h"
#include "yoy/tally/count.h"
#include "yoy/util/error.h"

namespace yoy {
namespace {

const std::string kOld =
    std::string(YOY_SOURCE_DIR) + "/tests/fixtures/constructed/tip/2024/north-korea.txt";
const std::string kNew = std::string(YOY_SOURCE_DIR) + "/corpus/tip/2025/north-korea.txt";

ChangeSet corpus_changes() { return test::compared_files(kOld, kNew); }

TEST(ChangeFilter, TheCorpusHasEveryKind) {
  const ChangeSet all = corpus_changes();
  ASSERT_EQ(all.reports.size(), 1u);
  const ReportChange& r = all.reports[0];
  ASSERT_TRUE(r.rating);
  EXPECT_EQ(r.rating->direction, yoy::Direction::downgrade);
  EXPECT_FALSE(r.lists.empty());
  EXPECT_FALSE(r.statistics.empty());
  EXPECT_FALSE(r.sections.empty());
}

TEST(ChangeFilter, OnlyKeepsOneKind) {
  const ChangeSet all = corpus_changes();
  for (ChangeKind kind : {ChangeKind::tiers, ChangeKind::recommendations, ChangeKind::statistics,
                          ChangeKind::sections}) {
    ChangeSet changes = all;
    filter_changes(changes, ChangeFilter{{kind}, {}, false});
    ASSERT_EQ(changes.reports.size(), 1u);
    const ReportChange& r = changes.reports[0];
    EXPECT_EQ(r.rating.has_value(), kind == ChangeKind::tiers);
    EXPECT_EQ(!r.lists.empty(), kind == ChangeKind::recommendations);
    EXPECT_EQ(!r.statistics.empty(), kind == ChangeKind::statistics);
    EXPECT_EQ(!r.sections.empty(), kind == ChangeKind::sections);
    EXPECT_EQ(changes.summary.reports, 1);
    EXPECT_EQ(changes.summary.rating_changes, kind == ChangeKind::tiers ? 1 : 0);
    EXPECT_EQ(changes.summary.items_added,
              kind == ChangeKind::recommendations ? all.summary.items_added : 0);
    EXPECT_EQ(changes.summary.statistics_changed,
              kind == ChangeKind::statistics ? all.summary.statistics_changed : 0);
  }
  // Two kinds together keep both.
  ChangeSet two = all;
  filter_changes(two, ChangeFilter{{ChangeKind::tiers, ChangeKind::statistics}, {}, false});
  EXPECT_TRUE(two.reports[0].rating.has_value());
  EXPECT_FALSE(two.reports[0].statistics.empty());
  EXPECT_TRUE(two.reports[0].lists.empty());
}

TEST(ChangeFilter, SectionMatchesByKeyWhateverTheCase) {
  const ChangeSet all = corpus_changes();
  for (const std::string name :
       {"Trafficking Profile", "trafficking profile", "TRAFFICKING PROFILE:"}) {
    ChangeSet changes = all;
    filter_changes(changes, ChangeFilter{{}, {name}, false});
    ASSERT_EQ(changes.reports.size(), 1u) << name;
    const ReportChange& r = changes.reports[0];
    EXPECT_FALSE(r.rating.has_value()) << "a rating belongs to no section";
    EXPECT_TRUE(r.lists.empty());
    ASSERT_FALSE(r.statistics.empty());
    for (const StatisticChange& s : r.statistics)
      EXPECT_EQ(section_key(s.section), "trafficking-profile");
    ASSERT_EQ(r.sections.size(), 1u);
    EXPECT_EQ(section_key(r.sections[0].section), "trafficking-profile");
  }
  ChangeSet recommendations = all;
  filter_changes(recommendations, ChangeFilter{{}, {"prioritized recommendations"}, false});
  ASSERT_EQ(recommendations.reports.size(), 1u);
  EXPECT_EQ(recommendations.reports[0].lists.size(), 1u);
  EXPECT_TRUE(recommendations.reports[0].statistics.empty());
}

TEST(ChangeFilter, NothingLeftDropsTheReportUnlessAll) {
  const ChangeSet all = corpus_changes();
  ChangeSet changes = all;
  filter_changes(changes, ChangeFilter{{}, {"no such section"}, false});
  EXPECT_TRUE(changes.reports.empty());
  EXPECT_EQ(changes.summary.reports, 1);
  EXPECT_EQ(changes.summary.changed, 0);
  changes = all;
  filter_changes(changes, ChangeFilter{{}, {"no such section"}, true});
  ASSERT_EQ(changes.reports.size(), 1u);
  EXPECT_EQ(changes.reports[0].change, Change::unchanged);
}

TEST(ChangeFilter, AddedReportStaysUnderOnlyButNotUnderAnotherSection) {
  ChangeSet changes;
  ReportChange added;
  added.id = "testland";
  added.change = Change::added;
  SectionChange section;
  section.section = "Prosecution";
  section.change = Change::added;
  added.sections.push_back(section);
  changes.reports.push_back(added);
  summarize(changes, 1);
  ChangeSet only = changes;
  filter_changes(only, ChangeFilter{{ChangeKind::tiers}, {}, false});
  EXPECT_EQ(only.reports.size(), 1u) << "an added report is news under any --only";
  ChangeSet elsewhere = changes;
  filter_changes(elsewhere, ChangeFilter{{}, {"Prevention"}, false});
  EXPECT_TRUE(elsewhere.reports.empty());
  ChangeSet here = changes;
  filter_changes(here, ChangeFilter{{}, {"prosecution"}, false});
  EXPECT_EQ(here.reports.size(), 1u);
}

TEST(ChangeFilter, KindNames) {
  EXPECT_EQ(change_kind_from_name("tiers"), ChangeKind::tiers);
  EXPECT_EQ(change_kind_from_name("recommendations"), ChangeKind::recommendations);
  EXPECT_EQ(change_kind_from_name("statistics"), ChangeKind::statistics);
  EXPECT_EQ(change_kind_from_name("sections"), ChangeKind::sections);
  EXPECT_THROW(change_kind_from_name("tier-ish"), InputError);
}

}  // namespace
}  // namespace yoy
