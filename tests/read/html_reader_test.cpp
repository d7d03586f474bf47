// The HTML reader on the seed narrative as a government web page (our own
// markup, tests/fixtures/html/2025-north-korea.html), on legacy encodings, and
// on malformed and hostile pages.
#include "yoy/read/html.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <sstream>
#include <string>

#include "yoy/read/html_limits.h"
#include "yoy/util/error.h"

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const std::string kFixture =
    std::string(YOY_SOURCE_DIR) + "/tests/fixtures/html/2025-north-korea.html";
const std::string kSeed = std::string(YOY_SOURCE_DIR) + "/corpus/tip/2025/north-korea.txt";

std::string all_text(const yoy::CleanText& t) {
  std::string s;
  for (const auto& b : t.blocks) s += b.text + "\n";
  return s;
}

// The InputError message for these bytes, or "" when none was thrown.
std::string error_of(std::string_view bytes) {
  try {
    yoy::read_html(bytes, "page.html");
  } catch (const yoy::InputError& e) {
    return e.what();
  }
  return "";
}

bool contains(const std::string& haystack, std::string_view needle) {
  return haystack.find(needle) != std::string::npos;
}

TEST(HtmlReader, SeedPageKeepsTheReportAndDropsTheChrome) {
  const yoy::CleanText t = yoy::read_html(slurp(kFixture), kFixture);
  EXPECT_EQ(t.title, "2025 Trafficking in Persons Report: Democratic People's Republic of Korea");
  EXPECT_EQ(t.tags,
            (std::vector<std::string>{
                "Bureau of East Asian and Pacific Affairs", "Human Trafficking", "North Korea",
                "Office to Monitor and Combat Trafficking in Persons", "Reports"}));
  const std::string text = all_text(t);
  for (std::string_view chrome :
       {"FEDERAL GOVERNMENT SHUTDOWN", "Skip to content", "DEPARTMENT", "Topics", "Search", "Home",
        "Share", "Facebook", "IN THIS SECTION", "TIER 3).", "not text", "dataLayer", "TAGS",
        "White House", "Privacy Policy", "FOIA", "margin"})
    EXPECT_FALSE(contains(text, chrome)) << chrome;
}

TEST(HtmlReader, SeedPageHeadingsListsAndParagraphs) {
  const yoy::CleanText t = yoy::read_html(slurp(kFixture), kFixture);
  std::vector<std::string> headings;
  int items = 0, paragraphs = 0;
  for (const auto& b : t.blocks) {
    if (b.heading_level > 0)
      headings.push_back(b.text);
    else if (b.list_item)
      ++items;
    else
      ++paragraphs;
  }
  // The <h1> is the title (CleanText::title), not a heading of the report.
  EXPECT_EQ(headings,
            (std::vector<std::string>{"KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF (Tier 3)",
                                      "PRIORITIZED RECOMMENDATIONS:", "PROSECUTION", "PROTECTION",
                                      "PREVENTION", "TRAFFICKING PROFILE:"}));
  EXPECT_EQ(items, 11);  // the ranked recommendations
  EXPECT_EQ(paragraphs, 14);
  // <p><strong>PROSECUTION</strong></p> is a heading written in capitals.
  auto prosecution = std::find_if(t.blocks.begin(), t.blocks.end(),
                                  [](const auto& b) { return b.text == "PROSECUTION"; });
  ASSERT_NE(prosecution, t.blocks.end());
  EXPECT_GT(prosecution->heading_level, 0);
}

