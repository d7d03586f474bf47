// The gumbo tree → clean paragraphs (html::extract, clean_inline,
// plain_text): block elements are paragraphs, inline ones join them, <br> is a
// space, headings keep their level and all-caps paragraphs become headings,
// tables and definition lists become labelled fields, chrome is skipped, tags
// are collected, and spans point at the source bytes. Markup is modelled on
// the state.gov page in tests/fixtures/html/2025-north-korea.html, text on the seed.
#include <gtest/gtest.h>

#include <string>

#include "read/html_tree.h"
#include "support/gumbo_page.h"

using yoy::CleanText;
using yoy::OffsetMap;
using yoy::testing::Page;

namespace {

CleanText extract(const std::string& html, const OffsetMap& offsets = OffsetMap()) {
  const Page page(html);
  return yoy::html::extract(page.output->document, page.output->root, offsets);
}

std::string texts(const CleanText& t) {
  std::string out;
  for (const auto& b : t.blocks) out += (out.empty() ? "" : " | ") + b.text;
  return out;
}

}  // namespace

TEST(HtmlExtract, BlocksInlinesAndBreaks) {
  const CleanText t = extract(
      "<html><body><div class=\"report__content\">"
      "<p>The DPRK <em>remained</em> on <a href=\"/tier3\">Tier 3</a>.</p>"
      "<p>Workers labor<br>up to 20 hours per day.</p>"
      "<div>Loose text<p>then a paragraph</p>and more</div>"
      "</div></body></html>");
  EXPECT_EQ(texts(t),
            "The DPRK remained on Tier 3. | Workers labor up to 20 hours per day. | "
            "Loose text | then a paragraph | and more");
  for (const auto& b : t.blocks) {
    EXPECT_EQ(b.heading_level, 0) << b.text;
    EXPECT_FALSE(b.list_item);
    EXPECT_EQ(b.field_label, "");
  }
}

TEST(HtmlExtract, HeadingsListsAndAllCapsParagraphs) {
  const CleanText t = extract(
      "<body><h2 class=\"report__country\">KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF: Tier 3</h2>"
      "<h3 class=\"report__section-title\">Prosecution</h3>"
      "<p class=\"report__section-title\">PRIORITIZED RECOMMENDATIONS:</p>"
      "<ol class=\"report__recommendations\"><li>End the use of state-sponsored forced labor.</li>"
      "<li><p>Criminalize sex trafficking and labor trafficking.</p></li></ol>"
      "<p>PROSECUTION OF TRAFFICKERS IS RARE.</p></body>");
  ASSERT_EQ(t.blocks.size(), 6u) << texts(t);
  EXPECT_EQ(t.blocks[0].heading_level, 2);
  EXPECT_EQ(t.blocks[1].heading_level, 3);
  EXPECT_EQ(t.blocks[1].text, "Prosecution");
  EXPECT_EQ(t.blocks[2].heading_level, 3) << "an all-caps paragraph is a heading";
  EXPECT_TRUE(t.blocks[3].list_item);
  EXPECT_TRUE(t.blocks[4].list_item) << "a paragraph inside an item is the item";
  EXPECT_EQ(t.blocks[4].text, "Criminalize sex trafficking and labor trafficking.");
  EXPECT_EQ(t.blocks[5].heading_level, 0) << "a sentence in capitals is not a heading";
}

TEST(HtmlExtract, TableRowsAndDefinitionsAreFields) {
  const CleanText t = extract(
      "<body><table><thead><tr><th>Year</th><th>Tier</th></tr></thead>"
      "<tbody><tr><td>Population</td><td>26,298,666</td><td>(2024 est.)</td></tr>"
      "<tr><td>Alone</td></tr><tr><td></td><td> </td></tr></tbody></table>"
      "<dl><dt>Capital</dt><dd>Pyongyang</dd><dd>time difference: UTC+9</dd>"
      "<dt>Area</dt><dd><p>total: 120,540 sq km</p></dd></dl></body>");
  ASSERT_EQ(t.blocks.size(), 6u) << texts(t);
  EXPECT_EQ(t.blocks[0].field_label, "Year");
  EXPECT_EQ(t.blocks[0].text, "Tier");
  EXPECT_EQ(t.blocks[1].field_label, "Population");
  EXPECT_EQ(t.blocks[1].text, "26,298,666; (2024 est.)");
  EXPECT_EQ(t.blocks[2].field_label, "") << "a row of one cell is a paragraph";
  EXPECT_EQ(t.blocks[2].text, "Alone");
  EXPECT_EQ(t.blocks[3].field_label, "Capital");
  EXPECT_EQ(t.blocks[3].text, "Pyongyang");
  EXPECT_EQ(t.blocks[4].field_label, "Capital");
  EXPECT_EQ(t.blocks[4].text, "time difference: UTC+9");
  EXPECT_EQ(t.blocks[5].field_label, "Area");
  EXPECT_EQ(t.blocks[5].text, "total: 120,540 sq km");
}

