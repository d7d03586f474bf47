// yoy check --format github on the constructed pair (tests/fixtures/constructed: tip 2024 and the
// 2025 seed): annotations name the report's file in the archive; the job summary goes to
// $GITHUB_STEP_SUMMARY.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "support/command_runner.h"
#include "support/scratch_dir.h"

namespace {

using yoy::test::run_command;

TEST(CheckCommand, GithubAnnotationsAndStepSummary) {
  yoy::test::ScratchDir dir;
  const std::string archive = dir / "archive";
  auto ingest = run_command({YOY_EXE, "-q", "--archive", archive, "ingest",
                             std::string(YOY_SOURCE_DIR) + "/tests/fixtures/constructed"});
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  const std::string summary = dir / "step-summary.md";
  { std::ofstream(summary) << "earlier step\n"; }
  auto check = run_command({YOY_EXE, "--archive", archive, "check", "2024", "2025", "--format",
                            "github", "--max-annotations", "1"},
                           {"GITHUB_STEP_SUMMARY=" + summary});
  EXPECT_EQ(check.exit_code, 1) << check.err;
  EXPECT_EQ(check.out.rfind("::error file=tip/2025/north-korea.txt,title=yoy tier-downgrade", 0),
            0u)
      << check.out;
  EXPECT_NE(check.out.find("more findings not shown as annotations"), std::string::npos);
  std::ifstream in(summary);
  std::stringstream text;
  text << in.rdbuf();
  EXPECT_EQ(text.str().rfind("earlier step\n## yoy check tip/2024 → tip/2025", 0), 0u)
      << text.str();
  EXPECT_NE(text.str().find("| tier-downgrade | error | 1 |"), std::string::npos);
  // Without the variable nothing is written; an unwritable one is exit 2 with one line.
  auto unwritable =
      run_command({YOY_EXE, "--archive", archive, "check", "2024", "2025", "--format", "github"},
                  {"GITHUB_STEP_SUMMARY=" + (dir / "no-such-dir/summary.md")});
  EXPECT_EQ(unwritable.exit_code, 2);
  EXPECT_NE(unwritable.err.find("GITHUB_STEP_SUMMARY"), std::string::npos) << unwritable.err;
  auto text_format = run_command({YOY_EXE, "--archive", archive, "check", "2024", "2025"});
  EXPECT_NE(text_format.out.find("tier-downgrade: 1 error\n"), std::string::npos)
      << text_format.out;
}

}  // namespace
