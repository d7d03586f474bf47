// The archive's cache key: a random secret in the git directory, bound to the
// file that holds it (see cache_key.h).
#include "archive/cache_key.h"

#include <fcntl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdint>
#include <cstring>

namespace yoy::archive_detail {

namespace {

constexpr std::size_t kSecretBytes = 16;

void append_number(std::string& out, std::uint64_t v) {
  for (int i = 0; i < 8; ++i) out += static_cast<char>((v >> (8 * i)) & 0xff);
}

// The secret and the identity of the file it was read from, or nullopt.
std::optional<SipKey> read_key(const std::string& file) {
  const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
  if (fd < 0) return std::nullopt;
  struct statx st {};
  char secret[kSecretBytes + 1];
  ssize_t n = -1;
  if (::statx(fd, "", AT_EMPTY_PATH, STATX_BASIC_STATS | STATX_BTIME, &st) == 0 &&
      S_ISREG(st.stx_mode)) {
    do n = ::read(fd, secret, sizeof secret);
    while (n < 0 && errno == EINTR);
  }
  ::close(fd);
  if (n != static_cast<ssize_t>(kSecretBytes)) return std::nullopt;  // short, long or unreadable
  // Nobody can give a file a chosen inode or birth time: a copy of the
  // secret made anywhere else (cp -r, tar, rsync) yields another key. Where
  // the file system keeps no birth time, the change time stands in (then a
  // chmod or chown of the file also changes the key: entries miss, no more).
  const statx_timestamp& born = (st.stx_mask & STATX_BTIME) ? st.stx_btime : st.stx_ctime;
  std::string identity = "yoy cache key\n";
  append_number(identity, (std::uint64_t{st.stx_dev_major} << 32) | st.stx_dev_minor);
  append_number(identity, st.stx_ino);
  append_number(identity, static_cast<std::uint64_t>(born.tv_sec));
  append_number(identity, born.tv_nsec);
  const SipKey secret_key = sip_key_from_bytes(std::string_view(secret, kSecretBytes));
  return SipKey{siphash24(secret_key, identity + "0"), siphash24(secret_key, identity + "1")};
}

// A fresh secret written beside the key file, then put in place: by link()
// when there is none, so that of writers racing to make the first key one
// wins and all use it; by rename() over a damaged one. The caller reads
// whatever is in place afterwards.
void make_key(const std::string& file, bool replace) {
  char secret[kSecretBytes];
  std::size_t got = 0;
  while (got < sizeof secret) {
    const ssize_t n = ::getrandom(secret + got, sizeof secret - got, 0);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    got += static_cast<std::size_t>(n);
  }
  static std::atomic<unsigned> serial{0};  // threads of one process make keys too
  const std::string temp =
      file + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(serial++);
  const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) return;
  const bool written =
      ::write(fd, secret, sizeof secret) == static_cast<ssize_t>(sizeof secret) && ::fsync(fd) == 0;
  if (::close(fd) == 0 && written) {
    if (replace)
      ::rename(temp.c_str(), file.c_str());
    else
      ::link(temp.c_str(), file.c_str());  // EEXIST: another writer's key is the key
  }
  ::unlink(temp.c_str());  // after a rename there is nothing left to remove
}

}  // namespace

std::optional<SipKey> cache_key_of(const std::string& git_dir, bool create) {
  const std::string file =
      git_dir + (git_dir.empty() || git_dir.back() == '/' ? "" : "/") + kCacheKeyFile;
  if (std::optional<SipKey> key = read_key(file)) return key;
  if (!create) return std::nullopt;
  // None yet, or one that is no key (damaged, a link, a FIFO): a new one
  // replaces it, and whatever was sealed before simply misses.
  struct stat st {};
  const bool replace = ::lstat(file.c_str(), &st) == 0;
  make_key(file, replace);
  return read_key(file);  // what is in place now, whoever wrote it
}

}  // namespace yoy::archive_detail
