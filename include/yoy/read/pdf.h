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
};

struct PdfText {
  int pages = 0;
  double body_size = 0;  // the most common font size: body text
  std::vector<PdfBlock> blocks;
};

struct PdfOptions {
  unsigned threads = 2;  // pages are extracted in parallel, one poppler document each
  // Called on the calling thread as pages are read: (pages done, total).
  std::function<void(int, int)> progress;
};

// Throws InputError with one line naming `where`: not a PDF, encrypted (needs
// a password), damaged or truncated, no pages, no text layer (scanned: OCR it).
// poppler's own messages never reach stderr.
PdfText read_pdf(std::string_view bytes, std::string_view where, const PdfOptions& options = {});

// All blocks as one CleanText (headings, paragraphs, list items).
CleanText pdf_clean_text(const PdfText& text);

}  // namespace yoy