TEST(HtmlExtract, ChromeIsSkippedAndTagsCollected) {
  const CleanText t = extract(
      "<body><a class=\"skip-link\" href=\"#main\">Skip to main content</a>"
      "<div class=\"shutdown-banner\">FEDERAL GOVERNMENT SHUTDOWN</div>"
      "<header class=\"site-header\"><nav class=\"primary-nav\"><a "
      "href=\"/\">Home</a></nav></header>"
      "<main><p>The government did not report any efforts.</p>"
      "<script>var p = '<p>not text</p>';</script>"
      "<p>TAGS</p><p><a href=\"/t/1\">North Korea</a></p><p><a href=\"/t/2\">Human "
      "Trafficking</a></p>"
      "<p>Back to <a href=\"#top\">the report</a> text.</p></main>"
      "<section class=\"related-tags\"><h2 class=\"related-tags__title\">Related Tags</h2>"
      "<a class=\"related-tags__pill\" href=\"/t/3\">Reports</a></section>"
      "<footer><a href=\"/privacy\">Privacy Policy</a></footer></body>");
  EXPECT_EQ(texts(t), "The government did not report any efforts. | Back to the report text.");
  // Paragraphs of nothing but a link after a TAGS heading in the flow (the first
  // with more than a link ends the list), then the tags box anywhere.
  ASSERT_EQ(t.tags.size(), 3u);
  EXPECT_EQ(t.tags[0], "North Korea");
  EXPECT_EQ(t.tags[1], "Human Trafficking");
  EXPECT_EQ(t.tags[2], "Reports");
}

TEST(HtmlExtract, SpansPointAtTheSourceBytes) {
  const std::string html = "<body><p>First paragraph.</p><p>Second <b>one</b>.</p></body>";
  const CleanText t = extract(html);
  ASSERT_EQ(t.blocks.size(), 2u);
  EXPECT_EQ(html.substr(t.blocks[0].span.begin, t.blocks[0].span.end - t.blocks[0].span.begin),
            "First paragraph.");
  EXPECT_EQ(html.substr(t.blocks[1].span.begin, t.blocks[1].span.end - t.blocks[1].span.begin),
            "Second <b>one</b>.");
  // Through an offset map (a 3-byte BOM cut before parsing): every span moves by 3.
  const CleanText shifted = extract(html, OffsetMap(3));
  EXPECT_EQ(shifted.blocks[0].span.begin, t.blocks[0].span.begin + 3);
  EXPECT_EQ(shifted.blocks[1].span.end, t.blocks[1].span.end + 3);
}

TEST(HtmlExtract, CleanInlineSpacesAndInvisibles) {
  using yoy::html::clean_inline;
  EXPECT_EQ(clean_inline("  The\tDPRK \n remained\r\f on  Tier 3. "),
            "The DPRK remained on Tier 3.");
  EXPECT_EQ(clean_inline("80,000\xC2\xA0to\xC2\xA0"
                         "200,000"),
            "80,000 to 200,000");  // no-break spaces
  EXPECT_EQ(clean_inline("traf\xC2\xAD"
                         "ficking"),
            "trafficking");  // soft hyphen
  EXPECT_EQ(clean_inline("zero\xE2\x80\x8Bwidth\xE2\x80\x8C\xE2\x80\x8Djoin"), "zerowidthjoin");
  EXPECT_EQ(clean_inline("\xEF\xBB\xBFTier 3"), "Tier 3");  // BOM
  EXPECT_EQ(clean_inline("Co\xCC\x82te"), "C\xC3\xB4te") << "NFC: o + combining circumflex is ô";
  EXPECT_EQ(clean_inline(" \xC2\xA0 "), "");
  // U+2060 (word joiner) is not in the list and stays.
  EXPECT_EQ(clean_inline("a\xE2\x81\xA0"
                         "b"),
            "a\xE2\x81\xA0"
            "b");
}

TEST(HtmlExtract, PlainTextKeepsChromeButNotScripts) {
  const Page page(
      "<body><h1>2025 Trafficking in Persons Report:<br>North Korea</h1>"
      "<div class=\"breadcrumbs\">Home</div><script>x()</script><style>p{}</style></body>");
  const std::string text = yoy::html::clean_inline(yoy::html::plain_text(page.output->root));
  EXPECT_EQ(text, "2025 Trafficking in Persons Report: North Korea Home");
}
