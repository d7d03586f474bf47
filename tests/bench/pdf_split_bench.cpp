// Splitting a 600-page report PDF (typeset once, before timing): poppler
// extraction on 2 threads, chrome, layout, paragraphs, narratives.
#include <benchmark/benchmark.h>

#include <cstdio>

#include "support/pdf_samples.h"
#include "support/scratch_dir.h"
#include "support/tip_reports.h"
#include "yoy/parse/tip_narratives.h"
#include "yoy/read/pdf.h"
#include "yoy/util/files.h"

namespace {

const std::string& report_600() {
  static yoy::test::ScratchDir dir;
  static const std::string bytes = [] {
    const auto inputs = yoy::test::sample_narratives(2025);
    yoy::test::PdfReport report = yoy::test::sample_report(inputs, 2025);
    // More narratives: the North Korea one under other (made-up) country names.
    const std::string nk = inputs[2].text;
    for (int i = 0; report.chapters.size() < 240; ++i) {
      const std::string name =
          std::string("LAND ") + static_cast<char>('A' + i / 26) + static_cast<char>('A' + i % 26);
      yoy::test::SampleNarrative n{
          yoy::test::replace_all(nk, "KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF (Tier 3)",
                                 name + " (Tier 3)"),
          yoy::test::TitleForm::colon_caps, ""};
      report.chapters.insert(report.chapters.end() - 1, yoy::test::narrative_chapter(n));
    }
    const std::string path = dir / "report.pdf";
    const auto pages = yoy::test::write_report_pdf(report, path);
    std::fprintf(stderr, "pdf_split_bench: %d pages\n", pages.back().last_page);
    return yoy::read_file(path, 1u << 30);
  }();
  return bytes;
}

void split(benchmark::State& state) {
  const std::string& bytes = report_600();
  yoy::PdfOptions options;
  options.threads = static_cast<unsigned>(state.range(0));
  for (auto _ : state) {
    const yoy::PdfText pdf = yoy::read_pdf(bytes, "report.pdf", options);
    benchmark::DoNotOptimize(yoy::find_narratives(pdf, 2025).size());
    state.counters["pages"] = pdf.pages;
  }
}
BENCHMARK(split)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(2);

}  // namespace
