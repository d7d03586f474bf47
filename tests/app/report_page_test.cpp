// A fetched page is kept only when it is a report: real stored TIP copies and
// the real state.gov page pass; an error page served with 200, the report's
// introduction, a PDF and a near-empty page do not.
#include "yoy/app/report_page.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace yoy {
namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const std::string kFixtures = std::string(YOY_SOURCE_DIR) + "/tests/fixtures/";

TEST(ReportPage, RealNarrativesAreReports) {
  for (const char* name : {"tip-history/malaysia-2023-gvnet.txt", "tip-history/burma-2022-ecoi.txt",
                           "tip-history/russia-2024-ecoi.txt"}) {
    const ReportPage page = check_report_page(slurp(kFixtures + name), "tip/x", Profile::tip);
    EXPECT_EQ(page.problem, "") << name;
    EXPECT_EQ(page.extension, "txt") << name;
    EXPECT_TRUE(page.document.rating.present()) << name;
  }
  const ReportPage html = check_report_page(slurp(kFixtures + "html/2025-north-korea.html"),
                                            "tip/2025/north-korea", Profile::tip);
  EXPECT_EQ(html.problem, "");
  EXPECT_EQ(html.extension, "html");
  EXPECT_EQ(html.document.rating.value, "Tier 3");
}

TEST(ReportPage, ErrorPageServedWith200IsNot) {
  // A "Page Not Found" page modelled on state.gov's own.
  const std::string page =
      "<!DOCTYPE html><html><head><title>Page Not Found - United States Department of "
      "State</title></head><body><main><h1>Page Not Found</h1><p>Sorry, we cannot find that "
      "page.</p></main></body></html>";
  for (Profile profile : {Profile::tip, Profile::automatic, Profile::generic}) {
    const ReportPage checked = check_report_page(page, "tip/2025/narnia", profile);
    EXPECT_NE(checked.problem.find("an error page (\"Page Not Found"), std::string::npos)
        << checked.problem;
  }
}

TEST(ReportPage, PagesWithoutANarrative) {
  const std::string introduction =
      "<!DOCTYPE "
      "html><html><head><title>Introduction</title></head><body><main><h1>Introduction</h1>"
      "<p>The Trafficking in Persons Report is the U.S. government's principal diplomatic tool to "
      "engage foreign governments on human trafficking. It assesses the efforts of governments "
      "around the world to meet the minimum standards for the elimination of trafficking.</p>"
      "</main></body></html>";
  EXPECT_NE(check_report_page(introduction, "tip/2025/introduction", Profile::tip).problem, "");
  EXPECT_EQ(check_report_page("%PDF-1.7\n...", "tip/2025/x", Profile::automatic).problem,
            "a PDF, not a report page (split a whole report with yoy split)");
  EXPECT_EQ(check_report_page("# Title\n\nFew words here.\n", "g/2025/x", Profile::generic).problem,
            "fewer than 30 words of text: not a report");
}

}  // namespace
}  // namespace yoy
