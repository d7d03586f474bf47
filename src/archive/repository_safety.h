#pragma once
// What yoy checks about a repository before libgit2 opens it, and how it
// explains a refusal. Private to src/archive.
#include <string>

namespace yoy::archive_detail {

// Throws ArchiveError when <git_dir>/config is not a regular file (a FIFO
// there would block libgit2 forever) or includes other files ([include] or
// [includeIf]: yoy does not follow a repository's includes; a hostile archive
// could point them at a FIFO, a device or someone else's file).
void check_config(const std::string& git_dir);

// When `path` is a repository owned by another user, what that means and how
// git's safe.directory answers it; "" when it is the caller's own.
std::string ownership_problem(const std::string& path);

// Removes "<archive>.tmp-<pid>-<n>" directories that creators killed before
// renaming them into place left beside `archive` (their pid is gone).
void remove_stale_creations(const std::string& archive);

}  // namespace yoy::archive_detail
