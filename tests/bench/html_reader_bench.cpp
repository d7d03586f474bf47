// Throughput of the HTML reader: the seed narrative page, and a page of many
// country narratives (the size of a whole report saved as one page).
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>

#include "yoy/read/html.h"

namespace {

std::string fixture() {
  std::ifstream in(std::string(YOY_SOURCE_DIR) + "/tests/fixtures/html/2025-north-korea.html",
                   std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void BM_ReadHtmlSeedPage(benchmark::State& state) {
  const std::string page = fixture();
  for (auto _ : state) benchmark::DoNotOptimize(yoy::read_html(page, "seed.html"));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * page.size()));
}
BENCHMARK(BM_ReadHtmlSeedPage)->Unit(benchmark::kMillisecond);

// About 190 narratives' worth of body in one page (~3.5 MB).
void BM_ReadHtmlWholeReport(benchmark::State& state) {
  const std::string page = fixture();
  const std::size_t body_begin = page.find("<main");
  const std::size_t body_end = page.find("</main>");
  std::string big = page.substr(0, body_end);
  const std::string body = page.substr(body_begin, body_end - body_begin);
  for (int i = 0; i < 190; ++i) big += body + "</main>";
  big += page.substr(body_end);
  for (auto _ : state) benchmark::DoNotOptimize(yoy::read_html(big, "report.html"));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * big.size()));
}
BENCHMARK(BM_ReadHtmlWholeReport)->Unit(benchmark::kMillisecond);

}  // namespace
