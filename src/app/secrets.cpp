// read_secret and Redactor: secrets in, never out.
#include "yoy/app/secrets.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "yoy/util/error.h"

namespace yoy {

namespace {

constexpr std::size_t kMaxSecretBytes = 64 * 1024;

std::string octal_mode(mode_t mode) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "%04o", static_cast<unsigned>(mode & 07777));
  return buffer;
}

std::string trim_line_end(std::string value) {
  while (!value.empty() && (value.back() == '\n' || value.back() == '\r')) value.pop_back();
  return value;
}

std::string read_secret_file(const std::string& path, const std::string& what) {
  const std::string at = what + ": secret file " + path;
  // O_NOFOLLOW: the permissions checked are the file's, not a symlink's target's.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
  if (fd < 0) {
    if (errno == ELOOP) throw InputError(at + ": a symbolic link (give the file itself)");
    throw InputError(at + ": cannot read it (" + std::strerror(errno) + ")");
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    const int err = errno;
    ::close(fd);
    throw InputError(at + ": cannot read it (" + std::strerror(err) + ")");
  }
  auto refuse = [&](const std::string& why) {
    ::close(fd);
    throw InputError(at + ": " + why);
  };
  if (!S_ISREG(st.st_mode)) refuse("not a regular file");
  if (st.st_uid != ::geteuid())
    refuse("owned by another user (uid " + std::to_string(st.st_uid) + ")");
  if (st.st_mode & 077)
    refuse(std::string((st.st_mode & 044) ? "readable" : "writable") +
           " by group or others (mode " + octal_mode(st.st_mode) + "): chmod 600 " + path);
  if (st.st_size > static_cast<off_t>(kMaxSecretBytes))
    refuse("larger than a secret (over 64 KiB)");
  std::string value(static_cast<std::size_t>(st.st_size), '\0');
  std::size_t got = 0;
  while (got < value.size()) {
    const ssize_t n = ::read(fd, value.data() + got, value.size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    got += static_cast<std::size_t>(n);
  }
  ::close(fd);
  value.resize(got);
  value = trim_line_end(value);
  if (value.empty()) throw InputError(at + ": empty");
  return value;
}

std::string percent_decoded(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() &&
        std::isxdigit(static_cast<unsigned char>(text[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(text[i + 2]))) {
      out += static_cast<char>(std::stoi(text.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

}  // namespace

std::string read_secret(const SecretSource& source, const std::string& what) {
  if (!source.env.empty()) {
    const char* value = std::getenv(source.env.c_str());
    if (!value || !*value)
      throw InputError(what + ": the environment variable " + source.env + " is not set");
    return trim_line_end(value);
  }
  if (!source.file.empty()) return read_secret_file(source.file, what);
  throw InputError(what + ": no secret given (url_env or url_file)");
}

void Redactor::add(const std::string& secret) {
  if (secret.size() < 4) return;  // too short to find safely; never printed by yoy anyway
  secrets_.push_back(secret);
  const std::size_t scheme = secret.find("://");
  if (scheme != std::string::npos && secret.size() > scheme + 3)
    secrets_.push_back(secret.substr(scheme + 3));
  const std::string decoded = percent_decoded(secret);
  if (decoded != secret) secrets_.push_back(decoded);
  // Longest first, so a secret containing another is replaced whole.
  std::sort(secrets_.begin(), secrets_.end(),
            [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
}

std::string Redactor::operator()(std::string text) const {
  for (const std::string& secret : secrets_) {
    for (std::size_t at = text.find(secret); at != std::string::npos;
         at = text.find(secret, at + 8))
      text.replace(at, secret.size(), "[secret]");
  }
  return text;
}

}  // namespace yoy
