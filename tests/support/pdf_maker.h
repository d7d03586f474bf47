#pragma once
// Writes PDFs shaped like the printed Trafficking in Persons Report (cairo):
// a cover, chapters set in two justified columns with hyphenation at line
// ends, full-width chapter titles, running headers and page numbers, tier
// placement tables. Tests make every PDF they read with it, at test time.
#include <string>
#include <vector>

namespace yoy::test {

struct PdfPiece {
  enum class Kind { paragraph, heading, bullet };
  Kind kind = Kind::paragraph;
  std::string text;
  bool column_break_before = false;  // start it at the top of the next column
};

struct PdfChapter {
  enum class Kind {
    flow,       // title across the page, then pieces in two columns
    tier_list,  // title, tier headings over four columns of names, then a country/tier table
    filler,     // `filler_pages` pages holding only the running header and page number
  };
  Kind kind = Kind::flow;
  std::string title;         // full width, title font ("BURMA: TIER 3", "INTRODUCTION")
  std::string running_head;  // header of odd pages while it runs ("" = the report's name)
  std::vector<PdfPiece> pieces;
  bool new_page = false;  // starts on a fresh page instead of below the previous chapter
  // tier_list: {"TIER 1", {"ARGENTINA", ...}}, ...; table rows {name, tier}
  std::vector<std::pair<std::string, std::vector<std::string>>> tiers;
  std::vector<std::pair<std::string, std::string>> table;
  int filler_pages = 0;
};

struct PdfReport {
  std::string cover_title = "2025 TRAFFICKING IN PERSONS REPORT";  // page 1 (no header); "" = none
  std::vector<PdfChapter> chapters;
  bool ligatures = true;     // "fi", "fl" drawn as the ligature glyphs U+FB01, U+FB02
  bool soft_hyphens = true;  // every third hyphenation break drawn as U+00AD
};

// Where each chapter landed (1-based pages), for tests to check page ranges.
struct PdfChapterPages {
  std::string title;
  int first_page = 0, last_page = 0;
  int column_top_headings = 0;  // headings set at the top of a column
  int hyphenated_breaks = 0;    // line ends inside a word
};

// Throws std::runtime_error when cairo fails (no fonts, cannot write).
std::vector<PdfChapterPages> write_report_pdf(const PdfReport& report, const std::string& path);

// One page whose text is only pixels (a scan): no text layer.
void write_image_only_pdf(const std::string& path, int pages);

}  // namespace yoy::test
