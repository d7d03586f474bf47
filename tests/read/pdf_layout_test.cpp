// Columns, bands and reading order (read/pdf_layout: reading_order) on pages
// of positioned lines built here: the geometry of the generated report PDFs
// (support/pdf_maker: letter paper, columns 54–297 and 315–558, body 8.5 pt
// on an 11 pt pitch) and of the 2015 report, whose country titles sit inside
// a column beside the other column's text (a stored text copy of its
// country-narratives section reads "AFGHANISTAN: Tier 2 of human trafficking,
// and the government did not develop ...": docslib.org/doc/11740033).
#include <gtest/gtest.h>

#include "read/pdf_internal.h"

using yoy::pdf::Line;
using yoy::pdf::Page;

namespace {

constexpr double kCol0 = 54, kCol0End = 297, kCol1 = 315, kCol1End = 558;

Line line(std::string text, double x0, double x1, double y, double size = 8.5, bool bold = false) {
  Line l;
  l.text = std::move(text);
  l.x0 = x0, l.x1 = x1, l.y0 = y, l.y1 = y + size * 1.1;
  l.size = size;
  l.bold = bold;
  l.chars = l.text.size();
  return l;
}

// `n` justified body lines of one column from `top`, named "<tag> <i>".
void column(Page& page, const std::string& tag, double x0, double x1, double top, int n) {
  for (int i = 0; i < n; ++i)
    page.lines.push_back(line(tag + " " + std::to_string(i), x0, x1, top + 11 * i));
}

std::vector<std::string> texts(const std::vector<Line>& lines) {
  std::vector<std::string> out;
  for (const Line& l : lines) out.push_back(l.text);
  return out;
}

Page page_of(int number) {
  Page p;
  p.number = number;
  p.width = 612, p.height = 792;
  return p;
}

}  // namespace

TEST(PdfLayout, TwoColumnsAreReadColumnByColumn) {
  std::vector<Page> pages{page_of(1)};
  column(pages[0], "left", kCol0, kCol0End, 72, 20);
  column(pages[0], "right", kCol1, kCol1End, 72, 20);
  const std::vector<Line> lines = yoy::pdf::reading_order(pages);
  ASSERT_EQ(lines.size(), 40u);
  for (int i = 0; i < 20; ++i) {
    EXPECT_EQ(lines[i].text, "left " + std::to_string(i));
    EXPECT_EQ(lines[i].column, 0);
    EXPECT_EQ(lines[20 + i].text, "right " + std::to_string(i));
    EXPECT_EQ(lines[20 + i].column, 1);
    EXPECT_EQ(lines[i].left, kCol0);
    EXPECT_EQ(lines[20 + i].right, kCol1End);
  }
}

TEST(PdfLayout, ATitleInsideAColumnBesideTheOtherColumnsTextStaysInItsColumn) {
  // The 2015 report: the left column ends one narrative and opens the next
  // under its title; the right column's text runs on beside the title.
  std::vector<Page> pages{page_of(63)};
  column(pages[0], "end", kCol0, kCol0End, 72, 10);
  pages[0].lines.push_back(line("AFGHANISTAN: Tier 2", kCol0, 160, 192, 11, true));
  column(pages[0], "start", kCol0, kCol0End, 210, 12);
  column(pages[0], "right", kCol1, kCol1End, 72, 30);
  const std::vector<Line> lines = yoy::pdf::reading_order(pages);
  const std::vector<std::string> order = texts(lines);
  ASSERT_EQ(order.size(), 53u);
  EXPECT_EQ(order[9], "end 9");
  EXPECT_EQ(order[10], "AFGHANISTAN: Tier 2");
  EXPECT_EQ(order[11], "start 0");
  EXPECT_EQ(order[22], "start 11");
  EXPECT_EQ(order[23], "right 0");
  EXPECT_EQ(lines[10].column, 0);
  for (const Line& l : lines) EXPECT_EQ(l.band, 0) << l.text;
}

