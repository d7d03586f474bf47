#pragma once
// RAII owners for libgit2 objects and one error helper, shared by the archive files.
#include <git2.h>

#include <cerrno>
#include <cstring>
#include <memory>
#include <string>

#include "yoy/util/error.h"

namespace yoy::git {

template <typename T, void (*Free)(T*)>
struct Deleter {
  void operator()(T* p) const { Free(p); }
};
template <typename T, void (*Free)(T*)>
using Handle = std::unique_ptr<T, Deleter<T, Free>>;

using Repository = Handle<git_repository, git_repository_free>;
using Reference = Handle<git_reference, git_reference_free>;
using Commit = Handle<git_commit, git_commit_free>;
using Tree = Handle<git_tree, git_tree_free>;
using Blob = Handle<git_blob, git_blob_free>;
using TreeBuilder = Handle<git_treebuilder, git_treebuilder_free>;
using Config = Handle<git_config, git_config_free>;
using Signature = Handle<git_signature, git_signature_free>;
using ReferenceIterator = Handle<git_reference_iterator, git_reference_iterator_free>;
using Odb = Handle<git_odb, git_odb_free>;
using Remote = Handle<git_remote, git_remote_free>;

// libgit2's last error as text ("failed to ... : reason").
inline std::string last_error() {
  const git_error* e = git_error_last();
  if (e && e->message) return e->message;
  // Some failed writes (a full disk, a file-size limit) leave no libgit2 message: errno says it.
  const int err = errno;
  return err ? std::strerror(err) : "unknown libgit2 error";
}

// Throws ArchiveError("<where>: <what>: <libgit2 message>") when rc < 0.
inline void check(int rc, const std::string& where, const char* what) {
  if (rc < 0) throw ArchiveError(where + ": " + what + ": " + last_error());
}

inline std::string hex(const git_oid& oid) {
  char buffer[GIT_OID_HEXSZ + 1];
  git_oid_tostr(buffer, sizeof buffer, &oid);
  return buffer;
}

// git_libgit2_init once per process (never shut down: the archive may be used until exit).
void ensure_initialized();

}  // namespace yoy::git
