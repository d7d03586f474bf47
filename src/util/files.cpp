#include "yoy/util/files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <string>

#include "yoy/util/error.h"
#include "yoy/util/limits.h"

namespace yoy {

std::string read_file(const std::string& path, std::size_t max_bytes, std::string_view limit) {
  // "-" is standard input, as for every Unix tool that reads a file.
  int fd = path == "-" ? ::fcntl(STDIN_FILENO, F_DUPFD_CLOEXEC, 0)
                       : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT) throw InputError(path + ": no such file");
    throw InputError(path + ": cannot open: " + std::strerror(errno));
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0 || S_ISDIR(st.st_mode)) {
    ::close(fd);
    throw InputError(path + ": is a directory, not a report file");
  }
  if (S_ISREG(st.st_mode) && static_cast<std::size_t>(st.st_size) > max_bytes) {
    ::close(fd);
    limits::check_input_size(static_cast<std::size_t>(st.st_size), max_bytes, path, limit);
  }
  std::string bytes;
  if (S_ISREG(st.st_mode)) bytes.reserve(static_cast<std::size_t>(st.st_size));
  char buffer[65536];
  for (;;) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0) {
      if (errno == EINTR) continue;
      int err = errno;
      ::close(fd);
      throw InputError(path + ": read error: " + std::strerror(err));
    }
    if (n == 0) break;
    bytes.append(buffer, static_cast<std::size_t>(n));
    if (bytes.size() > max_bytes) {
      ::close(fd);
      throw InputError(path + ": over the " + std::to_string(max_bytes) + "-byte " +
                       std::string(limit));
    }
  }
  ::close(fd);
  return bytes;
}

void write_all(int fd, std::string_view bytes, const std::string& what) {
  const char* data = bytes.data();
  std::size_t left = bytes.size();
  while (left > 0) {
    const ssize_t n = ::write(fd, data, left);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw OutputError("cannot write " + what + ": " + std::strerror(errno));
    if (n == 0) throw OutputError("cannot write " + what + ": nothing was written");
    data += n;
    left -= static_cast<std::size_t>(n);
  }
}

namespace {

// The descriptor a path names by itself (/dev/stdout, /dev/fd/3), or -1.
int descriptor_path(const std::string& path) {
  if (path == "-" || path == "/dev/stdout") return STDOUT_FILENO;
  if (path == "/dev/stderr") return STDERR_FILENO;
  for (const char* prefix : {"/dev/fd/", "/proc/self/fd/"}) {
    const std::size_t n = std::strlen(prefix);
    if (path.compare(0, n, prefix) != 0 || path.size() == n || path.size() > n + 9) continue;
    int fd = 0;
    for (std::size_t i = n; i < path.size(); ++i) {
      if (path[i] < '0' || path[i] > '9') return -1;
      fd = fd * 10 + (path[i] - '0');
    }
    return fd;
  }
  return -1;
}

// The descriptor a symlink chain ends at when one of its links names one
// (out.txt -> /proc/self/fd/2, or -> /dev/stdout): that descriptor, as the
// shell opened it, is written in place, whatever file it is open on; else -1.
int descriptor_behind_links(const std::string& path) {
  std::string at = path;
  for (int hop = 0; hop < 40; ++hop) {  // as the kernel's ELOOP limit
    char target[4096];
    const ssize_t n = ::readlink(at.c_str(), target, sizeof target - 1);
    if (n < 0) return -1;  // not a link (or gone): no descriptor behind it
    std::string next(target, static_cast<std::size_t>(n));
    if (next.empty()) return -1;
    if (next.front() != '/') {
      const std::size_t slash = at.rfind('/');
      next = (slash == std::string::npos ? std::string() : at.substr(0, slash + 1)) + next;
    }
    if (const int fd = descriptor_path(next); fd >= 0) return fd;
    at = std::move(next);
  }
  return -1;
}

void replace_atomically(const std::string& path, const std::string& content) {
  // A fresh temporary name beside the target (same file system, so rename is
  // atomic); O_EXCL so a leftover file or a planted symlink is never written through.
  static std::atomic<unsigned> serial{0};
  std::string temp;
  int fd = -1;
  for (int attempt = 0; fd < 0 && attempt < 100; ++attempt) {
    temp = path + ".yoy-tmp-" + std::to_string(::getpid()) + "-" + std::to_string(serial++);
    fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0 && errno != EEXIST) break;
  }
  if (fd < 0) throw OutputError("cannot write " + path + ": " + std::strerror(errno));
  try {
    write_all(fd, content, path);
  } catch (...) {
    ::close(fd);
    ::unlink(temp.c_str());
    throw;
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    int err = errno;
    ::unlink(temp.c_str());
    throw OutputError("cannot write " + path + ": " + std::strerror(err));
  }
  if (::rename(temp.c_str(), path.c_str()) != 0) {
    int err = errno;
    ::unlink(temp.c_str());
    throw OutputError("cannot write " + path + ": " + std::strerror(err));
  }
}

}  // namespace

void write_file_atomic(const std::string& path, const std::string& content) {
  if (path.empty()) throw OutputError("cannot write '': no file name");
  if (int fd = descriptor_path(path); fd >= 0 || (fd = descriptor_behind_links(path)) >= 0) {
    write_all(fd, content, fd == STDOUT_FILENO ? "standard output" : path);
    return;
  }
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    if (S_ISDIR(st.st_mode)) throw OutputError("cannot write " + path + ": is a directory");
    // A stream (FIFO, device, socket; perhaps behind a symlink) cannot be
    // renamed over and need not be: it is written where it is.
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) throw OutputError("cannot write " + path + ": " + std::strerror(errno));
    try {
      write_all(fd, content, path);
    } catch (...) {
      ::close(fd);
      throw;
    }
    if (::close(fd) != 0) throw OutputError("cannot write " + path + ": " + std::strerror(errno));
    return;
  }
  replace_atomically(path, content);
}

}  // namespace yoy
