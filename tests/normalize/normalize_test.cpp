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
