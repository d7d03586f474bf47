// write_output_directory: stage the whole set beside the target, swap it in.
#include "yoy/util/output_dir.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "yoy/util/error.h"

namespace fs = std::filesystem;

namespace yoy {

namespace {

constexpr const char* kStagingTag = ".yoy-tmp-";

std::string reason(int err) { return std::strerror(err); }

void check_name(const std::string& name) {
  bool bad = name.empty() || name[0] == '.' || name.size() > 255;
  for (unsigned char c : name) bad |= c == '/' || c == '\\' || c < 0x20 || c == 0x7F;
  if (bad) throw InputError("'" + name + "' cannot be a file name in the output directory");
}

// Writes one new file (O_EXCL: the staging directory is ours alone), fsynced.
void write_new_file(const fs::path& path, const std::string& content) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) throw InputError("cannot write " + path.string() + ": " + reason(errno));
  const char* data = content.data();
  std::size_t left = content.size();
  while (left > 0) {
    ssize_t n = ::write(fd, data, left);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int err = errno;
      ::close(fd);
      throw InputError("cannot write " + path.string() + ": " + reason(err));
    }
    data += n;
    left -= static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0) {
    int err = errno;
    ::close(fd);
    throw InputError("cannot write " + path.string() + ": " + reason(err));
  }
  if (::close(fd) != 0) throw InputError("cannot write " + path.string() + ": " + reason(errno));
}

void sync_directory(const fs::path& dir) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
}

std::set<std::string> read_manifest(const fs::path& dir) {
  std::set<std::string> names;
  std::ifstream in(dir / kManifestName);
  for (std::string line; std::getline(in, line);)
    if (!line.empty() && line[0] != '#') names.insert(line);
  return names;
}

// The user's own entry, carried into the new set as it is: files hard-linked
// (copied where links are refused), directories rebuilt, symlinks recreated.
void carry(const fs::path& from, const fs::path& to) {
  std::error_code error;
  const fs::file_status status = fs::symlink_status(from, error);
  if (error) throw InputError("cannot read " + from.string() + ": " + error.message());
  if (fs::is_symlink(status)) {
    fs::copy_symlink(from, to, error);
  } else if (fs::is_directory(status)) {
    fs::create_directory(to, from, error);
    if (!error)
      for (const auto& entry : fs::directory_iterator(from))
        carry(entry.path(), to / entry.path().filename());
  } else if (::link(from.c_str(), to.c_str()) != 0) {
    fs::copy_file(from, to, error);
  }
  if (error) throw InputError("cannot keep " + from.string() + ": " + error.message());
}

// ".<name>.yoy-tmp-<pid>-<n>" of a writer that is no longer running.
bool stale_staging(const std::string& entry, const std::string& prefix) {
  if (entry.rfind(prefix, 0) != 0) return false;
  const std::string rest = entry.substr(prefix.size());
  const std::size_t dash = rest.find('-');
  if (dash == std::string::npos || dash == 0) return false;
  for (std::size_t i = 0; i < dash; ++i)
    if (rest[i] < '0' || rest[i] > '9') return false;
  const long pid = std::stol(rest.substr(0, dash));
  return pid != ::getpid() && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
}

void remove_stale_stagings(const fs::path& parent, const std::string& prefix) {
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(parent, error)) {
    if (stale_staging(entry.path().filename().string(), prefix)) {
      std::error_code ignored;
      fs::remove_all(entry.path(), ignored);
    }
  }
}

}  // namespace

