// yoy check --format github on the constructed pair (tests/fixtures/constructed: tip 2024 and the
// 2025 seed): annotations name the report's file in the archive; the job summary goes to
// $GITHUB_STEP_SUMMARY.
#include <gtest/gtest.h>

#include <algorithm>
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

namespace {

// A policy file in the scratch dir.
std::string write_policy(const yoy::test::ScratchDir& dir, const std::string& json) {
  const std::string path = dir / "policy.json";
  std::ofstream(path) << json;
  return path;
}

}  // namespace

// A gate never passes because its policy names nothing: a mistyped report id,
// a mistyped rule, a rule with nothing to judge — exit 2, one line, the closest name.
TEST(CheckCommand, APolicyThatNamesNothingIsExit2WithDidYouMean) {
  yoy::test::ScratchDir dir;
  const std::string archive = dir / "archive";
  auto ingest = run_command({YOY_EXE, "-q", "--archive", archive, "ingest",
                             std::string(YOY_SOURCE_DIR) + "/tests/fixtures/constructed"});
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  struct Case {
    const char *policy, *message;
  };
  const Case cases[] = {
      {R"({"rules": [{"rule": "tier-downgrade", "severity": "error", "reports": ["nort-korea"]}]})",
       "rules[0].reports[0]: no report 'nort-korea' in tip/2024 or tip/2025; did you mean "
       "'north-korea'?"},
      {R"({"rules": [{"rule": "tier-dowgrade", "severity": "error"}]})",
       "rules[0].rule: unknown rule 'tier-dowgrade' (known: "},
  };
  for (const Case& c : cases) {
    const std::string policy = write_policy(dir, c.policy);
    auto check =
        run_command({YOY_EXE, "--archive", archive, "check", "2024", "2025", "--policy", policy});
    EXPECT_EQ(check.exit_code, 2) << c.policy << "\n" << check.out;
    EXPECT_EQ(check.out, "");
    EXPECT_NE(check.err.find(c.message), std::string::npos) << check.err;
    EXPECT_EQ(std::count(check.err.begin(), check.err.end(), '\n'), 1) << check.err;
  }
  const std::string typo =
      write_policy(dir, R"({"rules": [{"rule": "tier-dowgrade", "severity": "error"}]})");
  auto check =
      run_command({YOY_EXE, "--archive", archive, "check", "2024", "2025", "--policy", typo});
  EXPECT_NE(check.err.find("did you mean 'tier-downgrade'?"), std::string::npos) << check.err;
  // The right id passes the policy on to a verdict: north-korea was downgraded.
  const std::string right = write_policy(
      dir,
      R"({"rules": [{"rule": "tier-downgrade", "severity": "error", "reports": ["north-korea"]}]})");
  check = run_command({YOY_EXE, "--archive", archive, "check", "2024", "2025", "--policy", right});
  EXPECT_EQ(check.exit_code, 1) << check.err;
}

// --section naming no section of either edition is exit 2 with the closest
// section; one that names an unchanged section is no mistake ("no changes").
TEST(DiffCommand, ASectionNoEditionHasIsExit2WithDidYouMean) {
  yoy::test::ScratchDir dir;
  const std::string archive = dir / "archive";
  auto ingest = run_command({YOY_EXE, "-q", "--archive", archive, "ingest",
                             std::string(YOY_SOURCE_DIR) + "/tests/fixtures/constructed"});
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  auto diff = run_command(
      {YOY_EXE, "--archive", archive, "diff", "2024", "2025", "--section", "prosecuton"});
  EXPECT_EQ(diff.exit_code, 2) << diff.out;
  EXPECT_EQ(diff.err,
            "yoy: --section 'prosecuton': no section of that name in tip/2024 or tip/2025; did "
            "you mean 'prosecution'?\n");
  diff = run_command(
      {YOY_EXE, "--archive", archive, "diff", "2024", "2025", "--section", "nonexistent"});
  EXPECT_EQ(diff.exit_code, 2);
  EXPECT_NE(diff.err.find("--section 'nonexistent': no section of that name"), std::string::npos);
  diff = run_command(
      {YOY_EXE, "--archive", archive, "diff", "2024", "2025", "--section", "Prosecution"});
  EXPECT_EQ(diff.exit_code, 0) << diff.err;
  // Two files compared: the same rule.
  const std::string old_file =
      std::string(YOY_SOURCE_DIR) + "/tests/fixtures/constructed/tip/2024/north-korea.txt";
  const std::string new_file =
      std::string(YOY_SOURCE_DIR) + "/tests/fixtures/constructed/tip/2025/north-korea.txt";
  auto compare = run_command({YOY_EXE, "compare", old_file, new_file, "--section", "nonexistent"});
  EXPECT_EQ(compare.exit_code, 2);
  EXPECT_NE(compare.err.find("--section 'nonexistent': no section of that name in "),
            std::string::npos)
      << compare.err;
}
