// normalize_text: chrome removal, paragraph rejoining, Markdown, BOM and line ends.
#include "yoy/normalize/normalize.h"

#include <gtest/gtest.h>

namespace {

TEST(NormalizeText, DropsChromeKeepsTags) {
  const auto c = yoy::normalize_text(
      "FEDERAL GOVERNMENT SHUTDOWN\n\nDue to the shutdown, website updates will be limited.\n\n"
      "U.S. DEPARTMENT *of* STATE\n\n[Home](#) > ... > Page\n\n"
      "2024 Trafficking in Persons Report: Ruritania\n\nIN THIS SECTION /\nRURITANIA (TIER 1).\n\n"
      "Body mentions FOIA and Privacy Policy in a "
      "sentence.\n\nTAGS\n\n[Reports](#)\n\n[Ruritania](#)\n\n"
      "White House\n\n[Privacy Policy](#)\n\n[FOIA](#)\n");
  EXPECT_EQ(c.title, "2024 Trafficking in Persons Report: Ruritania");
  ASSERT_EQ(c.blocks.size(), 1u);
  EXPECT_EQ(c.blocks[0].text, "Body mentions FOIA and Privacy Policy in a sentence.");
  EXPECT_EQ(c.tags, (std::vector<std::string>{"Reports", "Ruritania"}));
}

TEST(NormalizeText, JoinsSoftBreaksAndPageCuts) {
  const std::string text =
      "First paragraph that is long enough and wraps\nacross two lines.\n\n"
      "A paragraph cut by a page break in the middle of the\n\nsentence continues here.\n\n"
      "A finished paragraph that ends properly here.\n\nlower-case start stays apart.\n";
  const auto c = yoy::normalize_text(text);
  ASSERT_EQ(c.blocks.size(), 4u);
  EXPECT_EQ(c.blocks[0].text, "First paragraph that is long enough and wraps across two lines.");
  EXPECT_EQ(c.blocks[1].text,
            "A paragraph cut by a page break in the middle of the sentence continues here.");
  EXPECT_EQ(text.substr(c.blocks[1].span.begin, c.blocks[1].span.end - c.blocks[1].span.begin),
            "A paragraph cut by a page break in the middle of the\n\nsentence continues here.");
  EXPECT_EQ(c.blocks[3].text, "lower-case start stays apart.");
}

TEST(NormalizeText, MarkdownHeadingsLinksAndEntities) {
  const auto c = yoy::normalize_text(
      "# Title\n\n## Section Two ##\n\nSee [the law](https://x.org/law) &amp; [sic] text.\n\n"
      "Setext\n------\n\n* item one\n* item\n  continued\n");
  ASSERT_EQ(c.blocks.size(), 6u);
  EXPECT_EQ(c.blocks[0].heading_level, 1);
  EXPECT_EQ(c.blocks[1].text, "Section Two");
  EXPECT_EQ(c.blocks[1].heading_level, 2);
  EXPECT_EQ(c.blocks[2].text, "See the law & [sic] text.");
  EXPECT_EQ(c.blocks[3].heading_level, 2);
  EXPECT_TRUE(c.blocks[4].list_item);
  EXPECT_EQ(c.blocks[5].text, "item continued");
}

TEST(NormalizeText, BomKeepsSpansTrue) {
  const std::string text = "\xEF\xBB\xBFHello there.\n";
  const auto c = yoy::normalize_text(text);
  ASSERT_EQ(c.blocks.size(), 1u);
  EXPECT_EQ(text.substr(c.blocks[0].span.begin, c.blocks[0].span.end - c.blocks[0].span.begin),
            "Hello there.");
}

TEST(NormalizeText, CrlfAndEmpty) {
  EXPECT_TRUE(yoy::normalize_text("").blocks.empty());
  const auto c = yoy::normalize_text("One line\r\nand more.\r\n\r\nTwo.\r\n");
  ASSERT_EQ(c.blocks.size(), 2u);
  EXPECT_EQ(c.blocks[0].text, "One line and more.");
}

}  // namespace

