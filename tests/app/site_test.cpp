// The site of a series: the model (pairs, report changes newest first, the
// same comparisons on every page) and its pages (titles, links, timelines).
#include "yoy/app/site.h"

#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "support/factbook_archive.h"
#include "support/scratch_dir.h"
#include "yoy/archive/archive.h"

namespace yoy {
namespace {

const std::string* page(const std::vector<OutputFile>& files, const std::string& name) {
  for (const OutputFile& f : files)
    if (f.name == name) return &f.content;
  return nullptr;
}

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

  const std::vector<OutputFile> files = render_site_pages(model);
  EXPECT_EQ(files.size(), 1u + 8u + 4u + 1u);  // index, reports, pairs, feed.xml
  std::set<std::string> titles;
  const std::regex title("<title>([^<]+)</title>");
  for (const OutputFile& f : files) {
    std::smatch m;
    ASSERT_TRUE(std::regex_search(f.content, m, title)) << f.name;
    EXPECT_TRUE(titles.insert(m[1]).second) << "same title twice: " << m[1];
  }
  const std::string& index = *page(files, "index.html");
  for (const std::string id : {"bm", "bx", "kn", "us"})
    EXPECT_NE(index.find("<a href=\"" + id + ".html\">"), std::string::npos) << id;
  EXPECT_NE(index.find("changes-2024-2025.html"), std::string::npos);
  const std::string& bm = *page(files, "bm.html");
  EXPECT_NE(bm.find("<svg class=\"timeline\""), std::string::npos);
  EXPECT_NE(bm.find("<a href=\"index.html\">"), std::string::npos);           // up
  EXPECT_NE(bm.find("<a href=\"bx.html\">← Brunei</a>"), std::string::npos);  // across
  EXPECT_NE(bm.find("id=\"y2021\""), std::string::npos);
  EXPECT_NE(bm.find("<svg class=\"spark\""), std::string::npos);
  // The United States was never rated: no timeline.
  EXPECT_EQ(page(files, "us.html")->find("<svg class=\"timeline\""), std::string::npos);
  const std::string& first_pair = *page(files, "changes-2015-2016.html");
  EXPECT_NE(first_pair.find("changes-2016-2017.html"), std::string::npos);  // next pair
  EXPECT_NE(first_pair.find("bm.html#y2016"), std::string::npos);
}

}  // namespace
}  // namespace yoy
