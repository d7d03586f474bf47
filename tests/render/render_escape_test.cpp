// Escaping in one place: HTML and XML share the five characters and differ
// where their standards do; Markdown escapes its syntax; every dialect shows a
// hidden control (ESC, BEL, C1, bidirectional overrides, bytes that are not
// UTF-8) as printable() does for text; links percent-encode everything but a
// name's safe bytes.
#include "render/render_escape.h"

#include <gtest/gtest.h>

#include <string>

#include "yoy/util/printable.h"

namespace yoy {
namespace {

TEST(RenderEscape, HtmlAndXmlShareFiveCharacters) {
  const std::string text = "Tier 2 <Watch> & \"List\" 'B'";
  EXPECT_EQ(escape_html(text), "Tier 2 &lt;Watch&gt; &amp; &quot;List&quot; &#39;B&#39;");
  EXPECT_EQ(escape_xml(text), "Tier 2 &lt;Watch&gt; &amp; &quot;List&quot; &apos;B&apos;");
}

TEST(RenderEscape, EachDialectsOwnRulesForTheRest) {
  // Line breaks and tabs: kept in HTML text, character references in XML attributes.
  EXPECT_EQ(escape_html("a\nb\tc\rd"), "a\nb\tc\rd");
  EXPECT_EQ(escape_xml("a\nb\tc\rd"), "a&#10;b&#9;c&#13;d");
  // U+FFFE and U+FFFF are no XML characters; U+FFFD and other text stay.
  EXPECT_EQ(escape_xml("a\xEF\xBF\xBE"
                       "b\xEF\xBF\xBF"
                       "c\xEF\xBF\xBD"),
            "a\xEF\xBF\xBD"
            "b\xEF\xBF\xBD"
            "c\xEF\xBF\xBD");
  EXPECT_EQ(escape_html("a\xEF\xBF\xBE"), "a\xEF\xBF\xBE");
  EXPECT_EQ(escape_xml("C\xC3\xB4te d'Ivoire"), "C\xC3\xB4te d&apos;Ivoire");
}

// Issue 21, item 9: the sentence of tests/cli/control_bytes_test.cpp, with a
// clear-screen sequence, BEL, a C1 control (NEL), an override and an isolate.
TEST(RenderEscape, EveryDialectShowsHiddenControlsAsTextOutputDoes) {
  const std::string planted =
      "camps \x1b[2J\x07 \xc2\x85 \xe2\x80\xae"
      "dlrow\xe2\x81\xa6 x\x7f\x01 \xff";
  const std::string shown = "camps \\x1b[2J\\x07 \\u0085 \\u202edlrow\\u2066 x\\x7f\\x01 \\xff";
  EXPECT_EQ(printable(planted), shown);
  EXPECT_EQ(escape_html(planted), shown);
  EXPECT_EQ(escape_xml(planted), shown);
  EXPECT_EQ(escape_markdown(planted),
            "camps \\\\x1b\\[2J\\\\x07 \\\\u0085 \\\\u202edlrow\\\\u2066 "
            "x\\\\x7f\\\\x01 \\\\xff");
  // NUL is a control like any other (HTML cannot carry it, nor can XML).
  EXPECT_EQ(escape_html(std::string("x\0y", 3)), "x\\x00y");
  EXPECT_EQ(escape_xml(std::string("x\0y", 3)), "x\\x00y");
  // Every code point of the definition, and the ones beside it that stay.
  for (const char* hidden :
       {"\xc2\x80", "\xc2\x9f", "\xe2\x80\xaa", "\xe2\x80\xae", "\xe2\x81\xa6", "\xe2\x81\xa9"}) {
    EXPECT_TRUE(text_unit(hidden, 0).control) << hidden;
    EXPECT_EQ(escape_html(hidden).rfind("\\u", 0), 0u) << escape_html(hidden);
  }
  for (const char* kept : {"\xc2\xa0", "\xe2\x80\xa9", "\xe2\x80\xaf", "\xe2\x81\xa5",
                           "\xe2\x81\xaa", "\xc3\xb4", "\xf0\x9f\x99\x82"}) {
    EXPECT_FALSE(text_unit(kept, 0).control) << kept;
    EXPECT_EQ(escape_html(kept), kept);
    EXPECT_EQ(escape_markdown(kept), kept);
  }
}

TEST(RenderEscape, MarkdownSyntaxIsEscaped) {
  EXPECT_EQ(escape_markdown("a|b *c* [d](e) <f> \\ `g` ~h_"),
            "a\\|b \\*c\\* \\[d\\](e) &lt;f&gt; \\\\ \\`g\\` \\~h\\_");
  EXPECT_EQ(escape_markdown("line\nnext\tend"), "line next end");
}

// Issue 21, item 1: every link yoy writes comes from link_target.
TEST(RenderEscape, LinksArePercentEncodedAndEscapedForTheAttribute) {
  EXPECT_EQ(link_target("north-korea.html"), "north-korea.html");
  EXPECT_EQ(link_target("north-korea.html", "y2025"), "north-korea.html#y2025");
  EXPECT_EQ(link_target("", "report-north-korea"), "#report-north-korea");
  EXPECT_EQ(link_target("javascript:alert(1)"), "javascript%3Aalert%281%29");
  EXPECT_EQ(link_target("../x/y.html", "a b\"#"), "..%2Fx%2Fy.html#a%20b%22%23");
  EXPECT_EQ(html_link("javascript:document.title='x';Math.html", "", "<b>x</b>"),
            "<a href=\"javascript%3Adocument.title%3D%27x%27%3BMath.html\"><b>x</b></a>");
  EXPECT_EQ(markdown_link("Burma", "x)<img src=x>.md"), "[Burma](x%29%3Cimg%20src%3Dx%3E.md)");
}

}  // namespace
}  // namespace yoy