// ---- Copies of real narratives: hard-wrapped PDF text, one paragraph per line ----------------

TEST(NormalizeText, HyphenAtALineEndJoinsTheWord) {
  const auto c = yoy::normalize_text(
      "It used proceeds from state-\nsponsored forced labor to fund the government and its "
      "anti-\ntrafficking efforts, sex- and\nlabor trafficking alike.\n");
  ASSERT_EQ(c.blocks.size(), 1u);
  EXPECT_EQ(c.blocks[0].text,
            "It used proceeds from state-sponsored forced labor to fund the government and its "
            "anti-trafficking efforts, sex- and labor trafficking alike.");
  // A line break after a hyphen that became a space in a copy compares as no space.
  EXPECT_EQ(yoy::compare_form("anti- trafficking and government- funded"),
            "anti-trafficking and government-funded");
  EXPECT_EQ(yoy::compare_form("sex- and labor trafficking"), "sex- and labor trafficking");
}

TEST(NormalizeText, PdfTextGetsTheParagraphsAndHeadingsOfTheWebText) {
  // Hard-wrapped, no blank line between paragraphs, an upper-case heading on its own line. A
  // paragraph ends where a sentence ends on a line well short of the width (a last line that
  // happens to be full joins the next paragraph: the text alone cannot tell).
  const std::string pdf =
      "BURMA: Tier 2 Watch List\n"
      "Burma is a source country for men, women, and children subjected to forced labor and for\n"
      "women and children subjected to sex trafficking. Some Burmese men, women, and children\n"
      "who migrate for work abroad are exploited.\n"
      "Men are subjected to forced labor in fishing, manufacturing, and construction abroad,\n"
      "and women and girls are subjected to sex trafficking in neighboring countries.\n"
      "PROSECUTION\n"
      "The government increased its anti-trafficking law enforcement efforts during the year\n"
      "and convicted more traffickers than in the previous reporting period overall.\n";
  const std::string web =
      "BURMA: Tier 2 Watch List\n\n"
      "Burma is a source country for men, women, and children subjected to forced labor and for "
      "women and children subjected to sex trafficking. Some Burmese men, women, and children who "
      "migrate for work abroad are exploited.\n\n"
      "Men are subjected to forced labor in fishing, manufacturing, and construction abroad, and "
      "women and girls are subjected to sex trafficking in neighboring countries.\n\n"
      "PROSECUTION\n\n"
      "The government increased its anti-trafficking law enforcement efforts during the year and "
      "convicted more traffickers than in the previous reporting period overall.\n";
  const auto a = yoy::normalize_text(pdf), b = yoy::normalize_text(web);
  ASSERT_EQ(a.blocks.size(), 5u);
  ASSERT_EQ(b.blocks.size(), 5u);
  for (std::size_t i = 0; i < a.blocks.size(); ++i) EXPECT_EQ(a.blocks[i].text, b.blocks[i].text);
}

TEST(NormalizeText, LinesThatAreParagraphsOfTheirOwn) {
  // A web copy with single line breaks between paragraphs (a long line is never wrapped).
  const std::string long_line(300, 'x');
  const auto c = yoy::normalize_text("BURMA: Tier 3\nThe government " + long_line +
                                     ".\nDownload the chapter on Burma here.\nRelated Posts\n");
  ASSERT_EQ(c.blocks.size(), 4u);
  EXPECT_EQ(c.blocks[3].text, "Related Posts");
  // ... but a line cut inside a sentence goes on.
  const auto cut =
      yoy::normalize_text("Forge partnerships with organizations and\nNGOs to combat it.\n");
  ASSERT_EQ(cut.blocks.size(), 1u);
  EXPECT_EQ(cut.blocks[0].text, "Forge partnerships with organizations and NGOs to combat it.");
}
