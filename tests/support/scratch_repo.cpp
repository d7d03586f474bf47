#include "support/scratch_repo.h"

#include <stdexcept>

namespace yoy::test {

namespace {

void check(int rc, const char* what) {
  if (rc < 0) {
    const git_error* e = git_error_last();
    throw std::runtime_error(std::string(what) + ": " + (e ? e->message : "?"));
  }
}

}  // namespace

ScratchRepo::ScratchRepo() : path_(dir_ / "repo.git") {
  git_libgit2_init();
  check(git_repository_init(&repo_, path_.c_str(), 1), "git init");
}

ScratchRepo::~ScratchRepo() {
  git_repository_free(repo_);
  git_libgit2_shutdown();
}

git_oid ScratchRepo::blob(const std::string& bytes) {
  git_oid id;
  check(git_blob_create_from_buffer(&id, repo_, bytes.data(), bytes.size()), "blob");
  return id;
}

git_oid ScratchRepo::tree(const std::map<std::string, std::string>& files) {
  git_treebuilder* builder = nullptr;
  check(git_treebuilder_new(&builder, repo_, nullptr), "treebuilder");
  for (const auto& [name, bytes] : files) {
    const git_oid id = blob(bytes);
    check(git_treebuilder_insert(nullptr, builder, name.c_str(), &id, GIT_FILEMODE_BLOB), "insert");
  }
  git_oid id;
  const int rc = git_treebuilder_write(&id, builder);
  git_treebuilder_free(builder);
  check(rc, "write tree");
  return id;
}

git_oid ScratchRepo::commit(const std::string& message, const git_oid* parent,
                            const std::map<std::string, std::string>& files) {
  const git_oid tree_id = tree(files);
  git_tree* t = nullptr;
  check(git_tree_lookup(&t, repo_, &tree_id), "tree lookup");
  git_commit* p = nullptr;
  if (parent) check(git_commit_lookup(&p, repo_, parent), "parent lookup");
  git_signature* sig = nullptr;
  check(git_signature_new(&sig, "t", "t@t", 0, 0), "signature");
  const git_commit* parents[1] = {p};
  git_oid id;
  const int rc = git_commit_create(&id, repo_, nullptr, sig, sig, nullptr, message.c_str(), t,
                                   parent ? 1 : 0, parents);
  git_signature_free(sig);
  git_commit_free(p);
  git_tree_free(t);
  check(rc, "commit");
  return id;
}

void ScratchRepo::set_ref(const std::string& name, const git_oid& target) {
  git_reference* r = nullptr;
  check(git_reference_create(&r, repo_, name.c_str(), &target, 1, "test"), "ref");
  git_reference_free(r);
}

git_oid ScratchRepo::ref(const std::string& name) const {
  git_oid id{};
  if (git_reference_name_to_id(&id, repo_, name.c_str()) < 0) return git_oid{};
  return id;
}

bool ScratchRepo::has_ref(const std::string& name) const {
  git_oid id;
  return git_reference_name_to_id(&id, repo_, name.c_str()) == 0;
}

}  // namespace yoy::test
