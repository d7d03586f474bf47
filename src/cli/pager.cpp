#include "pager.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>

namespace yoy::cli {

namespace {
bool g_allowed = true;

std::string environment(const char* name) {
  const char* value = std::getenv(name);
  return value ? value : "";
}

bool on_path(const std::string& program) {
  const std::string path = environment("PATH");
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t end = path.find(':', start);
    if (end == std::string::npos) end = path.size();
    const std::string dir = end > start ? path.substr(start, end - start) : ".";
    if (::access((dir + "/" + program).c_str(), X_OK) == 0) return true;
    start = end + 1;
  }
  return false;
}
}  // namespace

void allow_pager(bool allowed) { g_allowed = allowed; }

std::string pager_command() {
  if (!g_allowed || ::isatty(STDOUT_FILENO) != 1) return "";
  if (environment("TERM") == "dumb") return "";
  std::string command;
  if (const char* yoy = std::getenv("YOY_PAGER")) {
    command = yoy;
  } else if (const char* pager = std::getenv("PAGER")) {
    command = pager;
  } else {
    command = on_path("less") ? "less" : "";
  }
  if (command.find_first_not_of(" \t") == std::string::npos || command == "cat") return "";
  return command;
}

bool write_through_pager(const std::string& content) {
  const std::string command = pager_command();
  if (command.empty()) return false;
  int fds[2];
  if (::pipe(fds) != 0) return false;
  const pid_t pid = ::fork();
  if (pid < 0) {
    ::close(fds[0]);
    ::close(fds[1]);
    return false;
  }
  if (pid == 0) {
    ::dup2(fds[0], STDIN_FILENO);
    ::close(fds[0]);
    ::close(fds[1]);
    // git's defaults: quit if one screen, keep colours, do not clear the screen.
    ::setenv("LESS", "FRX", 0);
    ::setenv("LV", "-c", 0);
    ::execl("/bin/sh", "sh", "-c", command.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  ::close(fds[0]);
  // A pager quit early closes the pipe: EPIPE, not a signal that kills yoy.
  struct sigaction ignore {
  }, previous{};
  ignore.sa_handler = SIG_IGN;
  ::sigaction(SIGPIPE, &ignore, &previous);
  std::size_t written = 0;
  while (written < content.size()) {
    const ssize_t n = ::write(fds[1], content.data() + written, content.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;  // the pager is gone
    written += static_cast<std::size_t>(n);
  }
  ::close(fds[1]);
  ::sigaction(SIGPIPE, &previous, nullptr);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  // A pager that could not start (exit 127 from sh) writes nothing: show the output itself.
  if (WIFEXITED(status) && WEXITSTATUS(status) == 127 && written == 0) return false;
  return true;
}

}  // namespace yoy::cli
