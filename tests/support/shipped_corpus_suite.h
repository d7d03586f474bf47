#pragma once
// A test suite whose tests share one archive of the shipped corpus/ (real TIP
// copies, 2008–2025), ingested once with the built yoy; each suite (Derived)
// has its own. For tests of the command line (YOY_EXE, YOY_SOURCE_DIR).
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "support/command_runner.h"
#include "support/scratch_dir.h"

namespace yoy::test {

template <typename Derived>
class ShippedCorpusSuite : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = std::make_unique<ScratchDir>();
    const CommandResult r = run_command(
        {YOY_EXE, "-q", "--archive", archive(), "ingest", std::string(YOY_SOURCE_DIR) + "/corpus"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  static void TearDownTestSuite() { dir_.reset(); }
  static std::string archive() { return *dir_ / "corpus.yoy"; }

 private:
  inline static std::unique_ptr<ScratchDir> dir_;
};

}  // namespace yoy::test
