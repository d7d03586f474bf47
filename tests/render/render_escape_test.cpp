// Escaping in one place: HTML and XML share the five characters and differ
// where their standards do; Markdown escapes its syntax and drops control
// bytes; link targets percent-encode everything but a name's safe bytes.
#include "render/render_escape.h"

#include <gtest/gtest.h>

#include <string>

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
  // NUL: U+FFFD in both; other control characters only in XML, which cannot carry them.
  EXPECT_EQ(escape_html(std::string("x\0y", 3)), "x\xEF\xBF\xBDy");
  EXPECT_EQ(escape_xml(std::string("x\0y", 3)), "x\xEF\xBF\xBDy");
  EXPECT_EQ(escape_html("x\x01y\x7F"), "x\x01y\x7F");
  EXPECT_EQ(escape_xml("x\x01y\x7F"), "x\xEF\xBF\xBDy\xEF\xBF\xBD");
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

TEST(RenderEscape, MarkdownAndLinkTargets) {
  EXPECT_EQ(escape_markdown("a|b *c* [d](e) <f> \\ `g` ~h_"),
            "a\\|b \\*c\\* \\[d\\](e) &lt;f&gt; \\\\ \\`g\\` \\~h\\_");
  EXPECT_EQ(escape_markdown("line\nnext\x01"), "line next");
  EXPECT_EQ(escape_link_target("north-korea"), "north-korea");
  EXPECT_EQ(escape_link_target("javascript:alert(1)"), "javascript%3Aalert%281%29");
}

}  // namespace
}  // namespace yoy
