#include "factbook_archive.h"

#include <filesystem>
#include <map>
#include <stdexcept>

#include "yoy/archive/archive.h"
#include "yoy/util/files.h"

namespace fs = std::filesystem;

namespace yoy::test {

std::string factbook_corpus() {
  // ../shared beside the checkout; for a git worktree kept one level deeper, beside its parent.
  for (const char* up : {"..", "../.."}) {
    const fs::path corpus = fs::path(YOY_SOURCE_DIR) / up / "shared" / "corpus" / "factbook";
    if (fs::is_directory(corpus)) return corpus.string();
  }
  return "";
}

bool make_factbook_archive(const std::string& archive_dir, const std::vector<std::string>& codes) {
  const std::string corpus = factbook_corpus();
  if (corpus.empty()) return false;
  std::map<int, Edition> editions;
  for (const std::string& code : codes) {
    bool found = false;
    for (const auto& region : fs::directory_iterator(corpus)) {
      const fs::path dir = region.path() / code;
      if (!fs::is_directory(dir)) continue;
      found = true;
      for (const auto& file : fs::directory_iterator(dir)) {
        const int year = std::stoi(file.path().stem().string());
        Edition& edition = editions[year];
        edition.series = "factbook";
        edition.year = year;
        edition.files.push_back(
            {code, "json", read_file(file.path().string(), 64u << 20), file.path().string()});
      }
    }
    if (!found) throw std::runtime_error("no factbook profile '" + code + "' in " + corpus);
  }
  Archive archive = Archive::open(archive_dir, true);
  for (auto& [year, edition] : editions) archive.ingest(edition);
  return true;
}

bool make_factbook_editions(const std::string& archive_dir, const std::vector<int>& years) {
  const std::string corpus = factbook_corpus();
  if (corpus.empty()) return false;
  std::map<int, Edition> editions;
  for (const auto& region : fs::directory_iterator(corpus)) {
    if (!region.is_directory()) continue;
    for (const auto& country : fs::directory_iterator(region.path())) {
      if (!country.is_directory()) continue;
      for (int year : years) {
        const fs::path file = country.path() / (std::to_string(year) + ".json");
        if (!fs::is_regular_file(file)) continue;
        Edition& edition = editions[year];
        edition.series = "factbook";
        edition.year = year;
        edition.files.push_back({country.path().filename().string(), "json",
                                 read_file(file.string(), 64u << 20), file.string()});
      }
    }
  }
  Archive archive = Archive::open(archive_dir, true);
  for (auto& [year, edition] : editions) archive.ingest(edition);
  return true;
}

}  // namespace yoy::test