// Every paragraph of the page is a paragraph of the text conversion, once the
// text's page breaks are rejoined: <br> is a soft break, entities are decoded.
TEST(HtmlReader, SeedPageParagraphsMatchTheTextConversion) {
  std::string seed = slurp(kSeed);
  ASSERT_FALSE(seed.empty()) << kSeed;
  for (std::string_view cut : {"the\n\ngovernment", "a\n\nday", "lure,\n\ndrug"}) {
    const std::size_t at = seed.find(cut);
    ASSERT_NE(at, std::string::npos) << cut;
    seed.replace(at + cut.find('\n'), 2,
                 std::string(" "));  // string, not a literal: GCC 12 -Wrestrict
  }
  const yoy::CleanText t = yoy::read_html(slurp(kFixture), kFixture);
  for (const auto& b : t.blocks) {
    EXPECT_TRUE(contains(seed, "\n" + b.text + "\n")) << b.text;
  }
  const std::string text = all_text(t);
  EXPECT_TRUE(contains(text, "media reports the government inappropriately used"));
  EXPECT_TRUE(contains(text, "five years of \xE2\x80\x9Creform through labor.\xE2\x80\x9D"));
  EXPECT_TRUE(contains(text, "Human traffickers \xE2\x80\x93 including"));
}

TEST(HtmlReader, SpansPointAtTheSourceBytes) {
  const std::string page = slurp(kFixture);
  const yoy::CleanText t = yoy::read_html(page, kFixture);
  std::size_t previous = 0;
  for (const auto& b : t.blocks) {
    ASSERT_LE(b.span.begin, b.span.end);
    ASSERT_LE(b.span.end, page.size());
    EXPECT_GE(b.span.begin, previous);
    previous = b.span.begin;
    // No block of the fixture starts with an entity, so the source starts like the text.
    const std::size_t n = std::min<std::size_t>(12, b.text.size());
    EXPECT_EQ(page.substr(b.span.begin, n), b.text.substr(0, n));
  }
}

TEST(HtmlReader, Windows1252PageIsDecodedAndSpansStayInSourceBytes) {
  const std::string page =
      "<html><head><meta charset=\"windows-1252\"></head><body>"
      "<p>Caf\xE9 \x93quoted\x94 \x96 dash \x80 5</p><p>Second \xE9t\xE9.</p></body></html>";
  const yoy::CleanText t = yoy::read_html(page, "legacy.html");
  ASSERT_EQ(t.blocks.size(), 2u);
  EXPECT_EQ(t.blocks[0].text,
            "Caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x80\x93 dash \xE2\x82\xAC 5");
  EXPECT_EQ(page.substr(t.blocks[0].span.begin, t.blocks[0].span.end - t.blocks[0].span.begin),
            "Caf\xE9 \x93quoted\x94 \x96 dash \x80 5");
  EXPECT_EQ(page.substr(t.blocks[1].span.begin, t.blocks[1].span.end - t.blocks[1].span.begin),
            "Second \xE9t\xE9.");
}

TEST(HtmlReader, Latin1DeclaredThroughHttpEquiv) {
  const std::string page =
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
      "</head><body><p>C\xF4te d'Ivoire</p></body></html>";
  EXPECT_EQ(yoy::read_html(page, "p.html").blocks.at(0).text, "C\xC3\xB4te d'Ivoire");
}

TEST(HtmlReader, OtherCharsetsAreRefusedByName) {
  const std::string msg =
      error_of("<html><head><meta charset=\"Shift_JIS\"></head><body><p>x</p></body></html>");
  EXPECT_TRUE(contains(msg, "page.html")) << msg;
  EXPECT_TRUE(contains(msg, "Shift_JIS")) << msg;
  EXPECT_TRUE(contains(error_of(std::string_view("\xFF\xFE<\0h\0", 6)), "UTF-16"));
}

TEST(HtmlReader, InvalidUtf8WithoutDeclarationSaysWhere) {
  const std::string msg = error_of("<html><body><p>Caf\xE9 au lait</p></body></html>");
  EXPECT_TRUE(contains(msg, "page.html: invalid UTF-8 at byte 18")) << msg;
}

TEST(HtmlReader, Utf8BomShiftsSpans) {
  const std::string page =
      "\xEF\xBB\xBF<!DOCTYPE html><html><body><p>Hello report.</p></body></html>";
  const yoy::CleanText t = yoy::read_html(page, "bom.html");
  ASSERT_EQ(t.blocks.size(), 1u);
  EXPECT_EQ(page.substr(t.blocks[0].span.begin, 13), "Hello report.");
}

