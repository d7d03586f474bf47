// Serialises yoy writers of one archive; detects read-only archives.
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "archive/archive_internal.h"

namespace yoy::archive_detail {

WriterLock::WriterLock(const std::string& archive_path) {
  const std::string file = archive_path + "/yoy.lock";
  fd_ = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0)
    throw ArchiveError(archive_path + ": cannot lock for writing: " + std::strerror(errno));
  while (::flock(fd_, LOCK_EX) != 0) {
    if (errno == EINTR) continue;
    int err = errno;
    ::close(fd_);
    throw ArchiveError(archive_path + ": cannot lock for writing: " + std::strerror(err));
  }
}

WriterLock::~WriterLock() {
  if (fd_ >= 0) ::close(fd_);  // closing releases the flock
}

void require_writable(const std::string& archive_path) {
  // Mode bits are checked too: a superuser ignores them, but a user who made the
  // archive read-only meant it.
  for (const char* sub : {"", "/objects", "/refs", "/refs/heads"}) {
    const std::string dir = archive_path + sub;
    struct stat st {};
    if (::stat(dir.c_str(), &st) != 0) {
      throw ArchiveError(dir + ": cannot read: " + std::strerror(errno));
    }
    if ((st.st_mode & S_IWUSR) == 0 || ::access(dir.c_str(), W_OK) != 0) {
      throw ArchiveError(archive_path + ": archive is read-only (" + dir +
                         " is not writable); nothing was changed");
    }
  }
}

}  // namespace yoy::archive_detail
