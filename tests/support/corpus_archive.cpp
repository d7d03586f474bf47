#include "support/corpus_archive.h"

#include "support/command_runner.h"

namespace yoy::test {

CorpusArchive::CorpusArchive() {
  const CommandResult r =
      run_command({YOY_EXE, "--archive", archive(), "-q", "ingest",
                   std::string(YOY_SOURCE_DIR) + "/tests/fixtures/constructed"});
  if (r.exit_code != 0) error_ = "ingest of tests/fixtures/constructed failed: " + r.err;
}

std::string corpus_file(int year) {
  return std::string(YOY_SOURCE_DIR) + "/tests/fixtures/constructed/tip/" + std::to_string(year) +
         "/north-korea.txt";
}

}  // namespace yoy::test