TEST(HtmlReader, MalformedMarkupStillYieldsItsText) {
  const yoy::CleanText t = yoy::read_html(
      "<html><body></div><div><p>First paragraph<p>Second <b>bold <i>mixed</b> tail</i>"
      "</div></div></span><h2>PROSECUTION<ul><li>one<li>two &amp; three &nbsp;&#8212; end",
      "bad.html");
  std::vector<std::string> texts;
  for (const auto& b : t.blocks) texts.push_back(b.text);
  EXPECT_EQ(texts,
            (std::vector<std::string>{"First paragraph", "Second bold mixed tail", "PROSECUTION",
                                      "one", "two & three \xE2\x80\x94 end"}));
}

TEST(HtmlReader, BrIsASoftBreakInsideAParagraph) {
  const yoy::CleanText t =
      yoy::read_html("<body><p>up to 12<br>hours per<br/>\n day</p></body>", "br.html");
  ASSERT_EQ(t.blocks.size(), 1u);
  EXPECT_EQ(t.blocks[0].text, "up to 12 hours per day");
}

TEST(HtmlReader, TablesAndDefinitionListsBecomeFields) {
  const yoy::CleanText t = yoy::read_html(
      "<body><table><thead><tr><th>Country</th><th>Tier</th></tr></thead>"
      "<tbody><tr><td>Korea, North</td><td><p>Tier 3</p></td></tr><tr><td>Solo</td></tr></tbody>"
      "</table><dl><dt>Population</dt><dd>26 million</dd></dl></body>",
      "t.html");
  ASSERT_EQ(t.blocks.size(), 4u);
  EXPECT_EQ(t.blocks[0].field_label, "Country");
  EXPECT_EQ(t.blocks[0].text, "Tier");
  EXPECT_EQ(t.blocks[1].field_label, "Korea, North");
  EXPECT_EQ(t.blocks[1].text, "Tier 3");
  EXPECT_EQ(t.blocks[2].field_label, "");
  EXPECT_EQ(t.blocks[2].text, "Solo");
  EXPECT_EQ(t.blocks[3].field_label, "Population");
  EXPECT_EQ(t.blocks[3].text, "26 million");
}

TEST(HtmlReader, ChromeIsRecognisedByRoleClassIdAndVisibility) {
  const yoy::CleanText t = yoy::read_html(
      "<body><div role=\"navigation\"><p>Menu</p></div><div class=\"usa-breadcrumb\"><p>Home"
      "</p></div><div id=\"cookie-consent\"><p>Cookies</p></div><p hidden>Hidden</p>"
      "<p aria-hidden=\"true\">Aria</p><p style=\"display: none\">None</p>"
      "<div class=\"addthis_toolbox\"><p>Tweet</p></div><noscript><p>Enable JS</p></noscript>"
      "<div class=\"page-header-wrapper\"><main><p>Report text.</p></main></div>"
      "<div class=\"research-findings\"><p>Findings stay.</p></div></body>",
      "chrome.html");
  std::vector<std::string> texts;
  for (const auto& b : t.blocks) texts.push_back(b.text);
  // <main> is the report; a wrapper hinted "header" around it is not chrome.
  EXPECT_EQ(texts, (std::vector<std::string>{"Report text."}));
}

TEST(HtmlReader, HiddenTextInsideTheReportIsChrome) {
  const yoy::CleanText t = yoy::read_html(
      "<body><main><p>Report text.</p><p aria-hidden=\"true\">Aria</p>"
      "<p aria-hidden=\"false\">Shown.</p><p hidden>Hidden</p>"
      "<p style=\"visibility: hidden\">Invisible</p></main></body>",
      "hidden.html");
  std::vector<std::string> texts;
  for (const auto& b : t.blocks) texts.push_back(b.text);
  EXPECT_EQ(texts, (std::vector<std::string>{"Report text.", "Shown."}));
}

