// Running heads and page numbers (read/pdf_chrome: drop_chrome,
// slots_by_position) on pages built here, with the generated reports'
// geometry (support/pdf_maker: heads at 38 pt in 7 pt, page numbers at 758 pt,
// body from 74 pt). The 2015 report heads both pages of a spread differently:
// its text copy opens "COUNTRY NARRATIVES COUNTRY COUNTRY NARRATIVES", then a
// page number, 63 (docslib.org/doc/11740033).
#include <gtest/gtest.h>

#include "read/pdf_internal.h"

using yoy::pdf::Line;
using yoy::pdf::Page;

namespace {

Line line(std::string text, double x0, double y, double size = 8.5) {
  Line l;
  l.text = std::move(text);
  l.x0 = x0, l.x1 = x0 + 5 * l.text.size(), l.y0 = y, l.y1 = y + size * 1.1;
  l.size = size;
  l.chars = l.text.size();
  return l;
}

// Body text unlike on every line of every page (digits would not do: chrome
// is recognised with its digits folded).
std::string body(int page, int line) {
  std::string word;
  for (int v = page * 100 + line; v > 0; v /= 26) word += static_cast<char>('a' + v % 26);
  return "the government reported " + word;
}

// A page with head `head` (none when empty), 30 body lines, and its number.
Page page(int number, const std::string& head, bool numbered = true) {
  Page p;
  p.number = number;
  p.width = 612, p.height = 792;
  if (!head.empty()) p.lines.push_back(line(head, number % 2 ? 400 : 54, 38, 7));
  for (int i = 0; i < 30; ++i) p.lines.push_back(line(body(number, i), 54, 74 + 11 * i));
  if (numbered) p.lines.push_back(line(std::to_string(number), number % 2 ? 550 : 54, 758, 7));
  return p;
}

bool has(const Page& p, const std::string& text) {
  for (const Line& l : p.lines)
    if (l.text == text) return true;
  return false;
}

}  // namespace

TEST(PdfChrome, RepeatedHeadsAndPageNumbersGoAndTheBodyStays) {
  std::vector<Page> pages;
  for (int n = 1; n <= 6; ++n) pages.push_back(page(n, "TRAFFICKING IN PERSONS REPORT"));
  yoy::pdf::drop_chrome(pages);
  for (const Page& p : pages) {
    EXPECT_EQ(p.lines.size(), 30u) << p.number;
    EXPECT_FALSE(has(p, "TRAFFICKING IN PERSONS REPORT"));
    EXPECT_FALSE(has(p, std::to_string(p.number)));
    EXPECT_TRUE(has(p, body(p.number, 0)));
    EXPECT_TRUE(has(p, body(p.number, 29)));
  }
}

TEST(PdfChrome, AVaryingHeadInTheSlotOfARepeatedOneGoesToo) {
  // Even pages the report's name, odd pages the narrative's country.
  std::vector<Page> pages;
  const char* countries[] = {"BURMA", "CHAD", "CUBA"};
  for (int n = 1; n <= 6; ++n)
    pages.push_back(page(n, n % 2 ? countries[n / 2] : "TRAFFICKING IN PERSONS REPORT"));
  yoy::pdf::drop_chrome(pages);
  for (const Page& p : pages) EXPECT_EQ(p.lines.size(), 30u) << p.lines.front().text;
}

TEST(PdfChrome, HeadsThatDifferOnEveryPageAreFoundByTheirPlace) {
  // No head's text repeats: a country name on each page, as a short PDF of a
  // few narratives has; their place (first row, in the margin, set apart
  // from the text) and face recur.
  std::vector<Page> pages;
  const char* heads[] = {"AFGHANISTAN", "ALBANIA", "ALGERIA", "ANGOLA", "ARGENTINA", "ARMENIA"};
  for (int n = 1; n <= 6; ++n) pages.push_back(page(n, heads[n - 1]));
  const auto slots = yoy::pdf::slots_by_position(pages, 3);
  ASSERT_FALSE(slots.empty());
  bool head_slot = false;
  for (const auto& [y, size] : slots) head_slot = head_slot || (y == 38 && size == 7);
  EXPECT_TRUE(head_slot);
  // Below the threshold: not a slot.
  EXPECT_TRUE(yoy::pdf::slots_by_position({pages[0], pages[1]}, 3).empty());
  yoy::pdf::drop_chrome(pages);
  for (const Page& p : pages) {
    EXPECT_EQ(p.lines.size(), 30u) << p.number;
    EXPECT_EQ(p.lines.front().text, body(p.number, 0));
  }
}

TEST(PdfChrome, TheFirstBodyLineOfAPageWithoutHeadIsNoSlot) {
  // The first row of every page is body text at the usual pitch: not set
  // apart, so never taken for a head, though it recurs at one height.
  std::vector<Page> pages;
  for (int n = 1; n <= 6; ++n) pages.push_back(page(n, "", false));
  EXPECT_TRUE(yoy::pdf::slots_by_position(pages, 2).empty());
  yoy::pdf::drop_chrome(pages);
  for (const Page& p : pages) EXPECT_EQ(p.lines.size(), 30u);
}
