// Parsing the seed narrative end to end (target: well under 1 ms of CPU in Release).
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

#include "yoy/normalize/normalize.h"
#include "yoy/parse/parse.h"
#include "yoy/parse/profiles.h"

namespace {

std::string seed() {
  std::ifstream in(std::string(YOY_SOURCE_DIR) + "/corpus/tip/2025/north-korea.txt",
                   std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void BM_ParseSeed(benchmark::State& state) {
  const std::string bytes = seed();
  yoy::ParseOptions options;
  options.source_path = "corpus/tip/2025/north-korea.txt";
  for (auto _ : state) benchmark::DoNotOptimize(yoy::parse_document(bytes, options));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes.size()));
}
BENCHMARK(BM_ParseSeed);

void BM_NormalizeSeed(benchmark::State& state) {
  const std::string bytes = seed();
  for (auto _ : state) benchmark::DoNotOptimize(yoy::normalize_text(bytes));
}
BENCHMARK(BM_NormalizeSeed);

void BM_TipProfileSeed(benchmark::State& state) {
  const yoy::CleanText clean = yoy::normalize_text(seed());
  for (auto _ : state) benchmark::DoNotOptimize(yoy::parse_tip(clean));
}
BENCHMARK(BM_TipProfileSeed);

}  // namespace
