#pragma once
// A bare git repository in a scratch directory, written with libgit2 as the
// archive's unit tests need it: commits with any message, parent and files,
// refs set by hand (what yoy would write, and what it must refuse).
#include <git2.h>

#include <map>
#include <string>

#include "support/scratch_dir.h"

namespace yoy::test {

class ScratchRepo {
 public:
  ScratchRepo();
  ~ScratchRepo();
  ScratchRepo(const ScratchRepo&) = delete;
  ScratchRepo& operator=(const ScratchRepo&) = delete;

  git_repository* get() const { return repo_; }
  const std::string& path() const { return path_; }

  // A blob of `bytes`.
  git_oid blob(const std::string& bytes);
  // A tree of files (name -> bytes).
  git_oid tree(const std::map<std::string, std::string>& files);
  // A commit of `tree` (empty when none) with `message`, on `parent` when given.
  git_oid commit(const std::string& message, const git_oid* parent = nullptr,
                 const std::map<std::string, std::string>& files = {});
  // Points refs/... at `target` (created or moved).
  void set_ref(const std::string& name, const git_oid& target);
  // The id `name` points at; all zeros when absent.
  git_oid ref(const std::string& name) const;
  bool has_ref(const std::string& name) const;

 private:
  ScratchDir dir_;
  std::string path_;
  git_repository* repo_ = nullptr;
};

}  // namespace yoy::test