TEST(HtmlReader, EmptyMainFallsBackToTheBody) {
  const yoy::CleanText t = yoy::read_html(
      "<body><main></main><div class=\"content\"><p>Report text.</p><p>More.</p></div>"
      "<div class=\"research-findings\"><p>Findings stay.</p></div></body>",
      "nomain.html");
  ASSERT_EQ(t.blocks.size(), 3u);
  EXPECT_EQ(t.blocks[2].text, "Findings stay.");
}

TEST(HtmlReader, TagsAfterATagsHeadingInTheFlow) {
  const yoy::CleanText t = yoy::read_html(
      "<body><p>Report text.</p><p>TAGS</p><p><a href=\"/a\">Human Trafficking</a></p>"
      "<p><a href=\"/b\">Reports</a></p><p>Closing words.</p></body>",
      "tags.html");
  EXPECT_EQ(t.tags, (std::vector<std::string>{"Human Trafficking", "Reports"}));
  ASSERT_EQ(t.blocks.size(), 2u);
  EXPECT_EQ(t.blocks[1].text, "Closing words.");
}

TEST(HtmlReader, TitleFallsBackToTheTitleElementWithoutTheSiteName) {
  const yoy::CleanText t = yoy::read_html(
      "<html><head><title>Burma - United States Department of State</title></head>"
      "<body><p>Report text.</p></body></html>",
      "title.html");
  EXPECT_EQ(t.title, "Burma");
}

TEST(HtmlReader, PageWithoutReportSaysSo) {
  const std::string chrome_only =
      "<!DOCTYPE html><html><head><title>State</title><script>var x = '<p>no</p>';</script></head>"
      "<body><header><h1>U.S. Department of State</h1></header><nav><ul><li>Home</li></ul></nav>"
      "<div class=\"social-share\"><a>Share</a></div><footer><p>Privacy Policy</p></footer></body>"
      "</html>";
  EXPECT_TRUE(contains(error_of(chrome_only), "page.html: no report found"))
      << error_of(chrome_only);
  EXPECT_TRUE(contains(error_of(""), "no report found"));
  EXPECT_TRUE(contains(error_of("<html></html>"), "no report found"));
}

TEST(HtmlReader, ErrorPagesAreNamed) {
  const std::string msg = error_of(
      "<html><head><title>Page Not Found - United States Department of State</title></head>"
      "<body><main><h1>Page Not Found</h1><p>Sorry, the page you requested could not be found."
      "</p></main></body></html>");
  EXPECT_TRUE(contains(msg, "an error page (\"Page Not Found\")")) << msg;
}

TEST(HtmlReader, DeeplyNestedPagesAreRefusedQuickly) {
  std::string deep = "<html><body>";
  for (int i = 0; i < 100000; ++i) deep += "<div>";
  deep += "text";
  EXPECT_TRUE(contains(error_of(deep), "page.html: HTML nested too deeply")) << error_of(deep);
  std::string formatting = "<html><body>";
  for (int i = 0; i < 50000; ++i) formatting += "<b class=c" + std::to_string(i) + ">";
  EXPECT_TRUE(contains(error_of(formatting), "nested too deeply"));
}

TEST(HtmlReader, NestingGuardIgnoresElementsClosedImplicitly) {
  std::string many = "<html><body>";
  for (int i = 0; i < 20000; ++i) many += "<p>para<br><img src=x><li>item";
  EXPECT_LT(yoy::measure_html(many).most_open, 10u);
  std::string scripts = "<script>" + std::string(1000, '<') + "<div><div></script><div>";
  EXPECT_EQ(yoy::measure_html(scripts).most_open, 1u);
}

