#pragma once
// PDF reader: a report as published (text layer with positions, through
// poppler) → the report's paragraphs and headings in reading order, without
// running headers, footers or page numbers, with words hyphenated at line
// ends rejoined. Produces the CleanText the HTML and text readers produce.
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "yoy/normalize/normalize.h"

namespace yoy {

// A PDF report may be large (photos); this is its default size limit.
inline constexpr std::size_t kDefaultMaxPdfBytes = std::size_t{1} << 30;

// Does this look like a PDF file ("%PDF-" at its start)?
bool is_pdf(std::string_view bytes);

struct PdfBlock {
  TextBlock block;  // text, heading_level, list_item (span stays empty: pages say where)
  int first_page = 0, last_page = 0;  // 1-based
  bool full_width = false;            // set across the page's columns (titles)
  double font_size = 0;               // of its first line, in points
  bool bold = false;
  // Set apart from the running text in a smaller or an italic face: a
  // photograph's caption, a chart's title and axis labels, a pull quote, a
  // sidebar. Kept here, left out of pdf_clean_text and of narratives.
  bool aside = false;
};

struct PdfText {
  int pages = 0;
  double body_size = 0;  // the most common font size: body text
  std::vector<PdfBlock> blocks;
  // What poppler built: words (its text boxes), their characters, and the
  // most words on one page; PdfLimits bounds each.
  std::size_t words = 0, glyphs = 0, most_words_on_a_page = 0;
};

// Bounds on the work a PDF may cost, by what is built: a 330 KB file can
// declare thousands of pages that share one content stream of thousands of
// text objects. A printed report is far below each (the 2015 TIP Report:
// 384 pages; a dense page of two columns holds about 1,100 words); beyond
// one, reading stops there with one line.
struct PdfLimits {
  int max_pages = 5000;
  std::size_t max_words_per_page = 4000;
  std::size_t max_words = 1'500'000;
  std::size_t max_glyphs = 10'000'000;
};

struct PdfOptions {
  unsigned threads = 2;  // pages are extracted in parallel, one poppler document each
  // Called on the calling thread as pages are read: (pages done, total).
  std::function<void(int, int)> progress;
  PdfLimits limits;
};

// Throws InputError with one line naming `where`: not a PDF, encrypted (needs
// a password), damaged or truncated, no pages, no text layer (scanned: OCR it),
// beyond a PdfLimits bound (said as soon as it is crossed).
// poppler's own messages never reach stderr.
PdfText read_pdf(std::string_view bytes, std::string_view where, const PdfOptions& options = {});

// The running text as one CleanText (headings, paragraphs, list items; no aside).
CleanText pdf_clean_text(const PdfText& text);

}  // namespace yoy
