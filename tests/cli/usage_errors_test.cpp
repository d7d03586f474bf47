// git's manners on mistyped command lines: the unknown word named, the closest
// known command or option suggested, one line, exit 2.
#include <gtest/gtest.h>

#include "support/command_runner.h"
#include "support/corpus_archive.h"

using yoy::test::CommandResult;
using yoy::test::run_command;

namespace {

CommandResult yoy_run(std::vector<std::string> args) {
  args.insert(args.begin(), YOY_EXE);
  return run_command(args);
}

int lines(const std::string& text) {
  return static_cast<int>(std::count(text.begin(), text.end(), '\n'));
}

TEST(UsageErrors, MistypedCommandSuggestsTheClosest) {
  for (const auto& [typed, meant] :
       std::vector<std::pair<std::string, std::string>>{{"dif", "diff"},
                                                        {"comapre", "compare"},
                                                        {"injest", "ingest"},
                                                        {"lsit", "list"},
                                                        {"blam", "blame"},
                                                        {"summray", "summary"},
                                                        {"chekc", "check"}}) {
    const CommandResult r = yoy_run({typed});
    EXPECT_EQ(r.exit_code, 2) << typed;
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err, "yoy: '" + typed + "' is not a yoy command. Did you mean '" + meant +
                         "'? See 'yoy help'.\n");
  }
}

TEST(UsageErrors, CommandAfterGlobalOptionsIsStillFound) {
  const CommandResult r = yoy_run({"--archive", "diff", "-q", "dif"});  // "diff" is the archive
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("'dif' is not a yoy command. Did you mean 'diff'?"), std::string::npos)
      << r.err;
}

TEST(UsageErrors, NothingCloseSuggestsNothing) {
  const CommandResult r = yoy_run({"frobnicate"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "yoy: 'frobnicate' is not a yoy command. See 'yoy help'.\n");
}

TEST(UsageErrors, MistypedOptionSuggestsTheClosestOfThatCommand) {
  yoy::test::CorpusArchive corpus;
  ASSERT_TRUE(corpus.ok()) << corpus.error();
  CommandResult r =
      yoy_run({"--archive", corpus.archive(), "diff", "2024", "2025", "--formt", "json"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(
      r.err,
      "yoy diff: unknown option '--formt'. Did you mean '--format'? See 'yoy diff --help'.\n");
  EXPECT_EQ(r.out, "");
  // A global option mistyped after the command is suggested too.
  r = yoy_run({"list", "--archiv", corpus.archive()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("unknown option '--archiv'. Did you mean '--archive'?"), std::string::npos)
      << r.err;
  // An option of another command is not suggested for this one.
  r = yoy_run({"--archive", corpus.archive(), "list", "--polcy", "x"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err.find("--policy"), std::string::npos) << r.err;
  EXPECT_EQ(lines(r.err), 1) << r.err;
}

TEST(UsageErrors, MissingArgumentShowsTheUsage) {
  const CommandResult r = yoy_run({"diff"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(lines(r.err), 1) << r.err;
  EXPECT_NE(r.err.find("FROM is required"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("usage: yoy diff [OPTIONS] FROM"), std::string::npos) << r.err;
}

TEST(UsageErrors, NoCommandListsTheCommandsAndFails) {
  const CommandResult r = yoy_run({});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("\n  diff "), std::string::npos) << r.err;
}

}  // namespace
