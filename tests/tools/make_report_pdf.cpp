// make_report_pdf YEAR OUT.pdf: the sample report of the PDF tests (front
// matter, the corpus's North Korea narrative of YEAR and the constructed
// narratives of tests/fixtures/pdf/, back matter), for trying `yoy split`.
#include <cstdio>
#include <exception>
#include <string>

#include "support/pdf_samples.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: make_report_pdf YEAR OUT.pdf  (YEAR: 2024 or 2025)\n");
    return 2;
  }
  try {
    const int year = std::stoi(argv[1]);
    const auto pages = yoy::test::write_report_pdf(
        yoy::test::sample_report(yoy::test::sample_narratives(year), year), argv[2]);
    for (const auto& p : pages)
      std::printf("%-50s pages %d-%d\n", p.title.c_str(), p.first_page, p.last_page);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "make_report_pdf: %s\n", e.what());
    return 2;
  }
  return 0;
}
