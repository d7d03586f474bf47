// RecordStore: small commits under refs/yoy/ beside the editions (fetch state,
// notification records), written objects first and published by
// compare-and-swap under the writers' lock, as ingest and the cache do.
#include <fcntl.h>
#include <git2/sys/commit.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "archive/archive_internal.h"
#include "archive/loose_objects.h"
#include "yoy/archive/records.h"

namespace yoy {

using namespace archive_detail;

struct RecordStore::Impl {
  std::string path;
  git::Repository repo;
};

namespace {

git_oid to_oid(const std::string& hex, const std::string& where) {
  git_oid oid;
  if (hex.size() != GIT_OID_HEXSZ || git_oid_fromstr(&oid, hex.c_str()) < 0)
    throw ArchiveError(where + ": '" + hex + "' is not an object id");
  return oid;
}

// A directory of paths being built: files here, subdirectories below.
struct Dir {
  std::map<std::string, RecordObject> objects;
  std::map<std::string, Dir> dirs;
};

git_oid write_dir(git_repository* repo, const std::string& where, const Dir& dir) {
  git_treebuilder* raw = nullptr;
  git::check(git_treebuilder_new(&raw, repo, nullptr), where, "cannot build a record tree");
  git::TreeBuilder builder(raw);
  for (const auto& [name, object] : dir.objects) {
    const git_oid oid = to_oid(object.id, where);
    git::check(git_treebuilder_insert(nullptr, builder.get(), name.c_str(), &oid,
                                      object.tree ? GIT_FILEMODE_TREE : GIT_FILEMODE_BLOB),
               where, ("cannot add '" + name + "' to a record tree").c_str());
  }
  for (const auto& [name, sub] : dir.dirs) {
    const git_oid oid = write_dir(repo, where, sub);
    git::check(
        git_treebuilder_insert(nullptr, builder.get(), name.c_str(), &oid, GIT_FILEMODE_TREE),
        where, ("cannot add '" + name + "' to a record tree").c_str());
  }
  git_oid id;
  git::check(git_treebuilder_write(&id, builder.get()), where, "cannot write a record tree");
  return id;
}

void sync_objects(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0 || ::syncfs(fd) != 0) {
    const int err = errno;
    if (fd >= 0) ::close(fd);
    throw ArchiveError(path + ": cannot sync objects to disk: " + std::strerror(err));
  }
  ::close(fd);
}

}  // namespace

bool valid_record_name(const std::string& name) {
  if (name.empty() || name.size() > 100 || name[0] == '.' || name[0] == '-') return false;
  for (char c : name) {
    const bool ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                    c == '.' || c == '_' || c == '-';
    if (!ok) return false;
  }
  if (name.find("..") != std::string::npos || name.back() == '.') return false;
  return !(name.size() >= 5 && name.compare(name.size() - 5, 5, ".lock") == 0);
}