void write_output_directory(const std::string& dir_text, const std::vector<OutputFile>& files) {
  std::set<std::string> names;
  for (const OutputFile& file : files) {
    check_name(file.name);
    if (!names.insert(file.name).second)
      throw InputError("'" + file.name + "' would be written twice in " + dir_text);
  }
  fs::path dir = fs::path(dir_text).lexically_normal();
  if (dir.filename().empty()) dir = dir.parent_path();  // "out/" → "out"
  if (dir.empty() || dir == "." || dir == "..") dir = fs::absolute(dir).lexically_normal();
  const fs::path parent = dir.has_parent_path() ? dir.parent_path() : fs::path(".");
  const std::string base = dir.filename().string();

  std::error_code error;
  fs::create_directories(parent, error);
  if (error) throw InputError("cannot create " + parent.string() + ": " + error.message());
  const bool exists = fs::exists(fs::symlink_status(dir, error));
  if (exists && !fs::is_directory(dir, error))
    throw InputError("cannot write " + dir_text + ": not a directory");
  if (exists && ::access(dir.c_str(), R_OK | W_OK | X_OK) != 0)
    throw InputError("cannot write " + dir_text + ": " + reason(errno));

  const std::string prefix = "." + base + kStagingTag;
  remove_stale_stagings(parent, prefix);

  // What the directory holds that yoy did not write stays; it must not be in the way.
  std::vector<fs::path> foreign;
  if (exists) {
    const std::set<std::string> ours = read_manifest(dir);
    for (const auto& entry : fs::directory_iterator(dir, error)) {
      const std::string name = entry.path().filename().string();
      // What the manifest lists is yoy's only while it is still a plain file.
      if (name == kManifestName ||
          (ours.count(name) && entry.is_regular_file() && !entry.is_symlink()))
        continue;
      if (names.count(name))
        throw InputError(dir_text + "/" + name + " was not written by yoy (the directory's " +
                         kManifestName + " does not list it): move it away or write elsewhere");
      foreign.push_back(entry.path());
    }
    if (error) throw InputError("cannot read " + dir_text + ": " + error.message());
  }

  static unsigned serial = 0;
  fs::path staging;
  for (int attempt = 0; attempt < 100; ++attempt) {
    staging = parent / (prefix + std::to_string(::getpid()) + "-" + std::to_string(serial++));
    if (::mkdir(staging.c_str(), 0755) == 0) break;
    if (errno != EEXIST) throw InputError("cannot write " + dir_text + ": " + reason(errno));
    staging.clear();
  }
  if (staging.empty()) throw InputError("cannot write " + dir_text + ": no temporary name free");
  try {
    if (exists) {
      struct stat st {};
      if (::stat(dir.c_str(), &st) == 0) ::chmod(staging.c_str(), st.st_mode & 07777);
    }
    for (const OutputFile& file : files) write_new_file(staging / file.name, file.content);
    for (const fs::path& path : foreign) carry(path, staging / path.filename());
    std::string manifest =
        "# Written by yoy: the next run replaces or removes these files, and only these.\n";
    for (const std::string& name : names) manifest += name + "\n";
    write_new_file(staging / kManifestName, manifest);
    sync_directory(staging);

    if (!exists) {
      if (::rename(staging.c_str(), dir.c_str()) != 0)
        throw InputError("cannot write " + dir_text + ": " + reason(errno));
    } else if (::renameat2(AT_FDCWD, staging.c_str(), AT_FDCWD, dir.c_str(), RENAME_EXCHANGE) !=
               0) {
      const int err = errno;
      if (err != EINVAL && err != ENOSYS && err != ENOTSUP)
        throw InputError("cannot write " + dir_text + ": " + reason(err));
      // No atomic exchange on this file system: old set aside, new set in.
      const fs::path old =
          parent / (prefix + std::to_string(::getpid()) + "-old-" + std::to_string(serial++));
      if (::rename(dir.c_str(), old.c_str()) != 0)
        throw InputError("cannot write " + dir_text + ": " + reason(errno));
      if (::rename(staging.c_str(), dir.c_str()) != 0) {
        const int err2 = errno;
        ::rename(old.c_str(), dir.c_str());
        throw InputError("cannot write " + dir_text + ": " + reason(err2));
      }
      staging = old;
    }
  } catch (...) {
    fs::remove_all(staging, error);
    throw;
  }
  sync_directory(parent);
  fs::remove_all(staging, error);  // the old set (a kill here leaves it to the next run)
}

}  // namespace yoy
