// yoy rm: a report or an edition leaves the history; later editions are
// rebuilt; the old head stays under refs/yoy/replaced/; git fsck stays clean.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>

#include "support/command_runner.h"
#include "support/corpus_archive.h"

using yoy::test::CommandResult;
using yoy::test::run_command;

namespace {

const std::string kGit = "/usr/bin/git";

class Remove : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(corpus_.ok()) << corpus_.error();
    // A second report in both editions.
    for (int year : {2024, 2025})
      ASSERT_EQ(yoy({"-q", "ingest", yoy::test::corpus_file(year), "--series", "tip", "--year",
                     std::to_string(year), "--id", "testland"})
                    .exit_code,
                0);
  }
  CommandResult yoy(std::vector<std::string> args) {
    args.insert(args.begin(), {YOY_EXE, "--archive", corpus_.archive()});
    return run_command(args);
  }
  CommandResult git(std::vector<std::string> args) {
    args.insert(args.begin(), {kGit, "--git-dir", corpus_.archive()});
    return run_command(args);
  }
  std::string rev(const std::string& ref) { return git({"rev-parse", "-q", "--verify", ref}).out; }
  yoy::test::CorpusArchive corpus_;
};

// The name the next replaced head gets (setting up testland replaced some already).
std::string next_replaced(CommandResult listing) {
  const auto n = std::count(listing.out.begin(), listing.out.end(), '\n');
  return "refs/yoy/replaced/" + std::to_string(n + 1);
}

TEST_F(Remove, AReportLeavesOneEditionAndLaterOnesAreRebuilt) {
  const std::string head = rev("refs/heads/tip"), tag2024 = rev("refs/tags/tip/2024");
  const std::string kept = next_replaced(git({"for-each-ref", "refs/yoy/replaced/"}));
  CommandResult r = yoy({"rm", "testland@2024"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "removed testland from tip 2024; 1 later edition rebuilt; the old head stays at " +
                kept + "\n");
  EXPECT_EQ(yoy({"list"}).out, "tip  2024  1 report\ntip  2025  2 reports\n");
  EXPECT_EQ(rev(kept), head);
  EXPECT_NE(rev("refs/tags/tip/2024"), tag2024);
  EXPECT_EQ(rev("refs/tags/tip/2025"), rev("refs/heads/tip"));
  EXPECT_EQ(git({"ls-tree", "--name-only", "tip/2024"}).out, "north-korea.txt\n");
  EXPECT_EQ(git({"log", "--format=%s", "tip"}).out,
            "tip 2025: 2 reports (1 added, 1 changed)\ntip 2024: 1 report (1 added)\n");
  EXPECT_EQ(git({"fsck", "--strict"}).exit_code, 0);
  // testland is now new in 2025.
  EXPECT_NE(yoy({"diff", "2024", "2025", "--stat"}).out.find("testland (added)"),
            std::string::npos);
}

TEST_F(Remove, AnEditionLeavesTheHistoryWithItsTag) {
  CommandResult r = yoy({"rm", "tip/2024"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(yoy({"list"}).out, "tip  2025  2 reports\n");
  EXPECT_EQ(rev("refs/tags/tip/2024"), "");
  EXPECT_EQ(git({"log", "--format=%s", "tip"}).out, "tip 2025: 2 reports (2 added)\n");
  EXPECT_EQ(git({"fsck", "--strict"}).exit_code, 0);
  // The last edition too: the series goes, its head is kept.
  const std::string head = rev("refs/heads/tip");
  const std::string kept = next_replaced(git({"for-each-ref", "refs/yoy/replaced/"}));
  r = yoy({"rm", "2025"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(yoy({"list"}).out, "");
  EXPECT_EQ(rev(kept), head);
}

TEST_F(Remove, TheSameContentGivesTheSameCommitsAsIngestingItThatWay) {
  // rm's rebuilt commits are the ones a fresh ingest of what is left makes.
  ASSERT_EQ(yoy({"rm", "testland@2024"}).exit_code, 0);
  yoy::test::ScratchDir fresh;
  const std::string other = fresh / "archive";
  ASSERT_EQ(run_command({YOY_EXE, "--archive", other, "-q", "ingest",
                         std::string(YOY_SOURCE_DIR) + "/tests/fixtures/constructed"})
                .exit_code,
            0);
  ASSERT_EQ(run_command({YOY_EXE, "--archive", other, "-q", "ingest", yoy::test::corpus_file(2025),
                         "--series", "tip", "--year", "2025", "--id", "testland"})
                .exit_code,
            0);
  EXPECT_EQ(rev("refs/heads/tip"), run_command({kGit, "--git-dir", other, "rev-parse", "tip"}).out);
}

TEST_F(Remove, BadTargetsAreRefusedAndChangeNothing) {
  const std::string head = rev("refs/heads/tip");
  for (const auto& [target, message] : std::vector<std::pair<std::string, std::string>>{
           {"atlantis@2024", "no report 'atlantis' in tip/2024"},
           {"north-korea@2019", "no edition 2019 of tip"},
           {"2019", "no edition 2019 of tip"},
           {"other/2024", "no series 'other'"},
           {"north-korea@20x4", "not a number"}}) {
    const CommandResult r = yoy({"rm", target});
    EXPECT_EQ(r.exit_code, 2) << target;
    EXPECT_NE(r.err.find(message), std::string::npos) << target << ": " << r.err;
  }
  ASSERT_EQ(yoy({"-q", "rm", "testland@2024"}).exit_code, 0);
  const CommandResult last = yoy({"rm", "north-korea@2024"});
  EXPECT_EQ(last.exit_code, 2);
  EXPECT_NE(last.err.find("the only report of tip 2024; remove the edition: yoy rm tip/2024"),
            std::string::npos)
      << last.err;
  EXPECT_NE(rev("refs/heads/tip"), head);  // the first rm did change it
}

TEST(ArchiveLocation, FoundFromASubdirectoryAsGitFindsDotGit) {
  yoy::test::ScratchDir dir;
  ASSERT_EQ(run_command({YOY_EXE, "-q", "ingest",
                         std::string(YOY_SOURCE_DIR) + "/tests/fixtures/constructed"},
                        {"YOY_ARCHIVE="}, dir.path().string())
                .exit_code,
            0);
  std::filesystem::create_directories(dir / "notes/2025/drafts");
  const CommandResult r =
      run_command({YOY_EXE, "list"}, {"YOY_ARCHIVE="}, (dir / "notes/2025/drafts"));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "tip  2024  1 report\ntip  2025  1 report\n");
  // --archive and $YOY_ARCHIVE still come first.
  const CommandResult env =
      run_command({YOY_EXE, "list"}, {"YOY_ARCHIVE=" + (dir / "none")}, (dir / "notes"));
  EXPECT_EQ(env.exit_code, 2);
  EXPECT_NE(env.err.find("no archive here"), std::string::npos) << env.err;
}

}  // namespace
