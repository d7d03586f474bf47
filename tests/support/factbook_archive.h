#pragma once
// An archive of real World Factbook editions (../shared/corpus/factbook) for
// tests that need many years: a few countries, every year they have.
#include <string>
#include <vector>

namespace yoy::test {

// Where the shared factbook corpus is; "" when it is absent (tests then skip).
std::string factbook_corpus();

// Ingests the profiles of `codes` ("kn", "bm") for every year into a new archive
// at `archive_dir` (series "factbook"). Returns false when the corpus is absent.
bool make_factbook_archive(const std::string& archive_dir, const std::vector<std::string>& codes);

// Ingests every profile of the editions `years` (2024, 2025: all 175 reports of
// each) into a new archive at `archive_dir`. Returns false when the corpus is absent.
bool make_factbook_editions(const std::string& archive_dir, const std::vector<int>& years);

}  // namespace yoy::test
