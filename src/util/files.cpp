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

std::string read_file(const std::string& path, std::size_t max_bytes) {
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
    limits::check_input_size(static_cast<std::size_t>(st.st_size), max_bytes, path);
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
      throw InputError(path + ": over the " + std::to_string(max_bytes) +
                       "-byte input limit (--max-input)");
    }
  }
  ::close(fd);
  return bytes;
}

void write_file_atomic(const std::string& path, const std::string& content) {
  if (path == "-" || path == "/dev/stdout") {
    if (::write(STDOUT_FILENO, content.data(), content.size()) < 0)
      throw InputError("cannot write standard output: " + std::string(std::strerror(errno)));
    return;
  }
  struct stat st {};
  // Character devices (/dev/null) cannot be renamed over: write them directly.
  if (::stat(path.c_str(), &st) == 0 && S_ISCHR(st.st_mode)) {
    int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) throw InputError("cannot write " + path + ": " + std::strerror(errno));
    ssize_t n = ::write(fd, content.data(), content.size());
    ::close(fd);
    if (n < 0) throw InputError("cannot write " + path + ": " + std::strerror(errno));
    return;
  }
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
  if (fd < 0) throw InputError("cannot write " + path + ": " + std::strerror(errno));
  const char* data = content.data();
  std::size_t left = content.size();
  while (left > 0) {
    ssize_t n = ::write(fd, data, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      int err = errno;
      ::close(fd);
      ::unlink(temp.c_str());
      throw InputError("cannot write " + path + ": " + std::strerror(err));
    }
    data += n;
    left -= static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    int err = errno;
    ::unlink(temp.c_str());
    throw InputError("cannot write " + path + ": " + std::strerror(err));
  }
  if (::rename(temp.c_str(), path.c_str()) != 0) {
    int err = errno;
    ::unlink(temp.c_str());
    throw InputError("cannot write " + path + ": " + std::strerror(err));
  }
}

}  // namespace yoy
