// How a statistic change is said in words: the measure and subject, the periods
// of each side, and the note of a revision or restatement. The figures are the
// ones the summary paragraph and the factbook's kn profile give.
#include "render/statistic_words.h"

#include <gtest/gtest.h>

using yoy::Change;
using yoy::StatisticChange;
using namespace yoy::render_common;

namespace {

StatisticChange change_of(Change kind, const char* from_period, const char* to_period) {
  StatisticChange c;
  c.change = kind;
  c.measure = "convictions";
  c.from_period = from_period;
  c.to_period = to_period;
  return c;
}

}  // namespace

TEST(StatisticWords, NameIsTheMeasureWithItsSubject) {
  StatisticChange c = change_of(Change::changed, "", "");
  EXPECT_EQ(statistic_name(c), "convictions");
  c.measure = "share of exports";
  c.subject = "Senegal";
  EXPECT_EQ(statistic_name(c), "share of exports (Senegal)");
  c.measure = "";
  EXPECT_EQ(statistic_name(c), "(Senegal)");
}

TEST(StatisticWords, PeriodsOfEachSideOrOneWhenTheyAgree) {
  EXPECT_EQ(statistic_periods(change_of(Change::changed, "2022", "2023")), "2022 → 2023");
  EXPECT_EQ(statistic_periods(change_of(Change::changed, "2023", "2023")), "2023");
  EXPECT_EQ(statistic_periods(change_of(Change::changed, "", "2023")), "? → 2023");
  EXPECT_EQ(statistic_periods(change_of(Change::changed, "2022", "")), "2022 → ?");
  EXPECT_EQ(statistic_periods(change_of(Change::changed, "", "")), "");
  EXPECT_EQ(statistic_periods(change_of(Change::added, "2022", "2023")), "2023");
  EXPECT_EQ(statistic_periods(change_of(Change::removed, "2022", "2023")), "2022");
}

TEST(StatisticWords, FigureWithItsPeriod) {
  EXPECT_EQ(with_period("six", "2022"), "six (2022)");
  EXPECT_EQ(with_period("11%", ""), "11%");
}

TEST(StatisticWords, RevisionAndRestatementSayWhichPeriod) {
  EXPECT_EQ(statistic_revision_note(change_of(Change::revised, "2023", "2023")),
            "revised: the new edition gives another figure for 2023");
  EXPECT_EQ(statistic_revision_note(change_of(Change::restated, "2022", "2022")),
            "restated: the new edition's figure for 2022 differs from the old edition's");
  EXPECT_EQ(statistic_revision_note(change_of(Change::restated, "2022", "")),
            "restated: the new edition's figure for 2022 differs from the old edition's");
  EXPECT_EQ(statistic_revision_note(change_of(Change::revised, "", "")),
            "revised: the new edition gives another figure for the same period");
  EXPECT_EQ(statistic_revision_note(change_of(Change::changed, "2022", "2023")), "");
}
