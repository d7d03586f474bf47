// '-' reads standard input wherever a file is read: compare, parse, ingest, --policy.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "support/command_runner.h"
#include "support/corpus_archive.h"
#include "support/terminal_runner.h"

using yoy::test::CommandResult;
using yoy::test::run_command;
using yoy::test::run_with_input;

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const std::string kOld = yoy::test::corpus_file(2024);
const std::string kNew = yoy::test::corpus_file(2025);

TEST(StandardInput, CompareReadsEitherSideFromStdin) {
  const CommandResult files = run_command({YOY_EXE, "compare", kOld, kNew, "--format", "json"});
  ASSERT_EQ(files.exit_code, 0) << files.err;
  const CommandResult new_in =
      run_with_input({YOY_EXE, "compare", kOld, "-", "--stat"}, slurp(kNew));
  EXPECT_EQ(new_in.exit_code, 0) << new_in.err;
  EXPECT_EQ(new_in.out, run_command({YOY_EXE, "compare", kOld, kNew, "--stat"}).out);
  const CommandResult old_in =
      run_with_input({YOY_EXE, "compare", "-", kNew, "--format", "json"}, slurp(kOld));
  EXPECT_EQ(old_in.exit_code, 0) << old_in.err;
  // Same changes; only the file label differs.
  EXPECT_EQ(old_in.out.size() - old_in.out.find("\"summary\""),
            files.out.size() - files.out.find("\"summary\""));
  const CommandResult both = run_with_input({YOY_EXE, "compare", "-", "-"}, slurp(kOld));
  EXPECT_EQ(both.exit_code, 2);
  EXPECT_NE(both.err.find("cannot both be '-'"), std::string::npos) << both.err;
}

TEST(StandardInput, ParseReadsStdin) {
  const CommandResult file = run_command({YOY_EXE, "parse", kNew, "--format", "json"});
  const CommandResult in = run_with_input({YOY_EXE, "parse", "-", "--format", "json"}, slurp(kNew));
  ASSERT_EQ(in.exit_code, 0) << in.err;
  nlohmann::json a = nlohmann::json::parse(file.out), b = nlohmann::json::parse(in.out);
  EXPECT_EQ(b["rating"], a["rating"]);
  EXPECT_EQ(b["sections"], a["sections"]);
  EXPECT_EQ(b["year"], 2025);
}

TEST(StandardInput, IngestReadsOneReportFromStdin) {
  yoy::test::ScratchDir dir;
  const std::string archive = dir / "archive";
  CommandResult r = run_with_input(
      {YOY_EXE, "--archive", archive, "-q", "ingest", "-", "--id", "north-korea"}, slurp(kNew));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("tip 2025: 1 added", 0), 0u) << r.out;  // series and year from the title
  r = run_command({YOY_EXE, "--archive", archive, "cat", "north-korea@2025"});
  EXPECT_EQ(r.out, slurp(kNew));
  // Stored under a name git shows: the id and an extension read from the bytes.
  r = run_command({"/usr/bin/git", "--git-dir", archive, "ls-tree", "--name-only", "tip"});
  EXPECT_EQ(r.out, "north-korea.txt\n");
  r = run_with_input({YOY_EXE, "--archive", archive, "ingest", "-"}, slurp(kNew));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("standard input has no file name; pass --id"), std::string::npos) << r.err;
}

TEST(StandardInput, PolicyFromStdin) {
  yoy::test::CorpusArchive corpus;
  ASSERT_TRUE(corpus.ok()) << corpus.error();
  const std::string policy =
      R"({"rules": [{"rule": "statistic-change", "severity": "error", "percent": 60}]})";
  const CommandResult r = run_with_input(
      {YOY_EXE, "--archive", corpus.archive(), "check", "2024", "2025", "--policy", "-"}, policy);
  EXPECT_EQ(r.exit_code, 1) << r.err;  // 80,000 to 120,000 → 200,000 is +66.7%
  EXPECT_NE(r.out.find("persons changed by 66.7%"), std::string::npos) << r.out;
}

}  // namespace
