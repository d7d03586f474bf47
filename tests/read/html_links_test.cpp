// html_links: the hrefs of a page's <a> elements, in document order, each once,
// as written; a page past the HTML reader's bounds is refused, naming where.
// The index page is modelled on state.gov's 2025 TIP report index (country
// links under the report's path, site chrome links elsewhere).
#include "yoy/read/html_links.h"

#include <gtest/gtest.h>

#include <string>

#include "yoy/read/html_limits.h"
#include "yoy/util/error.h"

namespace yoy {
namespace {

TEST(HtmlLinks, EveryHrefOnceInDocumentOrderAsWritten) {
  const std::string index =
      "<!DOCTYPE html><html><head><title>2025 Trafficking in Persons Report</title></head>"
      "<body><nav><a href=\"/\">Home</a></nav><main><ul>"
      "<li><a href=\"/reports/2025-trafficking-in-persons-report/burma/\">Burma</a></li>"
      "<li><a href=\"cote-divoire/\">Cote d'Ivoire</a></li>"
      "<li><a name=\"no-href\">Anchor</a></li>"
      "<li><div><p><a href=\"https://www.state.gov/x?a=1&amp;b=2#top\">Deep</a></p></div></li>"
      "<li><a href=\"/reports/2025-trafficking-in-persons-report/burma/\">Burma again</a></li>"
      "</ul></main><footer><a href=\"/\">Home</a></footer></body></html>";
  EXPECT_EQ(html_links(index, "index"),
            (std::vector<std::string>{"/", "/reports/2025-trafficking-in-persons-report/burma/",
                                      "cote-divoire/", "https://www.state.gov/x?a=1&b=2#top"}));
  EXPECT_TRUE(html_links("not html", "index").empty());
  EXPECT_TRUE(html_links("", "index").empty());
}

TEST(HtmlLinks, APagePastTheReadersBoundsIsRefused) {
  // One element more open at once than the reader takes (kMaxOpenElements).
  std::string deep;
  for (std::size_t i = 0; i <= kMaxOpenElements; ++i) deep += "<div>";
  deep += "<a href=\"/x/\">x</a>";
  try {
    html_links(deep, "the report's index page");
    ADD_FAILURE() << "a page nested " << kMaxOpenElements + 1 << " deep was read";
  } catch (const InputError& e) {
    EXPECT_EQ(std::string(e.what()).rfind("the report's index page: ", 0), 0u) << e.what();
  }
  // At the bound it is read.
  std::string at_bound;
  for (std::size_t i = 1; i < kMaxOpenElements; ++i) at_bound += "<div>";
  at_bound += "<a href=\"/x/\">x</a>";
  EXPECT_EQ(html_links(at_bound, "index"), (std::vector<std::string>{"/x/"}));
}

}  // namespace
}  // namespace yoy
