#pragma once
// Runs a program (the built yoy) and captures its exit code, stdout and stderr.
#include <string>
#include <vector>

namespace yoy::test {

struct CommandResult {
  int exit_code = -1;  // -1: did not exit normally (signal)
  std::string out, err;
};

// argv[0] is the program path. `env` entries ("NAME=value") are added to the
// environment; "NAME=" with no value removes NAME.
CommandResult run_command(const std::vector<std::string>& argv,
                          const std::vector<std::string>& env = {},
                          const std::string& working_dir = "");

}  // namespace yoy::test
