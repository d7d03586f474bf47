// What is set apart from the running text (read/pdf_paragraphs: aside_lines,
// make_blocks): the 2015 report's tier-ranking chart, whose labels its text
// layer gives as "AFGHANISTAN TIER RANKING BY YEAR 1 2 2WL 3 2008 2009 2010
// 2 011 ...", its photographs' captions ("Maisie, a survivor of sex
// trafficking, tells her story at a faith-based women's shelter in the United
// States."), pull quotes (docslib.org/doc/11740033). Lines built here, in
// the generated reports' geometry (one column 54–297, body 8.5 pt, 11 pt pitch).
#include <gtest/gtest.h>

#include "read/pdf_internal.h"

using yoy::PdfBlock;
using yoy::pdf::Line;

namespace {

struct Setter {
  std::vector<Line> lines;
  double y = 100;

  void add(std::string text, double x1, double size, double pitch, bool italic = false,
           bool bold = false) {
    Line l;
    l.text = std::move(text);
    l.x0 = 54, l.x1 = x1, l.y0 = y, l.y1 = y + size;
    l.size = size;
    l.italic = italic;
    l.bold = bold;
    l.chars = l.text.size();
    l.page = 1, l.column = 0, l.left = 54, l.right = 297;
    lines.push_back(l);
    y += pitch;
  }
  void body(std::string text, bool last = false) {
    add(std::move(text), last ? 200 : 297, 8.5, 11);
  }
  void gap(double h) { y += h; }
};

std::vector<PdfBlock> blocks_of(const std::vector<Line>& lines) {
  const yoy::pdf::Hyphens h(lines);
  return yoy::pdf::make_blocks(lines, 8.5, h);
}

}  // namespace

TEST(PdfParagraphs, AChartsLabelsAreAnAsideAndNoneOfTheText) {
  Setter s;
  s.body("Afghanistan is a source, transit, and destination country for men,");
  s.body("women, and children subjected to forced labor and sex trafficking.", true);
  s.gap(8);
  s.add("AFGHANISTAN TIER RANKING BY YEAR", 180, 6.5, 11, false, true);
  for (const char* label : {"1", "2", "2WL", "3"}) s.add(label, 60, 6, 9);
  s.add("2008 2009 2010 2 011 2012 2013 2014 2015", 280, 6, 9);
  s.gap(8);
  s.body("Internal trafficking is more prevalent than transnational trafficking.", true);
  const std::vector<bool> aside = yoy::pdf::aside_lines(s.lines, 8.5);
  ASSERT_EQ(aside.size(), 9u);
  for (std::size_t i = 0; i < aside.size(); ++i)
    EXPECT_EQ(aside[i], i >= 2 && i <= 7) << s.lines[i].text;
  const std::vector<PdfBlock> blocks = blocks_of(s.lines);
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_FALSE(blocks[0].aside);
  EXPECT_EQ(blocks[0].block.text,
            "Afghanistan is a source, transit, and destination country for men, women, and "
            "children subjected to forced labor and sex trafficking.");
  EXPECT_TRUE(blocks[1].aside);
  EXPECT_EQ(blocks[1].block.text,
            "AFGHANISTAN TIER RANKING BY YEAR 1 2 2WL 3 2008 2009 2010 2 011 2012 2013 2014 2015");
  EXPECT_EQ(blocks[1].block.heading_level, 0);  // a chart's bold title is no heading
  EXPECT_FALSE(blocks[2].aside);
}

TEST(PdfParagraphs, ACaptionSetApartInASmallItalicFaceIsAnAside) {
  Setter s;
  s.body("The government did not develop or employ systematic procedures for the", false);
  s.body("identification and referral of victims to protective services.", true);
  s.gap(90);  // the photograph
  s.add("Maisie, a survivor of sex trafficking, tells her story at a", 290, 7, 9, true);
  s.add("faith-based women's shelter in the United States.", 250, 7, 9, true);
  s.gap(10);
  s.body("Cease the penalization of victims for offenses committed as a direct", false);
  s.body("result of being subjected to trafficking.", true);
  const std::vector<PdfBlock> blocks = blocks_of(s.lines);
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_TRUE(blocks[1].aside);
  EXPECT_EQ(blocks[1].block.text,
            "Maisie, a survivor of sex trafficking, tells her story at a faith-based women's "
            "shelter in the United States.");
  EXPECT_FALSE(blocks[0].aside);
  EXPECT_FALSE(blocks[2].aside);
}

TEST(PdfParagraphs, APullQuoteSetApartInALargeItalicFaceIsAnAsideNotAHeading) {
  Setter s;
  s.body("Afghanistan is a source, transit, and destination country for men,");
  s.body("women, and children subjected to forced labor.", true);
  s.gap(14);
  s.add("Afghanistan is a source, transit, and destination", 280, 10.5, 13, true);
  s.add("country for men, women, and children.", 240, 10.5, 13, true);
  s.gap(14);
  s.body("Internal trafficking is more prevalent than transnational trafficking.", true);
  const std::vector<PdfBlock> blocks = blocks_of(s.lines);
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_TRUE(blocks[1].aside);
  EXPECT_EQ(blocks[1].block.heading_level, 0);
  for (const PdfBlock& b : blocks) EXPECT_EQ(b.block.heading_level, 0) << b.block.text;
}

TEST(PdfParagraphs, AnItalicLineInsideAParagraphIsText) {
  // A law's name in italics that fills one line of the paragraph: no gap
  // sets it apart, so it stays in the paragraph.
  Setter s;
  s.body("The government prosecuted traffickers under the");
  s.add("Law Countering Abduction and Human Trafficking and", 297, 8.5, 11, true);
  s.body("the penal code, which criminalize sex and labor trafficking.", true);
  const std::vector<bool> aside = yoy::pdf::aside_lines(s.lines, 8.5);
  EXPECT_EQ(aside, std::vector<bool>(3, false));
  const std::vector<PdfBlock> blocks = blocks_of(s.lines);
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_EQ(blocks[0].block.text,
            "The government prosecuted traffickers under the Law Countering Abduction and Human "
            "Trafficking and the penal code, which criminalize sex and labor trafficking.");
}