TEST(PdfLayout, ATitleAcrossThePageCutsTheColumnsIntoBands) {
  // The old layout: a narrative's two balanced columns, the next title across
  // the page (crossing the gutter), then the next narrative's two columns.
  std::vector<Page> pages{page_of(5)};
  column(pages[0], "a-left", kCol0, kCol0End, 72, 8);
  column(pages[0], "a-right", kCol1, kCol1End, 72, 8);
  pages[0].lines.push_back(
      line("KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF: TIER 3", kCol0, 470, 170, 15, true));
  column(pages[0], "b-left", kCol0, kCol0End, 200, 10);
  column(pages[0], "b-right", kCol1, kCol1End, 200, 10);
  const std::vector<std::string> order = texts(yoy::pdf::reading_order(pages));
  ASSERT_EQ(order.size(), 37u);
  EXPECT_EQ(order[7], "a-left 7");
  EXPECT_EQ(order[8], "a-right 0");
  EXPECT_EQ(order[16], "KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF: TIER 3");
  EXPECT_EQ(order[17], "b-left 0");
  EXPECT_EQ(order[27], "b-right 0");
}

TEST(PdfLayout, AShortLargeTitleWithNothingBesideItSpansTheColumns) {
  // "LIBYA (Special Case)" fits in the left column, but nothing stands beside
  // it: it is a title across the page and cuts the bands.
  std::vector<Page> pages{page_of(9)};
  column(pages[0], "a-left", kCol0, kCol0End, 72, 8);
  column(pages[0], "a-right", kCol1, kCol1End, 72, 8);
  pages[0].lines.push_back(line("LIBYA (Special Case)", kCol0, 220, 170, 15, true));
  column(pages[0], "b-left", kCol0, kCol0End, 200, 10);
  column(pages[0], "b-right", kCol1, kCol1End, 200, 10);
  const std::vector<Line> lines = yoy::pdf::reading_order(pages);
  ASSERT_EQ(lines[16].text, "LIBYA (Special Case)");
  EXPECT_EQ(lines[16].column, -1);
  EXPECT_EQ(lines[16].band, 1);
  EXPECT_EQ(lines[17].text, "b-left 0");
  EXPECT_EQ(lines[17].band, 2);
}

TEST(PdfLayout, APageWithoutItsOwnGutterTakesTheDocumentsUsualOne) {
  // A chapter's last page: three lines in the left column, one in the right.
  std::vector<Page> pages{page_of(1), page_of(2)};
  column(pages[0], "full-left", kCol0, kCol0End, 72, 20);
  column(pages[0], "full-right", kCol1, kCol1End, 72, 20);
  column(pages[1], "left", kCol0, kCol0End, 72, 3);
  pages[1].lines.push_back(line("right alone", kCol1, 400, 72));
  const std::vector<Line> lines = yoy::pdf::reading_order(pages);
  ASSERT_EQ(lines.size(), 44u);
  EXPECT_EQ(lines[40].text, "left 0");
  EXPECT_EQ(lines[42].text, "left 2");
  EXPECT_EQ(lines[43].text, "right alone");
  EXPECT_EQ(lines[43].column, 1);
  EXPECT_EQ(lines[43].page, 2);
}

TEST(PdfLayout, ATitleWhoseOtherColumnEndedHigherUpStaysInItsColumn) {
  // The last narratives of a section: the right column holds the end of the
  // text and stops a third of the way down; the next title, lower in the
  // left column, has nothing beside it but starts no band: the left column's
  // text runs right up to it.
  std::vector<Page> pages{page_of(5)};
  column(pages[0], "burma", kCol0, kCol0End, 72, 30);
  pages[0].lines.push_back(line("IRAN: Tier 3", kCol0, 140, 410, 11, true));
  column(pages[0], "iran", kCol0, kCol0End, 428, 25);
  column(pages[0], "iran goes on", kCol1, kCol1End, 72, 12);
  const std::vector<Line> lines = yoy::pdf::reading_order(pages);
  const std::vector<std::string> order = texts(lines);
  ASSERT_EQ(order.size(), 68u);
  EXPECT_EQ(order[29], "burma 29");
  EXPECT_EQ(order[30], "IRAN: Tier 3");
  EXPECT_EQ(lines[30].column, 0);
  EXPECT_EQ(order[31], "iran 0");
  EXPECT_EQ(order[56], "iran goes on 0");
}
