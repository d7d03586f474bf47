#include "archive/repository_safety.h"

#include <pwd.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "yoy/util/ascii.h"
#include "yoy/util/error.h"

namespace yoy::archive_detail {

namespace {

std::string user_name(uid_t uid) {
  const passwd* entry = ::getpwuid(uid);
  return entry && entry->pw_name ? entry->pw_name : "uid " + std::to_string(uid);
}

}  // namespace

void check_config(const std::string& git_dir) {
  const std::string config = git_dir + "/config";
  struct stat st {};
  if (::stat(config.c_str(), &st) != 0) return;  // none: libgit2 reads nothing
  if (!S_ISREG(st.st_mode))
    throw ArchiveError(config + ": not a regular file; a repository's config must be one");
  std::ifstream in(config);
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    const std::size_t start = line.find_first_not_of(" \t");
    if (start == std::string::npos || line[start] != '[') continue;
    const std::size_t end = line.find_first_of("] \t\"", start + 1);
    const std::string section = ascii_lower(line.substr(start + 1, end - start - 1));
    if (section == "include" || section == "includeif") {
      throw ArchiveError(config + ":" + std::to_string(number) + ": [" +
                         line.substr(start + 1, end - start - 1) +
                         "] includes another file; yoy does not follow includes in a "
                         "repository's config (remove the section to use it)");
    }
  }
}

std::string ownership_problem(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0 || st.st_uid == ::geteuid()) return "";
  std::error_code ec;
  const std::string absolute = std::filesystem::absolute(path, ec).lexically_normal().string();
  std::string shown = absolute;
  while (shown.size() > 1 && shown.back() == '/') shown.pop_back();
  return path + ": owned by " + user_name(st.st_uid) + ", not by you (" + user_name(::geteuid()) +
         "); git and yoy open another user's repository only when it is listed in git's "
         "safe.directory: git config --global --add safe.directory " +
         shown + " (the exact path: libgit2 1.5 does not take '*')";
}

void remove_stale_creations(const std::string& archive) {
  std::filesystem::path target(archive);
  while (target.has_filename() == false && target.has_parent_path() &&
         target != target.parent_path())
    target = target.parent_path();  // "a/" -> "a"
  const std::string prefix = target.filename().string() + ".tmp-";
  const std::filesystem::path parent = target.has_parent_path() ? target.parent_path() : ".";
  std::error_code ec;
  for (auto it = std::filesystem::directory_iterator(parent, ec);
       !ec && it != std::filesystem::directory_iterator(); it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.compare(0, prefix.size(), prefix) != 0) continue;
    // "<pid>-<digits>", nothing else: only what create_archive makes.
    const std::string rest = name.substr(prefix.size());
    const std::size_t dash = rest.find('-');
    if (dash == 0 || dash == std::string::npos || dash + 1 == rest.size() ||
        rest.find_first_not_of("0123456789", 0) != dash ||
        rest.find_first_not_of("0123456789", dash + 1) != std::string::npos || dash > 9)
      continue;
    const pid_t pid = static_cast<pid_t>(std::stol(rest.substr(0, dash)));
    if (pid <= 0 || ::kill(pid, 0) == 0 || errno != ESRCH) continue;  // alive, or not ours to tell
    std::error_code ignored;
    if (it->is_directory(ignored)) std::filesystem::remove_all(it->path(), ignored);
  }
}

}  // namespace yoy::archive_detail
