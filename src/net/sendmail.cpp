// sendmail_send: the message on a local mail program's standard input
// (posix_spawn, no shell), its exit status checked, bounded in time.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <thread>

#include "yoy/net/mail.h"

extern char** environ;

namespace yoy {

namespace {

// Waits up to `seconds` for the child; kills it when it takes longer.
std::string wait_for(pid_t pid, const std::string& name, int seconds) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
  int status = 0;
  for (;;) {
    const pid_t done = ::waitpid(pid, &status, WNOHANG);
    if (done == pid) break;
    if (done < 0 && errno != EINTR) return "cannot wait for " + name + ": " + std::strerror(errno);
    if (std::chrono::steady_clock::now() > deadline) {
      ::kill(pid, SIGKILL);
      ::waitpid(pid, &status, 0);
      return name + " did not finish within " + std::to_string(seconds) + " s";
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return "";
  if (WIFEXITED(status)) return name + " exited " + std::to_string(WEXITSTATUS(status));
  return name + " was killed by signal " + std::to_string(WTERMSIG(status));
}

}  // namespace

std::string sendmail_send(const std::vector<std::string>& command, const std::string& message,
                          int timeout_seconds) {
  if (command.empty() || command.front().empty()) return "no mail program given";
  const std::string& name = command.front();
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0)
    return std::string("cannot make a pipe: ") + std::strerror(errno);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, fds[0], STDIN_FILENO);
  std::vector<char*> argv;
  for (const std::string& arg : command) argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);
  pid_t pid = 0;
  const int rc = ::posix_spawn(&pid, name.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(fds[0]);
  if (rc != 0) {
    ::close(fds[1]);
    return "cannot run " + name + ": " + std::strerror(rc);
  }
  // A program that stops reading must not kill yoy with SIGPIPE: ignore it while writing.
  struct sigaction ignore {
  }, previous{};
  ignore.sa_handler = SIG_IGN;
  ::sigaction(SIGPIPE, &ignore, &previous);
  std::string write_error;
  std::size_t offset = 0;
  while (offset < message.size()) {
    const ssize_t n = ::write(fds[1], message.data() + offset, message.size() - offset);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      write_error = std::string("cannot write to ") + name + ": " + std::strerror(errno);
      break;
    }
    offset += static_cast<std::size_t>(n);
  }
  ::close(fds[1]);
  ::sigaction(SIGPIPE, &previous, nullptr);
  const std::string exit_problem = wait_for(pid, name, timeout_seconds);
  if (!exit_problem.empty()) return exit_problem;
  return write_error;
}

}  // namespace yoy