// Issue 21's reproducer: 3,000 <b id=N> left open inside a paragraph, then
// 3,000 paragraphs. Each paragraph closes the one before, and the tree
// builder reopens all 3,000 formatting elements in the next: nine million
// nodes and 3.4 GB from 48 KB. The tree's budget stops it at 16 MiB.
std::string reopened_formatting(int open, int paragraphs) {
  std::string page = "<!doctype html><html><body><p>";
  for (int i = 0; i < open; ++i) page += "<b id=" + std::to_string(i) + ">";
  for (int i = 0; i < paragraphs; ++i) page += "<p>x" + std::to_string(i);
  return page + "</body></html>";
}

TEST(HtmlReader, FormattingReopenedInEveryParagraphIsRefusedByTheTreeBudget) {
  const std::string page = reopened_formatting(3000, 3000);
  const std::string error = error_of(page);
  EXPECT_TRUE(contains(error, "page.html: parsing this HTML would take more than 16777216 bytes"))
      << error;
  EXPECT_TRUE(contains(error, "not a report page")) << error;
  EXPECT_THROW(yoy::check_html_work(page, "page.html"), yoy::InputError);
}

// Both sides of the budget, with the reproducer's shape made smaller: the
// largest n whose tree fits (n formatting elements, n paragraphs) is read,
// n + 1 is refused, and the measured trees say why.
TEST(HtmlReader, TreeBudgetBothSides) {
  const auto fits = [](int n) {
    const std::string page = reopened_formatting(n, n);
    return yoy::html_tree_bytes(page) <= yoy::html_tree_budget(page.size());
  };
  int low = 10, high = 500;  // fits(low), !fits(high)
  ASSERT_TRUE(fits(low));
  ASSERT_FALSE(fits(high));
  while (high - low > 1) {
    const int mid = (low + high) / 2;
    (fits(mid) ? low : high) = mid;
  }
  const std::string under = reopened_formatting(low, low);
  const std::string over = reopened_formatting(high, high);
  EXPECT_EQ(yoy::html_tree_budget(under.size()), yoy::kMinHtmlTreeBudget);
  EXPECT_GT(yoy::html_tree_bytes(under), yoy::kMinHtmlTreeBudget * 99 / 100);
  EXPECT_EQ(error_of(under), "");
  EXPECT_NO_THROW(yoy::check_html_work(under, "page.html"));
  EXPECT_TRUE(contains(error_of(over), "bytes of tree")) << error_of(over);
  EXPECT_THROW(yoy::check_html_work(over, "page.html"), yoy::InputError);
}

TEST(HtmlReader, TreeBudgetScalesWithThePage) {
  EXPECT_EQ(yoy::html_tree_budget(0), yoy::kMinHtmlTreeBudget);
  EXPECT_EQ(yoy::html_tree_budget(1u << 20), 100u << 20);
  EXPECT_EQ(yoy::html_tree_budget(64u << 20), yoy::kMaxHtmlTreeBudget);
}

std::string tag_with_attributes(std::size_t n) {
  std::string page = "<!doctype html><html><body><p";
  for (std::size_t i = 0; i < n; ++i) page += " a" + std::to_string(i) + "=\"v>" + "\"";
  return page + ">The government reported 12 investigations.</p></body></html>";
}

// Issue 21: one tag with 150,000 attributes (1.1 MB) took gumbo 55 s, each
// attribute checked against the others. A quoted '>' does not end the tag.
TEST(HtmlReader, AttributesInOneTagBothSides) {
  EXPECT_EQ(yoy::measure_html(tag_with_attributes(yoy::kMaxHtmlAttributes)).most_attributes,
            yoy::kMaxHtmlAttributes);
  EXPECT_EQ(error_of(tag_with_attributes(yoy::kMaxHtmlAttributes)), "");
  const std::string over = error_of(tag_with_attributes(yoy::kMaxHtmlAttributes + 1));
  EXPECT_EQ(over,
            "page.html: a tag with 101 attributes at byte 27 (at most 100); not a report page");
  EXPECT_TRUE(contains(error_of(tag_with_attributes(150000)), "150000 attributes"));
}

