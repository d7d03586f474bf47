// git's manners on mistyped command lines: the unknown word named, the closest
// known command or option suggested, one line, exit 2.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "support/command_runner.h"
#include "support/corpus_archive.h"
#include "support/scratch_dir.h"

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
  EXPECT_NE(r.err.find("FROM is missing"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("usage: yoy diff [OPTIONS] FROM"), std::string::npos) << r.err;
}

TEST(UsageErrors, NoCommandListsTheCommandsAndFails) {
  const CommandResult r = yoy_run({});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("\n  diff "), std::string::npos) << r.err;
}

// The argument library's own words never reach the user (issue 25): each
// refusal is one line in yoy's words, naming what to type.
TEST(UsageErrors, RefusalsAreInYoysWords) {
  yoy::test::CorpusArchive corpus;
  ASSERT_TRUE(corpus.ok()) << corpus.error();
  const std::string a = corpus.archive();
  const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
      {{"diff", "2024", "2025", "--format"},
       "yoy diff: --format needs a value: text, md, markdown, html or json. See 'yoy diff "
       "--help'.\n"},
      {{"log", "north-korea", "-o"},
       "yoy log: -o needs a value (-o, --output FILE). See 'yoy log --help'.\n"},
      {{"tiers", "--since", "abc"},
       "yoy tiers: --since takes a year, e.g. 2024, not 'abc'. See 'yoy tiers --help'.\n"},
      {{"diff", "2024", "2025", "--max-input", "lots"},
       "yoy diff: --max-input takes a number of bytes, not 'lots'. See 'yoy diff --help'.\n"},
      {{"list", "2024", "2025"},
       "yoy list: unexpected argument '2025' (usage: yoy list [OPTIONS] [WHAT])\n"},
      {{"log"}, "yoy log: ID is missing (usage: yoy log [OPTIONS] ID)\n"},
      {{"check", "2024", "2025", "--policy", std::string(YOY_SOURCE_DIR) + "/corpus"},
       "yoy: " + std::string(YOY_SOURCE_DIR) +
           "/corpus: is a directory; --policy takes a policy file (JSON, yoy.policy/1)\n"},
      {{"ingest", corpus / "editions"},
       "yoy: " + (corpus / "editions") + ": no such file or directory\n"},
  };
  for (const auto& [args, message] : cases) {
    std::vector<std::string> argv = {"--archive", a};
    argv.insert(argv.end(), args.begin(), args.end());
    const CommandResult r = yoy_run(argv);
    EXPECT_EQ(r.exit_code, 2) << args[0];
    EXPECT_EQ(r.out, "") << args[0];
    EXPECT_EQ(r.err, message) << args[0];
    for (const char* library :
         {"Could not convert", "required TEXT", "not expected", "is required"})
      EXPECT_EQ(r.err.find(library), std::string::npos) << r.err;
  }
}

// Help and man pages describe a choice once: the description names the
// choices, or they follow it, never both ("text, md, html or json One of: ...").
TEST(UsageErrors, ChoicesAreDescribedOnce) {
  const CommandResult help = yoy_run({"diff", "--help"});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_EQ(help.out.find("One of"), std::string::npos) << help.out;
  EXPECT_NE(help.out.find("text, md, html or json"), std::string::npos) << help.out;
  yoy::test::ScratchDir dir;
  ASSERT_EQ(yoy_run({"__generate", "man", dir.path().string()}).exit_code, 0);
  std::ifstream in(dir / "yoy-diff.1");
  const std::string page((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  ASSERT_NE(page.find("\\-\\-format"), std::string::npos) << page;
  EXPECT_EQ(page.find("One of"), std::string::npos) << page;
  EXPECT_NE(page.find("text, md, html or json"), std::string::npos);
}

}  // namespace
