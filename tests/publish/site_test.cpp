// The site of a series written out: every page has its own title, links up
// (the index) and across (previous / next), the tier timeline where the report
// was rated; on real factbook editions.
#include "yoy/publish/site.h"

#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "support/factbook_archive.h"
#include "support/scratch_dir.h"
#include "yoy/app/site.h"
#include "yoy/archive/archive.h"

namespace yoy {
namespace {

const std::string* page(const std::vector<OutputFile>& files, const std::string& name) {
  for (const OutputFile& f : files)
    if (f.name == name) return &f.content;
  return nullptr;
}

TEST(SitePages, RealFactbookEditions) {
  test::ScratchDir dir;
  if (!test::make_factbook_archive(dir / "archive", {"bm", "bx", "kn", "us"}))
    GTEST_SKIP() << "no shared factbook corpus (../shared/corpus/factbook)";
  const Archive archive = Archive::open(dir / "archive", false);
  const SiteModel model = build_site_model(archive, "factbook");
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
