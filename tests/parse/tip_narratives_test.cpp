// Narratives found in a PDF's blocks (parse/tip_narratives: find_narratives),
// on blocks built here as the reader gives them for a page of the 2015
// report (a stored text copy of its country-narratives section:
// docslib.org/doc/11740033): the title "AFGHANISTAN: Tier 2" inside a column,
// the chart "AFGHANISTAN TIER RANKING BY YEAR", a photograph's caption.
#include <gtest/gtest.h>

#include "yoy/parse/tip_narratives.h"

using yoy::PdfBlock;
using yoy::PdfText;

namespace {

PdfBlock block(std::string text, int level = 0, double size = 9, bool aside = false,
               bool full_width = false) {
  PdfBlock b;
  b.block.text = std::move(text);
  b.block.heading_level = level;
  b.font_size = size;
  b.bold = level > 0;
  b.aside = aside;
  b.full_width = full_width;
  b.first_page = b.last_page = 63;
  return b;
}

const char* kProfile =
    "Afghanistan is a source, transit, and destination country for men, women, and children "
    "subjected to forced labor and sex trafficking.";
const char* kMore =
    "Internal trafficking is more prevalent than transnational trafficking, and the majority of "
    "Afghan trafficking victims are children.";

std::vector<std::string> texts(const yoy::Narrative& n) {
  std::vector<std::string> out;
  for (const yoy::TextBlock& b : n.text.blocks) out.push_back(b.text);
  return out;
}

}  // namespace

TEST(TipNarratives, ATitleInsideAColumnOpensANarrativeAndItsChartAndCaptionStayOut) {
  PdfText pdf;
  pdf.body_size = 9;
  pdf.blocks = {
      block("Maisie, a survivor of sex trafficking, tells her story.", 0, 7, true),
      block("AFGHANISTAN: Tier 2", 2, 12),  // inside a column: not full width
      block("AFGHANISTAN TIER RANKING BY YEAR 1 2 2WL 3 2008 2009 2010 2 011", 0, 6, true),
      block(kProfile),
      // A chart title set as large as the text, read as a heading.
      block("AFGHANISTAN TIER RANKING BY YEAR", 3, 9),
      block(kMore),
      block("RECOMMENDATIONS FOR AFGHANISTAN:", 3, 9),
      block("Cease the penalization of victims for offenses committed as a direct result of "
            "being subjected to trafficking; increase prosecutions and convictions."),
  };
  const std::vector<yoy::Narrative> found = yoy::find_narratives(pdf, 2015);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].id, "afghanistan");
  EXPECT_EQ(found[0].tier, "Tier 2");
  EXPECT_EQ(found[0].printed, "AFGHANISTAN: Tier 2");
  EXPECT_EQ(
      texts(found[0]),
      (std::vector<std::string>{"AFGHANISTAN (Tier 2)", kProfile, kMore,
                                "RECOMMENDATIONS FOR AFGHANISTAN:", pdf.blocks.back().block.text}));
}

TEST(TipNarratives, ATitleInTheBodysFaceIsNoTitle) {
  // "BURMA: Tier 3" in the text's own face (a line of a table, a quotation):
  // a title is larger than the body.
  PdfText pdf;
  pdf.body_size = 9;
  pdf.blocks = {block("BURMA: Tier 3", 1, 9.5), block(kProfile)};
  EXPECT_TRUE(yoy::find_narratives(pdf, 2015).empty());
  pdf.blocks[0].font_size = 10.5;  // 1.17 times the body
  EXPECT_EQ(yoy::find_narratives(pdf, 2015).size(), 1u);
}

TEST(TipNarratives, AChapterTitleAcrossThePageEndsTheLastNarrative) {
  PdfText pdf;
  pdf.body_size = 9;
  pdf.blocks = {block("ZIMBABWE: Tier 2 Watch List", 2, 12), block(kProfile),
                block("GLOSSARY OF ACRONYMS", 1, 15, false, true),
                block("The following acronyms appear in the country narratives of this report.")};
  const std::vector<yoy::Narrative> found = yoy::find_narratives(pdf, 2015);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].text.blocks.size(), 2u);
}
