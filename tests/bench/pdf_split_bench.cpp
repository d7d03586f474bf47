// Splitting a 600-page report PDF (typeset once, before timing): poppler
// extraction on 2 threads, chrome, layout, paragraphs, narratives.
#include <benchmark/benchmark.h>

#include <cstdio>

#include "support/pdf_samples.h"
#include "support/scratch_dir.h"
#include "yoy/parse/tip_narratives.h"
#include "yoy/read/pdf.h"
#include "yoy/util/files.h"

namespace {

const std::string& report_600() {
  static yoy::test::ScratchDir dir;
  static const std::string bytes = [] {
    const yoy::test::PdfReport report = yoy::test::real_size_report(yoy::test::Layout::across);
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
