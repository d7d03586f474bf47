// Ingesting one edition of 200 reports of ~30 KB each into a fresh archive
// (target: under a second in Release on a 2-core machine).
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "yoy/archive/archive.h"
#include "yoy/util/files.h"

namespace fs = std::filesystem;

namespace {

// Paragraphs of the shipped 2025 North Korea narrative.
std::vector<std::string> seed_paragraphs() {
  std::string text = yoy::read_file(YOY_SOURCE_DIR "/corpus/tip/2025/north-korea.txt", 1u << 20);
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find("\n\n", start);
    if (end == std::string::npos) end = text.size();
    if (end > start) out.push_back(text.substr(start, end - start));
    start = end + 2;
  }
  return out;
}

// Report i: the seed's paragraphs rotated by i, with numbered statistics, until ~30 KB.
yoy::Edition make_edition(int reports, std::size_t bytes_each) {
  const std::vector<std::string> paragraphs = seed_paragraphs();
  yoy::Edition edition;
  edition.series = "tip";
  edition.year = 2025;
  for (int i = 0; i < reports; ++i) {
    yoy::EditionFile file;
    file.id = "country-" + std::to_string(i);
    file.extension = "txt";
    file.source = file.id + ".txt";
    file.bytes = "2025 Trafficking in Persons Report: Country " + std::to_string(i) + "\n\n";
    for (std::size_t k = 0; file.bytes.size() < bytes_each; ++k) {
      file.bytes += paragraphs[(k + static_cast<std::size_t>(i)) % paragraphs.size()];
      file.bytes +=
          " An estimated " + std::to_string(1000 * i + static_cast<int>(k)) + " persons.\n\n";
    }
    edition.files.push_back(std::move(file));
  }
  return edition;
}

void BM_Ingest200Reports(benchmark::State& state) {
  const yoy::Edition edition = make_edition(200, 30 * 1024);
  const fs::path base =
      fs::temp_directory_path() / ("yoy-ingest-bench-" + std::to_string(::getpid()));
  int run = 0;
  for (auto _ : state) {
    const fs::path dir = base / std::to_string(run++);
    yoy::Archive archive = yoy::Archive::open(dir.string(), true);
    yoy::IngestResult result = archive.ingest(edition);
    if (result.added != 200) state.SkipWithError("not every report was added");
    state.PauseTiming();
    fs::remove_all(dir);
    state.ResumeTiming();
  }
  fs::remove_all(base);
  state.SetBytesProcessed(state.iterations() * 200 * 30 * 1024);
}
BENCHMARK(BM_Ingest200Reports)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(5);

}  // namespace
