#pragma once
// Writes PDFs shaped like the printed Trafficking in Persons Report (cairo):
// a cover, chapters set in two justified columns with hyphenation at line
// ends, full-width chapter titles, running headers and page numbers, tier
// placement tables. Country narratives are set either under a title across
// the page, or as the printed 2015 report sets them (a stored text copy of its
// country-narratives section: docslib.org/doc/11740033): one after another in
// the columns, each title inside a column beside the other column's text, a
// tier-ranking chart of small labels in each, photographs with italic
// captions and pull quotes between the paragraphs. Tests make every PDF they
// read with it, at test time.
#include <string>
#include <vector>

namespace yoy::test {

struct PdfPiece {
  enum class Kind {
    paragraph,
    heading,
    bullet,
    chart,  // text: the country; "<TEXT> TIER RANKING BY YEAR", axis labels 1 2 2WL 3 and years
    photo,  // a grey box, `text` its caption below it in a small italic face
    quote,  // a pull quote: `text` in a large italic face between two rules
  };
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
  // flow: across: the title across the page in the title font, the columns
  // below it; in_column: the title in bold (11 pt) inside the column where
  // the previous chapter ended, beside the other column's text.
  enum class Title { across, in_column };
  Title title_at = Title::across;
  // in_column: a photograph (with its caption) before the title fills the
  // column so that the title and two lines land at the column's bottom.
  bool near_bottom = false;
  std::string title;         // "BURMA: TIER 3", "INTRODUCTION"
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
  // in_column titles: the column it is in (0 left, 1 right), whether the other
  // column has text at its height, whether it is within four lines of the bottom.
  int title_column = -1;
  bool title_beside_text = false;
  bool title_near_bottom = false;
  int charts = 0, photos = 0, quotes = 0;
};

// Throws std::runtime_error when cairo fails (no fonts, cannot write).
std::vector<PdfChapterPages> write_report_pdf(const PdfReport& report, const std::string& path);

// One page whose text is only pixels (a scan): no text layer.
void write_image_only_pdf(const std::string& path, int pages);

// A hostile PDF written byte by byte (issue 21's reproducer): `pages` pages
// that all draw one shared content stream of `text_objects` text objects
// ("BT /F1 8 Tf x y Td (w17) Tj ET", each one word at its own place, 3 to 4
// characters: `word_chars` says how many in all). Small on disk, much work.
void write_shared_content_pdf(const std::string& path, int pages, int text_objects,
                              std::size_t* word_chars = nullptr);

}  // namespace yoy::test
