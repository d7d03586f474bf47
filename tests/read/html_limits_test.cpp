// measure_html: the cheap count of elements open at once that read_html
// makes before gumbo, so a page of thousands of unclosed elements is refused
// up front. Void and implicitly closed elements, comments and raw text do not count.
#include "yoy/read/html_limits.h"

#include <gtest/gtest.h>

#include <string>

namespace {

std::size_t most(const std::string& html) { return yoy::measure_html(html).most_open; }

}  // namespace

TEST(HtmlLimits, NestingIsCountedAndWhereItPeaks) {
  EXPECT_EQ(most(""), 0u);
  EXPECT_EQ(most("plain text"), 0u);
  EXPECT_EQ(most("<div><div><span>x</span></div></div>"), 3u);
  const auto peak = yoy::measure_html("<div></div><section><div><b>x</b></div></section>");
  EXPECT_EQ(peak.most_open, 3u);
  EXPECT_EQ(peak.open_at, std::string("<div></div><section><div>").size());  // the <b>
  // Siblings do not add up; closing tags close.
  EXPECT_EQ(most("<div></div><div></div><div></div>"), 1u);
  // Unclosed elements do.
  EXPECT_EQ(most("<div><div><div>"), 3u);
  EXPECT_EQ(most("<DIV><Div></div></DIV>"), 2u) << "any case";
}

TEST(HtmlLimits, VoidAndImplicitlyClosedElementsDoNotStayOpen) {
  EXPECT_EQ(most("<div><br><img src=x><hr><input><meta charset=utf-8></div>"), 1u);
  EXPECT_EQ(most("<ul><li>one<li>two<li>three</ul>"), 1u);
  EXPECT_EQ(most("<p>one<p>two<p>three"), 0u);
  EXPECT_EQ(most("<table><tr><td>a<td>b</table>"), 1u);
  EXPECT_EQ(most("<div/><span/>"), 0u) << "self-closing";
  // A stray end tag never goes below zero.
  EXPECT_EQ(most("</div></div><div>"), 1u);
}

TEST(HtmlLimits, CommentsAndRawTextAreNotMarkup) {
  EXPECT_EQ(most("<!-- <div><div><div> --><p>x"), 0u);
  EXPECT_EQ(most("<script>if (a<b) { x = '<div><div>'; }</script><div>"), 1u);
  EXPECT_EQ(most("<style>div>div{}</style>"), 0u);
  EXPECT_EQ(most("<title><div><div></title>"), 0u);
  EXPECT_EQ(most("<textarea><div></TEXTAREA><div>"), 1u);
  // An unterminated comment or raw-text element ends the count.
  EXPECT_EQ(most("<div><!-- <div><div>"), 1u);
  EXPECT_EQ(most("<div><script><div><div>"), 1u);
  // "<" that opens no tag.
  EXPECT_EQ(most("1 < 2 and 3 <4 <"), 0u);
}

TEST(HtmlLimits, AHostilePageIsOverTheLimit) {
  std::string nested;
  for (std::size_t i = 0; i <= yoy::kMaxOpenElements; ++i) nested += "<span>";
  EXPECT_EQ(most(nested), yoy::kMaxOpenElements + 1);
  std::string fine;
  for (std::size_t i = 0; i < yoy::kMaxOpenElements; ++i) fine += "<b>";
  EXPECT_EQ(most(fine), yoy::kMaxOpenElements);
}
