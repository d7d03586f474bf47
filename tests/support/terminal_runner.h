#pragma once
// Runs a program with stdin fed from a string, or on a pseudo-terminal (so it
// sees isatty(1) as a user's shell would: pager, colour, progress).
#include <string>
#include <vector>

#include "support/command_runner.h"

namespace yoy::test {

// Like run_command, with `input` written to the program's standard input.
// `env` as in run_command: "NAME=value" sets, "NAME=" removes.
CommandResult run_with_input(const std::vector<std::string>& argv, const std::string& input,
                             const std::vector<std::string>& env = {},
                             const std::string& working_dir = "");

// Runs argv with stdin, stdout and stderr on a new pseudo-terminal; `out`
// holds everything the terminal showed (stdout and stderr interleaved), `err` is empty.
// The terminal is `columns` wide and 40 rows high.
CommandResult run_on_terminal(const std::vector<std::string>& argv,
                              const std::vector<std::string>& env = {},
                              const std::string& working_dir = "", int columns = 120);

}  // namespace yoy::test