TEST(HtmlReader, TagsBothSides) {
  // Void elements: many tags, nothing left open, a small tree.
  std::string page = "<!doctype html><html><body><p>text";
  const std::size_t before = yoy::measure_html(page).tags;
  for (std::size_t i = before; i < yoy::kMaxHtmlTags; ++i) page += "<br>";
  EXPECT_EQ(yoy::measure_html(page).tags, yoy::kMaxHtmlTags);
  EXPECT_NO_THROW(yoy::check_html_scan(page, "page.html"));
  page += "<br>";
  EXPECT_EQ(before, 3u);
  try {
    yoy::check_html_scan(page, "page.html");
    ADD_FAILURE() << "one tag over the limit was accepted";
  } catch (const yoy::InputError& e) {
    EXPECT_EQ(std::string(e.what()),
              "page.html: more than 1000000 HTML tags (tag 1000001 at byte " +
                  std::to_string(page.size() - 4) + "); not a report page");
  }
  EXPECT_TRUE(contains(error_of(page), "more than 1000000 HTML tags"));
}

// The real page (the seed narrative as a government web page) is far from
// every bound: a tenth of each at most.
TEST(HtmlReader, RealPageIsFarFromEveryBound) {
  const std::string page = slurp(kFixture);
  const yoy::HtmlWork work = yoy::measure_html(page);
  EXPECT_LT(work.most_open * 10, yoy::kMaxOpenElements);
  EXPECT_LT(work.most_attributes * 10, yoy::kMaxHtmlAttributes);
  EXPECT_LT(work.tags * 100, yoy::kMaxHtmlTags);
  EXPECT_LT(yoy::html_tree_bytes(page) * 10, yoy::html_tree_budget(page.size()));
}

// A 50 MB page (huge inline script and navigation around one narrative)
// parses to the narrative without crashing.
TEST(HtmlReader, FiftyMegabytePage) {
  std::string page = "<!DOCTYPE html><html><head><script>";
  page.reserve(52u << 20);
  while (page.size() < (40u << 20)) page += "var a = '<div>' + \"</p>\"; // <nav>\n";
  page += "</script></head><body><nav><ul>";
  while (page.size() < (42u << 20)) page += "<li><a href=\"/x\">Link</a></li>";
  page += "</ul></nav><main><h2>KOREA (Tier 3)</h2>";
  std::size_t paragraphs = 0;
  while (page.size() < (50u << 20)) {
    page += "<p>The government reported " + std::to_string(paragraphs++) +
            " investigations of trafficking cases." + std::string(2000, ' ') + "</p>\n";
  }
  page += "</main></body></html>";
  const yoy::CleanText t = yoy::read_html(page, "big.html");
  ASSERT_EQ(t.blocks.size(), paragraphs + 1);
  EXPECT_EQ(t.blocks.back().text, "The government reported " + std::to_string(paragraphs - 1) +
                                      " investigations of trafficking cases.");
}

TEST(HtmlReader, LooksLikeHtml) {
  EXPECT_TRUE(yoy::looks_like_html("<!DOCTYPE html><html>"));
  EXPECT_TRUE(yoy::looks_like_html("\xEF\xBB\xBF\n  <!doctype HTML>"));
  EXPECT_TRUE(yoy::looks_like_html("<!-- saved from url -->\n<html lang=en>"));
  EXPECT_TRUE(yoy::looks_like_html("<?xml version=\"1.0\"?><html xmlns=\"x\">"));
  EXPECT_TRUE(yoy::looks_like_html(slurp(kFixture)));
  EXPECT_FALSE(yoy::looks_like_html(slurp(kSeed)));
  EXPECT_FALSE(yoy::looks_like_html("{\"Introduction\": {}}"));
  EXPECT_FALSE(yoy::looks_like_html("# Heading\n\n<p>inline html in markdown</p>"));
  EXPECT_FALSE(yoy::looks_like_html(""));
}

}  // namespace
