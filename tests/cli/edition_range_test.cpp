// FROM..TO in one argument means FROM TO, wherever FROM TO is taken.
#include <gtest/gtest.h>

#include "support/command_runner.h"
#include "support/corpus_archive.h"

using yoy::test::CommandResult;
using yoy::test::run_command;

namespace {

class EditionRange : public ::testing::Test {
 protected:
  CommandResult yoy(std::vector<std::string> args) {
    args.insert(args.begin(), {YOY_EXE, "--archive", corpus_.archive()});
    return run_command(args);
  }
  void SetUp() override { ASSERT_TRUE(corpus_.ok()) << corpus_.error(); }
  yoy::test::CorpusArchive corpus_;
};

TEST_F(EditionRange, DiffCheckSummaryTakeARange) {
  for (const std::vector<std::string>& format :
       {std::vector<std::string>{"--format", "json"}, std::vector<std::string>{"--stat"}}) {
    std::vector<std::string> two = {"diff", "2024", "2025"}, one = {"diff", "2024..2025"};
    two.insert(two.end(), format.begin(), format.end());
    one.insert(one.end(), format.begin(), format.end());
    const CommandResult a = yoy(two), b = yoy(one);
    ASSERT_EQ(a.exit_code, 0) << a.err;
    EXPECT_EQ(b.exit_code, 0) << b.err;
    EXPECT_EQ(a.out, b.out);
  }
  const CommandResult check_two = yoy({"check", "tip/2024", "tip/2025", "--format", "json"});
  const CommandResult check_one = yoy({"check", "tip/2024..tip/2025", "--format", "json"});
  EXPECT_EQ(check_two.exit_code, 1);  // the corpus has a tier downgrade
  EXPECT_EQ(check_one.exit_code, 1) << check_one.err;
  EXPECT_EQ(check_one.out, check_two.out);
  const CommandResult summary =
      yoy({"summary", "2024..2025", "-o", corpus_ / "s", "--format", "json"});
  EXPECT_EQ(summary.exit_code, 0) << summary.err;
  EXPECT_NE(summary.out.find("\"yoy.summary/1\""), std::string::npos);
}

TEST_F(EditionRange, ReportIdsFollowARange) {
  const CommandResult with_id = yoy({"diff", "2024..2025", "north-korea", "--stat"});
  ASSERT_EQ(with_id.exit_code, 0) << with_id.err;
  EXPECT_EQ(with_id.out, yoy({"diff", "2024", "2025", "north-korea", "--stat"}).out);
  const CommandResult unknown = yoy({"diff", "2024..2025", "atlantis"});
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("no report 'atlantis'"), std::string::npos) << unknown.err;
}

TEST_F(EditionRange, MalformedRangesAreRefused) {
  for (const std::string bad : {"2024..", "..2025", "2024..2025..2026", "2024...2025"}) {
    const CommandResult r = yoy({"diff", bad});
    EXPECT_EQ(r.exit_code, 2) << bad;
    EXPECT_NE(r.err.find("not a range of editions"), std::string::npos) << bad << ": " << r.err;
  }
  // One edition alone is not enough, and check takes nothing after a range.
  CommandResult r = yoy({"diff", "2024"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("TO is required"), std::string::npos) << r.err;
  r = yoy({"check", "2024..2025", "2025"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("unexpected after the range"), std::string::npos) << r.err;
}

}  // namespace
