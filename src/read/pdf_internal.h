#pragma once
// What the PDF reader's stages hand each other: words and lines with their
// positions, pages, and the decisions of each stage. Private to src/read/.
#include <string>
#include <string_view>
#include <vector>

#include "yoy/read/pdf.h"

namespace yoy::pdf {

// One word as poppler places it. Points; y grows down from the page top.
struct Word {
  std::string text;  // UTF-8, ligatures folded
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double size = 0;  // font size
  bool bold = false;
  bool italic = false;
  bool space_after = true;
};

// Words on one baseline without a wide gap between them: a line of a column,
// a title, a table cell.
struct Line {
  std::string text;
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double size = 0;      // font size of most of its characters
  bool bold = false;    // (almost) every word in a bold face
  bool italic = false;  // (almost) every word in an italic face
  std::size_t chars = 0;
  // Set by the layout stage:
  int page = 0;                // 1-based
  int column = 0;              // left to right; -1 when the line spans the columns
  int band = 0;                // bands are cut by lines that span the columns
  double left = 0, right = 0;  // edges of the line's column (or of the text, when spanning)
};

struct Page {
  int number = 0;  // 1-based
  double width = 0, height = 0;
  std::vector<Line> lines;
};

// What extraction built, for PdfText's counts.
struct Extracted {
  std::vector<Page> pages;
  std::size_t words = 0, glyphs = 0, most_words_on_a_page = 0;
};

// pdf_document.cpp: poppler → pages of positioned lines (threads, errors),
// stopping at the first PdfLimits bound crossed.
Extracted extract_pages(std::string_view bytes, std::string_view where, const PdfOptions& options);

// pdf_lines.cpp: a page's words → lines (same baseline, no gap wider than a column gutter).
std::vector<Line> group_lines(std::vector<Word> words);

// pdf_glyphs.cpp: ligatures (U+FB00..FB06) as their letters; soft hyphens
// dropped inside a word and kept at its end, where they mark a line-end break.
std::string fold_glyphs(std::string_view utf8);
bool is_bold_font(std::string_view font_name);
bool is_italic_font(std::string_view font_name);

// pdf_chrome.cpp: removes running headers, footers and page numbers (lines
// repeated at the same height on many pages, digits aside).
void drop_chrome(std::vector<Page>& pages);
// The slots (height, font size) of running heads found by position alone: the
// first or last row of at least `threshold` pages, in the margin, set apart
// from the text.
std::vector<std::pair<double, double>> slots_by_position(const std::vector<Page>& pages,
                                                         int threshold);

// pdf_layout.cpp: columns, full-width lines and bands of each page; returns
// every line of the document in reading order with its layout fields set.
std::vector<Line> reading_order(std::vector<Page>& pages);

// pdf_hyphens.cpp: is a word hyphenated across a line break a compound
// ("state-sponsored") or one word ("traf-ficking")? Decided by the document's
// own words first, then by a list of common English words.
class Hyphens {
 public:
  explicit Hyphens(const std::vector<Line>& lines);
  // head: the line's last word without its hyphen; tail: the next line's first word.
  bool keep(std::string_view head, std::string_view tail) const;

 private:
  std::vector<std::pair<std::string, int>> joined_, compound_;  // sorted (word, count)
  int count(const std::vector<std::pair<std::string, int>>& table, std::string_view w) const;
};
bool is_english_word(std::string_view lower);

// pdf_paragraphs.cpp: which lines are asides: a face smaller than
// kAsideSize × the body's (chart labels, captions, sidebars), or italic lines
// set apart from the text around them by wider gaps (captions, pull quotes).
inline constexpr double kAsideSize = 0.85;
std::vector<bool> aside_lines(const std::vector<Line>& lines, double body_size);

// pdf_paragraphs.cpp: lines in reading order → paragraphs, list items and
// headings (from font size, weight and case), asides as blocks of their own.
std::vector<PdfBlock> make_blocks(const std::vector<Line>& lines, double body_size,
                                  const Hyphens& hyphens);

}  // namespace yoy::pdf
