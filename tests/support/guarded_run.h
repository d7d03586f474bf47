#pragma once
// Runs a program (the built yoy) the way a hostile input deserves: under a
// memory rlimit and a wall-clock deadline, measuring its time and peak memory,
// and telling a signal (crash, kill) apart from an exit.
#include <cstddef>
#include <string>
#include <vector>

namespace yoy::test {

struct GuardLimits {
  double seconds = 30;                               // then SIGKILL (timed_out = true)
  std::size_t address_space = std::size_t{1} << 30;  // RLIMIT_AS; not applied under ASan
  std::size_t file_size = 0;                         // RLIMIT_FSIZE when non-zero
  std::size_t keep_output = std::size_t{1} << 20;    // bytes of stdout kept (the rest counted)
  long processes = -1;  // RLIMIT_NPROC when >= 0 (threads count: 1 leaves none to start)
  int uid = -1;         // run as this user when >= 0 (needs root; root ignores RLIMIT_NPROC)
};

struct GuardedResult {
  int exit_code = -1;      // -1 when it did not exit normally
  int signal = 0;          // the signal that ended it, if any
  bool timed_out = false;  // killed at the deadline
  double seconds = 0;
  long peak_rss_kb = 0;
  std::string out, err;
  std::size_t out_bytes = 0;  // all of stdout, also what was not kept
  // "exit 2", "signal 11", "timed out after 30 s": for failure messages.
  std::string describe() const;
};

// argv[0] is the program. `env`: extra "NAME=value" entries.
GuardedResult run_guarded(const std::vector<std::string>& argv, const GuardLimits& limits = {},
                          const std::vector<std::string>& env = {},
                          const std::string& working_dir = "");

// True in an AddressSanitizer build (scripts/sanitize): slower, more memory.
bool sanitized_build();
// YOY_TEST_SCALE (default 1): slow tests multiply their sizes and counts by it.
double test_scale();
// n scaled by test_scale(), at least `minimum`.
std::size_t scaled(std::size_t n, std::size_t minimum = 1);

}  // namespace yoy::test
