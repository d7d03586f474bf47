// Output on a terminal goes through a pager ($YOY_PAGER, else $PAGER, else
// less -FRX); never when piped, with --no-pager, or for an empty pager. Colour
// is off for TERM=dumb.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "support/command_runner.h"
#include "support/corpus_archive.h"
#include "support/terminal_runner.h"

using yoy::test::CommandResult;
using yoy::test::run_command;
using yoy::test::run_on_terminal;

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

class Pager : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(corpus_.ok()) << corpus_.error(); }
  std::vector<std::string> diff() const {
    return {YOY_EXE, "--archive", corpus_.archive(), "diff", "2024", "2025", "--color", "never"};
  }
  // A pager that records what it was given.
  std::string recorder() const { return "cat > '" + (corpus_ / "paged") + "'"; }
  yoy::test::CorpusArchive corpus_;
};

TEST_F(Pager, TerminalOutputGoesThroughYoyPager) {
  const std::string expected = run_command(diff()).out;
  ASSERT_FALSE(expected.empty());
  const CommandResult r =
      run_on_terminal(diff(), {"YOY_PAGER=" + recorder(), "PAGER=false", "COLUMNS=10000"});
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_EQ(slurp(corpus_ / "paged"), expected);
  EXPECT_EQ(r.out.find("north-korea"), std::string::npos) << "shown besides the pager";
}

TEST_F(Pager, PagerFallsBackToPAGER) {
  const CommandResult r =
      run_on_terminal(diff(), {"YOY_PAGER=", "PAGER=" + recorder(), "COLUMNS=10000"});
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_EQ(slurp(corpus_ / "paged"), run_command(diff()).out);
}

TEST_F(Pager, NoPagerWhenAskedOrPipedOrEmpty) {
  std::vector<std::string> no_pager = diff();
  no_pager.push_back("--no-pager");
  CommandResult r = run_on_terminal(no_pager, {"YOY_PAGER=" + recorder()});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("north-korea"), std::string::npos);
  EXPECT_FALSE(std::ifstream(corpus_ / "paged").good()) << "--no-pager still paged";

  r = run_command(diff(), {"YOY_PAGER=" + recorder()});  // stdout is a pipe
  EXPECT_NE(r.out.find("north-korea"), std::string::npos);
  EXPECT_FALSE(std::ifstream(corpus_ / "paged").good()) << "paged into a pipe";

  r = run_on_terminal(diff(), {"YOY_PAGER= ", "PAGER=" + recorder()});  // blank: none
  EXPECT_NE(r.out.find("north-korea"), std::string::npos);
  EXPECT_FALSE(std::ifstream(corpus_ / "paged").good()) << "a blank YOY_PAGER still paged";

  r = run_on_terminal(diff(), {"YOY_PAGER=" + recorder(), "TERM=dumb"});
  EXPECT_NE(r.out.find("north-korea"), std::string::npos);
  EXPECT_FALSE(std::ifstream(corpus_ / "paged").good()) << "paged on a dumb terminal";
}

TEST_F(Pager, APagerQuitEarlyIsNoError) {
  // `head -c 10` reads a little and exits: yoy must neither die of SIGPIPE nor complain.
  const CommandResult r = run_on_terminal(diff(), {"YOY_PAGER=head -c 10 >/dev/null"});
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_EQ(r.out.find("yoy:"), std::string::npos) << r.out;
}

TEST_F(Pager, ColourOnATerminalButNotForTermDumb) {
  const std::vector<std::string> args = {
      YOY_EXE, "--archive", corpus_.archive(), "--no-pager", "diff", "2024", "2025"};
  CommandResult r = run_on_terminal(args, {"TERM=xterm", "NO_COLOR="});
  EXPECT_NE(r.out.find("\x1b["), std::string::npos) << "no colour on a terminal";
  r = run_on_terminal(args, {"TERM=dumb", "NO_COLOR="});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("north-korea"), std::string::npos);
  EXPECT_EQ(r.out.find("\x1b["), std::string::npos) << "colour on a dumb terminal";
}

}  // namespace
