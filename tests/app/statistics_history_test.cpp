// Statistics through the years: series continued through links, ended and
// started ones, absent editions, and real factbook editions.
#include "yoy/app/statistics_history.h"

#include <gtest/gtest.h>

#include "support/doc_builder.h"
#include "support/factbook_archive.h"
#include "support/scratch_dir.h"
#include "yoy/archive/archive.h"
#include "yoy/util/error.h"

namespace yoy {
namespace {

using testing::make_document;

const StatisticSeries* find_row(const StatisticsHistory& history, const std::string& surface) {
  for (const StatisticSeries& row : history.rows)
    for (const StatisticPoint& point : row.points)
      if (point.present && point.surface == surface) return &row;
  return nullptr;
}

TEST(StatisticsHistory, FiguresAreFollowedThroughRewordingsAndAbsentYears) {
  const Document y1 = make_document(
      "x", "",
      {{"Profile", {"The camps hold an estimated 80,000 persons.", "It counted 7 boats."}}});
  const Document y2 = make_document(
      "x", "",
      {{"Profile",
        {"The prison camps hold an estimated 120,000 persons.", "It counted 7 boats."}}});
  const Document y4 =
      make_document("x", "",
                    {{"Profile", {"The prison camps hold an estimated 200,000 persons."}},
                     {"Protection", {"Officials identified 45 victims."}}});
  const StatisticsHistory history = build_statistics_history(
      "tip", "x", {{2001, &y1}, {2002, &y2}, {2003, nullptr}, {2004, &y4}});
  EXPECT_EQ(history.years, (std::vector<int>{2001, 2002, 2004}));
  ASSERT_EQ(history.rows.size(), 3u);
  // Latest edition's order first: the camps, the victims; then the boats (ended 2002).
  const StatisticSeries& camps = history.rows[0];
  ASSERT_EQ(camps.points.size(), 3u);
  EXPECT_EQ(camps.points[0].values, std::vector<double>{80000});
  EXPECT_EQ(camps.points[1].values, std::vector<double>{120000});
  EXPECT_EQ(camps.points[2].values, std::vector<double>{200000});
  EXPECT_EQ(camps.changes, 2);
  EXPECT_EQ(camps.unit, "persons");
  EXPECT_EQ(camps.label, "The prison camps hold an estimated 200,000 persons.");
  const StatisticSeries& victims = history.rows[1];
  EXPECT_FALSE(victims.points[0].present);
  EXPECT_TRUE(victims.points[2].present);
  EXPECT_EQ(victims.section, "Protection");
  const StatisticSeries& boats = history.rows[2];
  EXPECT_TRUE(boats.points[0].present && boats.points[1].present);
  EXPECT_FALSE(boats.points[2].present);
  EXPECT_EQ(boats.changes, 0);
}

TEST(StatisticsHistory, IdenticalEditionsShareTheirSeries) {
  const Document d = make_document("x", "", {{"Profile", {"It counted 7 boats and 9 cars."}}});
  const StatisticsHistory history = build_statistics_history("tip", "x", {{2001, &d}, {2002, &d}});
  ASSERT_EQ(history.rows.size(), 2u);
  for (const StatisticSeries& row : history.rows) {
    EXPECT_TRUE(row.points[0].present && row.points[1].present);
    EXPECT_EQ(row.changes, 0);
  }
}

TEST(StatisticsHistory, RealFactbookPopulationThroughNineEditions) {
  test::ScratchDir dir;
  if (!test::make_factbook_archive(dir / "archive", {"kn"}))
    GTEST_SKIP() << "no shared factbook corpus (../shared/corpus/factbook)";
  const Archive archive = Archive::open(dir / "archive", false);
  const StatisticsHistory history = report_statistics(archive, "factbook", "kn");
  EXPECT_EQ(history.title, "North Korea");
  EXPECT_EQ(history.years.size(), 9u);
  const StatisticSeries* population = find_row(history, "24,983,205");  // 2015
  ASSERT_NE(population, nullptr);
  EXPECT_EQ(population->label, "People and Society > Population");
  for (const StatisticPoint& point : population->points) EXPECT_TRUE(point.present);
  EXPECT_EQ(population->points[1].surface, "25,115,311");  // 2016
  EXPECT_GE(population->changes, 6);
  EXPECT_THROW(report_statistics(archive, "factbook", "zz"), InputError);
  // --changed: exactly the rows that changed at least once, in the same order.
  const StatisticsHistory changed = report_statistics(archive, "factbook", "kn", {}, true);
  std::vector<std::string> expected, kept;
  for (const StatisticSeries& row : history.rows)
    if (row.changes > 0) expected.push_back(row.label + "|" + row.points[0].surface);
  for (const StatisticSeries& row : changed.rows)
    kept.push_back(row.label + "|" + row.points[0].surface);
  EXPECT_EQ(kept, expected);
  EXPECT_LT(changed.rows.size(), history.rows.size());
}

}  // namespace
}  // namespace yoy
