#pragma once
// What the archive's files share: the open repository, the edition chain of a
// series, the writers' lock and the commit identity. Private to src/.
#include <git2.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "archive/git_handles.h"
#include "yoy/archive/archive.h"
#include "yoy/util/siphash.h"

namespace yoy {

struct Archive::Impl {
  std::string path;
  git::Repository repo;
  git::Odb odb;                            // the repository's, for object headers
  std::size_t max_read_bytes = 64u << 20;  // Archive::limit_reads
  // The blob's id, once its header says it is a blob within max_read_bytes.
  git_oid checked_blob(const std::string& blob_id, const std::string& what,
                       std::size_t* size = nullptr) const;
  bool caching = true;  // off: --no-cache
  // The cache tree read once per process (archive_cache.cpp).
  struct CacheView {
    bool loaded = false;
    std::string version;
    git::Tree tree;
  } cache_view;
  std::optional<bool> cache_writable;  // checked once, before the first cache object
  // The key that seals cache entries (cache_key.h): looked for once to read,
  // made (if absent) before the first entry is written.
  bool cache_key_loaded = false;
  std::optional<SipKey> cache_key;
  const std::optional<SipKey>& seal_key(bool create);  // archive_cache.cpp
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
// The same for any ref holding a series' head (a remote's, fetched under refs/yoy/remotes/).
Chain read_chain_at(git_repository* repo, const std::string& archive_path, const std::string& ref,
                    const std::string& series);

// "<archive>: refs/heads/x is broken (...)": a branch file libgit2 cannot parse.
std::string broken_branch(const std::string& archive_path, const std::string& ref);

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

// Why a repository without the yoy.archive key is not a yoy archive by its layout
// (every branch a chain of yearly editions, each tagged <series>/<year>); "" when it is.
std::string layout_problem(git_repository* repo, const std::string& archive_path);

// --- Writing a series' history (archive_commits.cpp; rm and pull rebuild chains with it).

struct CommitIdentity {
  std::string name = "yoy";
  std::string email = "yoy@localhost";
};
// user.name / user.email from git config when both are set.
CommitIdentity commit_identity(git_repository* repo);
// 1 January 00:00 UTC of the year (a few seconds after the epoch before 1971): the same
// corpus gives the same commit ids on any machine.
git_time_t commit_time_of(int year);

struct TreeEntry {
  std::string name;  // "<id>.<ext>"
  git_oid blob{};
};
using TreeEntries = std::map<std::string, TreeEntry>;  // by report id
TreeEntries tree_entries(git_repository* repo, const git_oid& tree_id, const std::string& where);
git_oid write_tree_of(git_repository* repo, const std::string& where, const TreeEntries& entries);
// "tip 2025: 2 reports (1 added, 1 unchanged)" against the edition before.
std::string edition_message(const std::string& series, int year, const TreeEntries& entries,
                            const TreeEntries* previous);
// The message is edition_message(), then `note` (an edition's notes, e.g. the
// pages of each narrative in its PDF) after a blank line.
git_oid write_edition_commit(git_repository* repo, const std::string& where,
                             const CommitIdentity& identity, const std::string& series, int year,
                             const git_oid& tree, const EditionCommit* parent,
                             const std::string& note = "");
// New commits for editions[start..] (same trees), each on the one before.
void relink_from(git_repository* repo, const std::string& where, const CommitIdentity& identity,
                 const std::string& series, std::vector<EditionCommit>& editions,
                 std::size_t start);
// Keeps a head reachable as the next refs/yoy/replaced/<n> (false: already kept).
bool keep_as_replaced(git_repository* repo, const std::string& archive_path, const git_oid& head);
void clear_stale_ref_lock(const std::string& archive_path, const std::string& ref);
// Under the writers' lock: tags <series>/<year> point at `editions`' commits;
// years of `old_editions` no longer there lose theirs.
void follow_tags(git_repository* repo, const std::string& archive_path, const std::string& series,
                 const std::vector<EditionCommit>& old_editions,
                 const std::vector<EditionCommit>& editions);
// Under the writers' lock: moves the series branch from `old` to the chain's last
// commit (deletes it when empty), keeps the old head under refs/yoy/replaced/ unless
// the new chain descends from it, and makes the tags follow. False when the branch
// is no longer at old.head (another writer won: plan again).
bool publish_chain(git_repository* repo, const std::string& archive_path, const std::string& series,
                   const Chain& old, const std::vector<EditionCommit>& editions,
                   const std::string& log);

// Throws ArchiveError when the archive cannot be written (read-only files or mode).
void require_writable(const std::string& archive_path);

}  // namespace archive_detail
}  // namespace yoy
