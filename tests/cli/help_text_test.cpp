// yoy help and --help: the commands one line each; a command's help names
// `yoy CMD` in its usage and shows the global options.
#include <gtest/gtest.h>

#include <set>
#include <sstream>

#include "support/command_runner.h"

using yoy::test::CommandResult;
using yoy::test::run_command;

namespace {

const std::vector<std::string> kCommands = {"parse", "compare", "ingest", "import-git",
                                            "list",  "log",     "cat",    "blame",
                                            "diff",  "summary", "check",  "help"};

TEST(HelpText, HelpListsEveryCommandOnOneLine) {
  const CommandResult r = run_command({YOY_EXE, "help"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::istringstream in(r.out);
  std::string line;
  std::set<std::string> listed;
  bool in_commands = false;
  while (std::getline(in, line)) {
    if (line == "Commands:") {
      in_commands = true;
      continue;
    }
    if (in_commands && line.empty()) break;
    if (in_commands) {
      ASSERT_EQ(line.rfind("  ", 0), 0u) << line;
      std::istringstream words(line);
      std::string name, description;
      words >> name;
      std::getline(words, description);
      EXPECT_FALSE(description.empty()) << "no description on the line of " << name;
      listed.insert(name);
    }
  }
  for (const std::string& command : kCommands) EXPECT_TRUE(listed.count(command)) << command;
  // `yoy --help` is the same page.
  EXPECT_EQ(run_command({YOY_EXE, "--help"}).out, r.out);
}

TEST(HelpText, CommandHelpNamesYoyAndTheGlobalOptions) {
  for (const std::string& command : kCommands) {
    if (command == "help") continue;
    const CommandResult r = run_command({YOY_EXE, command, "--help"});
    ASSERT_EQ(r.exit_code, 0) << command << ": " << r.err;
    EXPECT_EQ(r.out.rfind("usage: yoy " + command + " ", 0), 0u) << r.out;
    EXPECT_NE(r.out.find("\nGlobal options:\n"), std::string::npos) << command;
    EXPECT_NE(r.out.find("--archive DIR"), std::string::npos) << command;
    EXPECT_NE(r.out.find("-q, --quiet"), std::string::npos) << command;
    EXPECT_NE(r.out.find("Example"), std::string::npos) << command << " has no example";
    // `yoy help CMD` says the same.
    EXPECT_EQ(run_command({YOY_EXE, "help", command}).out, r.out) << command;
  }
}

TEST(HelpText, HelpForAnUnknownCommandSuggests) {
  const CommandResult r = run_command({YOY_EXE, "help", "dif"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("Did you mean 'diff'?"), std::string::npos) << r.err;
}

TEST(HelpText, FormatChoicesAreListed) {
  const CommandResult r = run_command({YOY_EXE, "check", "--help"});
  for (const char* format : {"text", "github", "junit", "json"})
    EXPECT_NE(r.out.find(format), std::string::npos) << format;
}

}  // namespace
