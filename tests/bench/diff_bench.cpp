// Differ speed: two ~50 KB narratives (target < 5 ms CPU in Release) and two
// identical editions of 200 reports in an archive (target < 50 ms: unchanged
// blobs are recognized by object id without parsing).
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "yoy/app/edition_diff.h"
#include "yoy/archive/archive.h"
#include "yoy/diff/diff.h"
#include "yoy/parse/parse.h"

namespace {

std::string seed() {
  std::ifstream in(std::string(YOY_SOURCE_DIR) + "/corpus/tip/2025/north-korea.txt",
                   std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string replace_first(std::string s, const std::string& from, const std::string& to) {
  std::size_t at = s.find(from);
  if (at != std::string::npos) s.replace(at, from.size(), to);
  return s;
}

// The seed's body repeated (each copy a little different) to about 50 KB.
std::string big_narrative(bool edited) {
  const std::string text = seed();
  const std::size_t body = text.find("PRIORITIZED RECOMMENDATIONS:");
  const std::size_t tags = text.find("\nTAGS");
  std::string out = text.substr(0, body);
  for (int copy = 0; copy < 4; ++copy) {
    std::string part = text.substr(body, tags - body);
    // Distinct headings per copy so sections stay apart.
    for (const char* h : {"PRIORITIZED RECOMMENDATIONS:", "PROSECUTION", "PROTECTION", "PREVENTION",
                          "TRAFFICKING PROFILE:"})
      part = replace_first(part, std::string("\n") + h + "\n",
                           std::string("\n") + h + " PART " + std::to_string(copy) + "\n");
    if (copy == 0) part = replace_first(part, "\nPRIORITIZED", "PRIORITIZED");
    if (edited) {
      part =
          replace_first(part, "80,000 to 200,000", "80,000 to 2" + std::to_string(copy) + "0,000");
      part = replace_first(part, "up to 90 percent", "up to 8" + std::to_string(copy) + " percent");
      part = replace_first(part, "Criminalize sex trafficking and labor trafficking.",
                           "Criminalize sex trafficking and all labor trafficking.");
      part =
          replace_first(part, "The government did not report any efforts to prevent trafficking.",
                        "The government did not report any efforts to prevent trafficking. "
                        "Observers noted no improvement.");
    }
    out += part;
  }
  return out + text.substr(tags);
}

yoy::Document parse(const std::string& text) {
  yoy::ParseOptions options;
  options.profile = yoy::Profile::tip;
  return yoy::parse_document(text, options);
}

void BM_Compare50KB(benchmark::State& state) {
  const std::string a = big_narrative(false), b = big_narrative(true);
  const yoy::Document from = parse(a), to = parse(b);
  std::size_t changes = 0;
  for (auto _ : state) {
    yoy::ReportChange r = yoy::diff_documents(&from, &to, yoy::DiffOptions{});
    changes = r.sections.size() + r.statistics.size();
    benchmark::DoNotOptimize(r);
  }
  state.counters["old_bytes"] = static_cast<double>(a.size());
  state.counters["new_bytes"] = static_cast<double>(b.size());
  state.counters["changes"] = static_cast<double>(changes);
}
BENCHMARK(BM_Compare50KB)->Unit(benchmark::kMillisecond);

void BM_IdenticalEditions200(benchmark::State& state) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("yoy-diff-bench-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  {
    yoy::Archive archive = yoy::Archive::open(dir.string(), true);
    const std::string text = seed();
    for (int year : {2024, 2025}) {
      yoy::Edition edition{"tip", year, {}};
      for (int k = 0; k < 200; ++k)
        edition.files.push_back({"report-" + std::to_string(1000 + k), "txt",
                                 text + "\nReport " + std::to_string(k) + ".\n", "bench"});
      archive.ingest(edition);
    }
  }
  yoy::Archive archive = yoy::Archive::open(dir.string(), false);
  const yoy::EditionRef from{"tip", 2024, "tip/2024"}, to{"tip", 2025, "tip/2025"};
  int reports = 0;
  for (auto _ : state) {
    yoy::ChangeSet c = yoy::diff_editions(archive, from, to, {}, yoy::DiffOptions{});
    reports = c.summary.reports;
    benchmark::DoNotOptimize(c);
  }
  state.counters["reports"] = reports;
  fs::remove_all(dir);
}
BENCHMARK(BM_IdenticalEditions200)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
