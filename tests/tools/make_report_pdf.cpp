// make_report_pdf YEAR OUT.pdf [in-column]: the sample report of the PDF tests
// (front matter, the corpus's North Korea narrative of YEAR and the
// constructed narratives of tests/fixtures/pdf/, back matter), for trying
// `yoy split`; in-column sets the narratives as the 2015 report does (titles
// inside the columns, tier charts, a photograph, a pull quote).
#include <cstdio>
#include <exception>
#include <string>

#include "support/pdf_samples.h"

int main(int argc, char** argv) {
  const bool columns = argc == 4 && std::string(argv[3]) == "in-column";
  if (argc != 3 && !columns) {
    std::fprintf(stderr,
                 "usage: make_report_pdf YEAR|one OUT.pdf [in-column]  (YEAR: 2024 or 2025; "
                 "one: a single narrative)\n");
    return 2;
  }
  try {
    // "one": the North Korea narrative alone, as a country's chapter PDF.
    const bool one = std::string(argv[1]) == "one";
    const int year = one ? 2025 : std::stoi(argv[1]);
    yoy::test::PdfReport report =
        columns ? yoy::test::sample_report(yoy::test::in_column_narratives(year), year,
                                           yoy::test::Layout::in_column)
                : yoy::test::sample_report(yoy::test::sample_narratives(year), year);
    if (one) {
      report = {};
      report.cover_title = "";
      report.chapters.push_back(
          yoy::test::narrative_chapter(yoy::test::sample_narratives(year)[2]));
    }
    const auto pages = yoy::test::write_report_pdf(report, argv[2]);
    for (const auto& p : pages)
      std::printf("%-50s pages %d-%d\n", p.title.c_str(), p.first_page, p.last_page);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "make_report_pdf: %s\n", e.what());
    return 2;
  }
  return 0;
}
