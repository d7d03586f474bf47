#pragma once
// Loose objects are read by yoy, not by libgit2's loose reader. Debian's
// libgit2 1.5 spins forever on a truncated loose object (libgit2 #7342) and
// writes past its buffer when an object's header claims fewer bytes than its
// body holds (#7177). The guard reads each loose file with a bounded inflate
// that refuses both, and repairs a damaged object that a writer is about to
// store again. Private to src/archive.
#include <git2.h>

#include <string>
#include <vector>

namespace yoy::archive_detail {

// What a loose object file holds, once verified.
struct LooseObject {
  git_object_t type = GIT_OBJECT_INVALID;
  std::string body;
};

// Reads and verifies objects/xx/yyyy...: a regular file, a complete zlib
// stream (its Adler-32 checked), a "<type> <size>\0" header whose size is the
// body's exact length, nothing after the stream. Returns false when there is
// no such file; throws ArchiveError naming the object and what is wrong.
bool read_loose_object(const std::string& objects_dir, const git_oid& id, LooseObject& out);

// The object directories libgit2 reads: <repository>/objects and its
// alternates (objects/info/alternates, as libgit2 follows them).
std::vector<std::string> object_directories(git_repository* repo);

// Reads every loose object of the repository at `git_dir` (and its alternates)
// as read_loose_object does; throws its ArchiveError at the first bad one. For
// a repository libgit2 opens on its own, out of yoy's reach: the source of a
// clone, pull or push through a local path (libgit2's local transport).
void verify_loose_objects(const std::string& git_dir);

// Puts the verifying reader in front of libgit2's own (throws ArchiveError
// naming `where` when the object database cannot be opened).
void guard_loose_objects(git_repository* repo, const std::string& where);

}  // namespace yoy::archive_detail