RecordStore::RecordStore(const Archive& archive) : impl_(std::make_unique<Impl>()) {
  git::ensure_initialized();
  impl_->path = archive.path();
  git_repository* raw = nullptr;
  git::check(
      git_repository_open_ext(&raw, impl_->path.c_str(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr),
      impl_->path, "cannot open archive");
  impl_->repo.reset(raw);
  guard_loose_objects(impl_->repo.get(), impl_->path);
}

RecordStore::~RecordStore() = default;

std::optional<RecordHead> RecordStore::head(const std::string& ref) const {
  git_oid id;
  const int rc = git_reference_name_to_id(&id, impl_->repo.get(), ref.c_str());
  if (rc == GIT_ENOTFOUND) return std::nullopt;
  git::check(rc, impl_->path, ("cannot read " + ref).c_str());
  git_commit* raw = nullptr;
  if (git_commit_lookup(&raw, impl_->repo.get(), &id) < 0)
    throw ArchiveError(impl_->path + ": " + ref + " does not name a commit (" + git::last_error() +
                       ")");
  git::Commit commit(raw);
  RecordHead head;
  head.commit = git::hex(id);
  head.tree = git::hex(*git_commit_tree_id(commit.get()));
  head.time = git_commit_time(commit.get());
  return head;
}

std::map<std::string, RecordObject> RecordStore::list(const std::string& tree_id) const {
  const git_oid oid = to_oid(tree_id, impl_->path);
  git_tree* raw = nullptr;
  git::check(git_tree_lookup(&raw, impl_->repo.get(), &oid), impl_->path,
             ("cannot read tree " + tree_id).c_str());
  git::Tree tree(raw);
  std::map<std::string, RecordObject> out;
  for (std::size_t i = 0; i < git_tree_entrycount(tree.get()); ++i) {
    const git_tree_entry* entry = git_tree_entry_byindex(tree.get(), i);
    const git_object_t type = git_tree_entry_type(entry);
    if (type != GIT_OBJECT_TREE && type != GIT_OBJECT_BLOB) continue;
    out[git_tree_entry_name(entry)] = {git::hex(*git_tree_entry_id(entry)),
                                       type == GIT_OBJECT_TREE};
  }
  return out;
}

std::optional<RecordObject> RecordStore::find(const std::string& tree_id,
                                              const std::string& path) const {
  std::string current = tree_id;
  std::size_t start = 0;
  for (;;) {
    const std::size_t slash = path.find('/', start);
    const std::string name = path.substr(start, slash == std::string::npos ? slash : slash - start);
    const auto entries = list(current);
    auto it = entries.find(name);
    if (it == entries.end()) return std::nullopt;
    if (slash == std::string::npos) return it->second;
    if (!it->second.tree) return std::nullopt;
    current = it->second.id;
    start = slash + 1;
  }
}

std::string RecordStore::read(const std::string& blob_id) const {
  const git_oid oid = to_oid(blob_id, impl_->path);
  git_blob* raw = nullptr;
  git::check(git_blob_lookup(&raw, impl_->repo.get(), &oid), impl_->path,
             ("cannot read object " + blob_id).c_str());
  git::Blob blob(raw);
  return std::string(static_cast<const char*>(git_blob_rawcontent(blob.get())),
                     static_cast<std::size_t>(git_blob_rawsize(blob.get())));
}

std::string RecordStore::write_blob(const std::string& bytes) {
  git_oid oid;
  git::check(git_blob_create_from_buffer(&oid, impl_->repo.get(), bytes.data(), bytes.size()),
             impl_->path, "cannot store a record");
  return git::hex(oid);
}

std::string RecordStore::write_tree(const std::map<std::string, RecordObject>& entries) {
  Dir root;
  for (const auto& [path, object] : entries) {
    Dir* dir = &root;
    std::size_t start = 0;
    for (std::size_t slash; (slash = path.find('/', start)) != std::string::npos; start = slash + 1)
      dir = &dir->dirs[path.substr(start, slash - start)];
    dir->objects[path.substr(start)] = object;
  }
  return git::hex(write_dir(impl_->repo.get(), impl_->path, root));
}

bool RecordStore::publish(const std::string& ref, const std::string& expected,
                          const std::string& parent, const std::string& tree,
                          const std::string& message, long long time) {
  git_repository* repo = impl_->repo.get();
  const git_oid tree_id = to_oid(tree, impl_->path);
  git_oid parent_id{};
  const git_oid* parents[1] = {&parent_id};
  if (!parent.empty()) parent_id = to_oid(parent, impl_->path);
  git_signature* sig_raw = nullptr;
  git::check(git_signature_new(&sig_raw, "yoy", "yoy@localhost", time, 0), impl_->path,
             "cannot sign a record");
  git::Signature signature(sig_raw);
  git_oid commit;
  git::check(
      git_commit_create_from_ids(&commit, repo, nullptr, signature.get(), signature.get(), nullptr,
                                 message.c_str(), &tree_id, parent.empty() ? 0 : 1, parents),
      impl_->path, "cannot write a record");
  sync_objects(impl_->path);
  WriterLock lock(impl_->path);
  git_oid now{};
  const int found = git_reference_name_to_id(&now, repo, ref.c_str());
  if (found != 0 && found != GIT_ENOTFOUND) git::check(found, impl_->path, "cannot read a record");
  if (expected.empty() ? found == 0 : (found != 0 || git::hex(now) != expected)) return false;
  clear_stale_ref_lock(impl_->path, ref);
  git_reference* raw = nullptr;
  int rc;
  if (expected.empty()) {
    rc = git_reference_create(&raw, repo, ref.c_str(), &commit, 0, "yoy: record");
  } else {
    const git_oid old = to_oid(expected, impl_->path);
    rc = git_reference_create_matching(&raw, repo, ref.c_str(), &commit, 1, &old, "yoy: record");
  }
  git::Reference updated(raw);
  if (rc == GIT_EMODIFIED || rc == GIT_EEXISTS || rc == GIT_ELOCKED) return false;
  git::check(rc, impl_->path, ("cannot update " + ref).c_str());
  return true;
}

std::map<int, std::string> RecordStore::edition_trees(const std::string& series) const {
  const Chain chain = read_chain(impl_->repo.get(), impl_->path, series);
  std::map<int, std::string> out;
  for (const EditionCommit& edition : chain.editions) out[edition.year] = git::hex(edition.tree);
  return out;
}

}  // namespace yoy
