// The site of a series: the model (pairs, report changes newest first, the
// same comparisons on every page). Its pages: tests/publish/site_test.
#include "yoy/app/site.h"

#include <gtest/gtest.h>

#include "support/factbook_archive.h"
#include "support/scratch_dir.h"
#include "yoy/archive/archive.h"

namespace yoy {
namespace {

TEST(Site, RealFactbookEditions) {
  test::ScratchDir dir;
  if (!test::make_factbook_archive(dir / "archive", {"bm", "bx", "kn", "us"}))
    GTEST_SKIP() << "no shared factbook corpus (../shared/corpus/factbook)";
  const Archive archive = Archive::open(dir / "archive", false);
  const SiteModel model = build_site_model(archive, "factbook");
  ASSERT_EQ(model.pairs.size(), 8u);          // 9 editions
  EXPECT_EQ(model.pairs[2].from_year, 2017);  // the next edition after 2017 is 2020
  EXPECT_EQ(model.pairs[2].to_year, 2020);
  ASSERT_EQ(model.reports.size(), 4u);
  ASSERT_EQ(model.reports[1].id, "bm");  // Brunei, Burma, North Korea, United States
  const SiteReport& burma = model.reports[1];
  ASSERT_FALSE(burma.changes.empty());
  EXPECT_EQ(burma.changes.front().to_year, 2025);  // newest first
  bool downgrade = false;
  for (const SiteReportChange& c : burma.changes)
    if (c.to_year == 2021)
      downgrade = c.change.rating && c.change.rating->direction == Direction::downgrade;
  EXPECT_TRUE(downgrade);
  // The pair page says the same as the report page.
  const SitePair& pair = model.pairs[3];  // 2020 → 2021
  bool found = false;
  for (const IndexRow& row : pair.index.rows)
    if (row.id == "bm") found = row.direction == Direction::downgrade;
  EXPECT_TRUE(found);
  EXPECT_EQ(pair.index.changed + pair.index.unchanged + pair.index.added + pair.index.removed, 4);
}

}  // namespace
}  // namespace yoy
