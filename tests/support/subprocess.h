#pragma once
// Running a program (the built yoy CLI, plain git) from tests.
#include <sys/types.h>

#include <string>
#include <vector>

namespace yoy::test {

struct CommandResult {
  int exit_code = -1;  // -1 when killed by a signal
  std::string out, err;
};

// Runs argv[0] (looked up in PATH) with `extra_env` ("NAME=value") added, and
// waits for it. stdin is /dev/null.
CommandResult run_command(const std::vector<std::string>& argv,
                          const std::vector<std::string>& extra_env = {});

// Starts argv in the background with stdout/stderr to /dev/null; returns its pid.
pid_t spawn_command(const std::vector<std::string>& argv);

// Whether a program is on PATH (e.g. "git").
bool have_program(const std::string& name);

}  // namespace yoy::test
