#pragma once
// What the archive's files share: the open repository, the edition chain of a
// series, the writers' lock and the commit identity. Private to src/.
#include <git2.h>

#include <string>
#include <vector>

#include "archive/git_handles.h"
#include "yoy/archive/archive.h"

namespace yoy {

struct Archive::Impl {
  std::string path;
  git::Repository repo;
  bool caching = true;  // off: --no-cache
  // The cache tree read once per process (archive_cache.cpp).
  struct CacheView {
    bool loaded = false;
    std::string version;
    git::Tree tree;
  } cache_view;
};

namespace archive_detail {

// One commit of a series branch: the edition of one year.
struct EditionCommit {
  int year = 0;
  git_oid commit{};
  git_oid tree{};
};

struct Chain {
  bool exists = false;  // the branch exists
  git_oid head{};
  std::vector<EditionCommit> editions;  // oldest year first
};

std::string branch_ref(const std::string& series);
std::string tag_ref(const std::string& series, int year);

// Reads refs/heads/<series> and its first-parent history. Throws ArchiveError
// when the history is not one commit per year in year order.
Chain read_chain(git_repository* repo, const std::string& archive_path, const std::string& series);

// The year a commit message "<series> <year>: ..." names, or 0.
int year_in_message(const std::string& message, const std::string& series);

// Report id of a tree entry name "<id>.<ext>".
std::string id_of_entry(const std::string& name);

// Exclusive lock among yoy writers of one archive (flock on <archive>/yoy.lock,
// released by the kernel if the process dies, so a kill never wedges the archive).
class WriterLock {
 public:
  explicit WriterLock(const std::string& archive_path);
  ~WriterLock();
  WriterLock(const WriterLock&) = delete;
  WriterLock& operator=(const WriterLock&) = delete;

 private:
  int fd_ = -1;
};

// Throws ArchiveError when the archive cannot be written (read-only files or mode).
void require_writable(const std::string& archive_path);

}  // namespace archive_detail
}  // namespace yoy
