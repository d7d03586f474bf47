#pragma once
// An archive of the constructed pair (tests/fixtures/constructed: tip 2024 and the 2025 seed) in a
// scratch directory, made with the built yoy, for tests of the command line.
#include <string>

#include "support/scratch_dir.h"

namespace yoy::test {

class CorpusArchive {
 public:
  CorpusArchive();  // ingests the constructed pair; ok() says whether it worked
  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  std::string archive() const { return dir_ / "archive"; }
  std::string operator/(const std::string& relative) const { return dir_ / relative; }
  const ScratchDir& dir() const { return dir_; }

 private:
  ScratchDir dir_;
  std::string error_;
};

std::string corpus_file(int year);  // tests/fixtures/constructed/tip/<year>/north-korea.txt

}  // namespace yoy::test
