// The summary overview links every report page by its id: an id from a file
// name (hand-built archives, or ids from before the name rule) must not
// become markup or a script link in Markdown or HTML.
#include "yoy/render/index_render.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "render/render_escape.h"
#include "yoy/render/render.h"

using namespace yoy;

namespace {

SummaryIndex index_with(const std::string& id, const std::string& title) {
  SummaryIndex index;
  index.from = {"tip", 2024, "tip/2024"};
  index.to = {"tip", 2025, "tip/2025"};
  index.changed = 1;
  IndexRow row;
  row.id = id;
  row.title = title;
  row.change = Change::changed;
  row.has_pages = true;
  index.rows.push_back(row);
  return index;
}

// Markdown -> HTML as GitHub renders it, raw HTML passed through (--unsafe),
// so any escaping that is missing shows up as markup.
std::string gfm(const std::string& markdown) {
  const std::string path =
      (std::filesystem::temp_directory_path() / ("yoy-index-" + std::to_string(::getpid()) + ".md"))
          .string();
  std::ofstream(path, std::ios::binary) << markdown;
  std::string html;
  if (FILE* pipe =
          ::popen(("cmark-gfm --unsafe -e table -e autolink '" + path + "'").c_str(), "r")) {
    char buffer[4096];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;)
      html.append(buffer, n);
    ::pclose(pipe);
  }
  std::filesystem::remove(path);
  return html;
}

}  // namespace

TEST(RenderIndex, LinkTargetsArePercentEncoded) {
  EXPECT_EQ(link_target("north-korea"), "north-korea");
  EXPECT_EQ(link_target("cote_d.ivoire~2"), "cote_d.ivoire~2");
  EXPECT_EQ(link_target("x)<img src=x>"), "x%29%3Cimg%20src%3Dx%3E");
  EXPECT_EQ(link_target("javascript:alert(1)"), "javascript%3Aalert%281%29");
  EXPECT_EQ(link_target("a\"b'c/d\\e"), "a%22b%27c%2Fd%5Ce");
  EXPECT_EQ(link_target("c\xc3\xb4te"), "c%C3%B4te");
}

TEST(RenderIndex, HostileIdsStayTextInMarkdownAndHtml) {
  if (std::system("cmark-gfm --version >/dev/null 2>&1") != 0)
    GTEST_SKIP() << "cmark-gfm not installed (scripts/setup installs it)";
  for (const char* hostile : {"x)<img src=x onerror=alert(1)>", "javascript:alert(1)",
                              "a b) [c](javascript:x)", "\"><script>alert(1)</script>"}) {
    const std::string id = hostile;
    const std::string html = gfm(render_index_markdown(index_with(id, "Title " + id)));
    EXPECT_EQ(html.find("<img"), std::string::npos) << id << "\n" << html;
    EXPECT_EQ(html.find("<script"), std::string::npos) << id << "\n" << html;
    EXPECT_EQ(html.find("href=\"javascript:"), std::string::npos) << id << "\n" << html;
    EXPECT_NE(html.find("href=\"" + link_target(id + ".md") + "\""), std::string::npos)
        << id << "\n"
        << html;
    const std::string page = render_index_html(index_with(id, "Title " + id));
    EXPECT_EQ(page.find("<img"), std::string::npos) << id;
    EXPECT_EQ(page.find("<script>alert"), std::string::npos) << id;
    EXPECT_NE(page.find("href=\"" + link_target(id + ".html") + "\""), std::string::npos) << id;
  }
}
