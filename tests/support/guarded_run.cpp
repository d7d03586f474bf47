#include "support/guarded_run.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <string>

namespace yoy::test {

namespace {

bool drain(int fd, std::string& sink, std::size_t keep, std::size_t& total) {
  char buffer[65536];
  ssize_t n = ::read(fd, buffer, sizeof buffer);
  if (n <= 0) return false;
  total += static_cast<std::size_t>(n);
  if (sink.size() < keep)
    sink.append(buffer, std::min(static_cast<std::size_t>(n), keep - sink.size()));
  return true;
}

[[noreturn]] void exec_child(const std::vector<std::string>& argv, const GuardLimits& limits,
                             const std::vector<std::string>& env, const std::string& working_dir,
                             int out_fd, int err_fd) {
  ::setpgid(0, 0);  // the deadline kills the whole group
  ::dup2(out_fd, 1);
  ::dup2(err_fd, 2);
  int devnull = ::open("/dev/null", O_RDONLY);
  if (devnull >= 0) ::dup2(devnull, 0);
  if (!sanitized_build()) {
    rlimit as{limits.address_space, limits.address_space};
    ::setrlimit(RLIMIT_AS, &as);
  }
  if (limits.file_size) {
    rlimit fsize{limits.file_size, limits.file_size};
    ::setrlimit(RLIMIT_FSIZE, &fsize);
  }
  if (limits.uid >= 0 && (::setgid(static_cast<gid_t>(limits.uid)) != 0 ||
                          ::setuid(static_cast<uid_t>(limits.uid)) != 0))
    ::_exit(126);
  if (limits.processes >= 0) {
    rlimit nproc{static_cast<rlim_t>(limits.processes), static_cast<rlim_t>(limits.processes)};
    ::setrlimit(RLIMIT_NPROC, &nproc);
  }
  for (const std::string& entry : env) ::putenv(const_cast<char*>(entry.c_str()));
  if (!working_dir.empty() && ::chdir(working_dir.c_str()) != 0) ::_exit(127);
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  ::execv(args[0], args.data());
  ::_exit(127);
}

}  // namespace

std::string GuardedResult::describe() const {
  std::string s = timed_out     ? "timed out after " + std::to_string(seconds) + " s"
                  : signal != 0 ? "signal " + std::to_string(signal)
                                : "exit " + std::to_string(exit_code);
  s += " in " + std::to_string(seconds) + " s, peak " + std::to_string(peak_rss_kb / 1024) +
       " MB; stderr: " + err.substr(0, 2000);
  return s;
}

GuardedResult run_guarded(const std::vector<std::string>& argv, const GuardLimits& limits,
                          const std::vector<std::string>& env, const std::string& working_dir) {
  GuardedResult result;
  int out_pipe[2], err_pipe[2];
  if (::pipe2(out_pipe, O_CLOEXEC) != 0 || ::pipe2(err_pipe, O_CLOEXEC) != 0) return result;
  auto start = std::chrono::steady_clock::now();
  pid_t pid = ::fork();
  if (pid == 0) exec_child(argv, limits, env, working_dir, out_pipe[1], err_pipe[1]);
  ::setpgid(pid, pid);
  ::close(out_pipe[1]);
  ::close(err_pipe[1]);
  auto deadline = start + std::chrono::duration<double>(limits.seconds);
  pollfd fds[2] = {{out_pipe[0], POLLIN, 0}, {err_pipe[0], POLLIN, 0}};
  std::size_t err_bytes = 0;
  int open_fds = 2;
  while (open_fds > 0) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      result.timed_out = true;
      ::kill(-pid, SIGKILL);
      break;
    }
    if (::poll(fds, 2, static_cast<int>(left.count())) < 0) continue;
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      bool more = i == 0 ? drain(fds[i].fd, result.out, limits.keep_output, result.out_bytes)
                         : drain(fds[i].fd, result.err, std::size_t{1} << 20, err_bytes);
      if (!more) {
        ::close(fds[i].fd);
        fds[i].fd = -1;
        --open_fds;
      }
    }
  }
  for (pollfd& p : fds)
    if (p.fd >= 0) ::close(p.fd);
  int status = 0;
  rusage usage{};
  ::wait4(pid, &status, 0, &usage);
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  result.peak_rss_kb = usage.ru_maxrss;
  if (WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) result.signal = WTERMSIG(status);
  return result;
}

bool sanitized_build() {
#if defined(__SANITIZE_ADDRESS__)
  return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
  return true;
#else
  return false;
#endif
#else
  return false;
#endif
}

double test_scale() {
  const char* value = std::getenv("YOY_TEST_SCALE");
  if (!value || !*value) return 1.0;
  double scale = std::atof(value);
  return scale > 0 ? scale : 1.0;
}

std::size_t scaled(std::size_t n, std::size_t minimum) {
  auto result = static_cast<std::size_t>(static_cast<double>(n) * test_scale());
  return result < minimum ? minimum : result;
}

}  // namespace yoy::test
