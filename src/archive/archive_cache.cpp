// The archive's cache of derived data: opaque bytes by key under
// refs/yoy/cache/<version>, a commit whose tree fans the keys out by their
// first two characters (ab/cdef...), so plain git sees ordinary objects and
// `git fsck --strict` stays clean. Objects are written first and the ref
// moves last, by compare-and-swap under the writers' lock, on top of whatever
// a concurrent writer kept meanwhile; the cache of another version is dropped.
// Every entry is sealed: its bytes end with a SipHash tag of its key and
// bytes under the archive's cache key (cache_key.h), which git never copies
// and a copied directory does not keep. An entry planted with plain git, or
// brought by a clone, a mirror or a tarball, does not check and is a miss.
#include <fcntl.h>
#include <git2/sys/commit.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <map>

#include "archive/archive_internal.h"
#include "archive/cache_key.h"

namespace yoy {

using namespace archive_detail;

namespace {

constexpr const char* kCachePrefix = "refs/yoy/cache/";
constexpr int kAttempts = 50;

std::string cache_ref(const std::string& version) { return kCachePrefix + version; }

bool valid_version(const std::string& version) {
  if (version.empty() || version.size() > 64) return false;
  for (char c : version)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

// A key is a file name git accepts anywhere: letters, digits, '.', '_', '-'.
bool valid_key(const std::string& key) {
  if (key.size() < 3 || key.size() > 200 || key[0] == '.' || key[2] == '.') return false;
  for (char c : key) {
    const bool ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                    c == '.' || c == '_' || c == '-';
    if (!ok) return false;
  }
  return key.find("..") == std::string::npos;
}

constexpr std::size_t kTagBytes = 8;

std::string tag_of(const SipKey& key, const std::string& name, std::string_view bytes) {
  std::string message;
  message.reserve(name.size() + 1 + bytes.size());
  message.append(name).append(1, '\0').append(bytes);
  const std::uint64_t tag = siphash24(key, message);
  std::string out;
  for (std::size_t i = 0; i < kTagBytes; ++i) out += static_cast<char>((tag >> (8 * i)) & 0xff);
  return out;
}

// The tree of the cache ref's commit; null when there is none or it is not a commit's.
git::Tree cache_tree(git_repository* repo, const git_oid& commit_id) {
  git_commit* commit_raw = nullptr;
  if (git_commit_lookup(&commit_raw, repo, &commit_id) < 0) return nullptr;
  git::Commit commit(commit_raw);
  git_tree* tree_raw = nullptr;
  if (git_commit_tree(&tree_raw, commit.get()) < 0) return nullptr;
  return git::Tree(tree_raw);
}

git::Tree cache_tree(git_repository* repo, const std::string& ref) {
  git_oid id;
  if (git_reference_name_to_id(&id, repo, ref.c_str()) < 0) return nullptr;
  return cache_tree(repo, id);
}

bool writable(const std::string& path) {
  try {
    require_writable(path);
    return true;
  } catch (const ArchiveError&) {
    return false;
  }
}

// The objects reach the disk before a ref names them (as ingest does).
bool sync_objects(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return false;
  const bool ok = ::syncfs(fd) == 0;
  ::close(fd);
  return ok;
}

// Under the writers' lock no yoy process is writing `ref`: its lock file is stale.
void clear_stale_lock(const std::string& path, const std::string& ref) {
  const std::string lock = path + "/" + ref + ".lock";
  ::unlink(lock.c_str());
}

class CacheWriter {
 public:
  CacheWriter(git_repository* repo, const std::string& path, const std::string& version)
      : repo_(repo), path_(path), version_(version), ref_(cache_ref(version)) {}

  // Entries: key -> id of a blob already written. false: nothing changed (any
  // failure; the cache is never needed).
  bool keep(const std::vector<std::pair<std::string, std::string>>& entries, git::Tree* tree_out) {
    for (const auto& [key, blob] : entries) {
      git_oid oid;
      if (git_oid_fromstr(&oid, blob.c_str()) < 0) return false;
      by_dir_[key.substr(0, 2)][key.substr(2)] = oid;
    }
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
      git_oid base_commit{};
      const bool had_ref = git_reference_name_to_id(&base_commit, repo_, ref_.c_str()) == 0;
      // A ref that names no readable commit is replaced as if absent.
      git::Tree base = had_ref ? cache_tree(repo_, base_commit) : nullptr;
      git_oid commit_id;
      if (!write_commit(base.get(), &commit_id) || !sync_objects(path_)) return false;
      WriterLock lock(path_);
      git_oid now{};
      const bool has_ref = git_reference_name_to_id(&now, repo_, ref_.c_str()) == 0;
      if (has_ref != had_ref || (has_ref && !git_oid_equal(&now, &base_commit)))
        continue;  // another writer kept entries meanwhile: add ours to theirs
      clear_stale_lock(path_, ref_);
      git_reference* raw = nullptr;
      const int rc =
          had_ref ? git_reference_create_matching(&raw, repo_, ref_.c_str(), &commit_id, 1,
                                                  &base_commit, "yoy: cache")
                  : git_reference_create(&raw, repo_, ref_.c_str(), &commit_id, 0, "yoy: cache");
      git::Reference updated(raw);
      if (rc == GIT_EMODIFIED || rc == GIT_EEXISTS || rc == GIT_ELOCKED) continue;
      if (rc < 0) return false;
      drop_other_versions();
      if (tree_out) {
        git_tree* tree_raw = nullptr;
        if (git_tree_lookup(&tree_raw, repo_, &tree_id_) == 0) *tree_out = git::Tree(tree_raw);
      }
      return true;
    }
    return false;
  }

 private:
  // The base tree with our entries added (replacing same keys); one subtree per fan-out dir.
  bool write_commit(const git_tree* base, git_oid* commit_id) {
    git_treebuilder* root_raw = nullptr;
    if (git_treebuilder_new(&root_raw, repo_, base) < 0) return false;
    git::TreeBuilder root(root_raw);
    for (const auto& [dir, files] : by_dir_) {
      git_tree* sub_raw = nullptr;
      if (base) {
        const git_tree_entry* entry = git_tree_entry_byname(base, dir.c_str());
        if (entry && git_tree_entry_type(entry) == GIT_OBJECT_TREE)
          git_tree_lookup(&sub_raw, repo_, git_tree_entry_id(entry));
      }
      git::Tree sub(sub_raw);
      git_treebuilder* builder_raw = nullptr;
      if (git_treebuilder_new(&builder_raw, repo_, sub.get()) < 0) return false;
      git::TreeBuilder builder(builder_raw);
      for (const auto& [name, oid] : files)
        if (git_treebuilder_insert(nullptr, builder.get(), name.c_str(), &oid, GIT_FILEMODE_BLOB) <
            0)
          return false;
      git_oid sub_id;
      if (git_treebuilder_write(&sub_id, builder.get()) < 0 ||
          git_treebuilder_insert(nullptr, root.get(), dir.c_str(), &sub_id, GIT_FILEMODE_TREE) < 0)
        return false;
    }
    if (git_treebuilder_write(&tree_id_, root.get()) < 0) return false;
    git_signature* sig_raw = nullptr;
    if (git_signature_new(&sig_raw, "yoy", "yoy@localhost", 1, 0) < 0) return false;
    git::Signature signature(sig_raw);
    const std::string message = "yoy analysis cache " + version_ +
                                "\n\nDerived from the editions; rebuilt when missing or stale.\n";
    return git_commit_create_from_ids(commit_id, repo_, nullptr, signature.get(), signature.get(),
                                      nullptr, message.c_str(), &tree_id_, 0, nullptr) == 0;
  }

  // Analyses of another parser version are never read again.
  void drop_other_versions() {
    git_reference_iterator* raw = nullptr;
    const std::string glob = std::string(kCachePrefix) + "*";
    if (git_reference_iterator_glob_new(&raw, repo_, glob.c_str()) < 0) return;
    git::ReferenceIterator iterator(raw);
    std::vector<std::string> others;
    const char* name = nullptr;
    while (git_reference_next_name(&name, iterator.get()) == 0)
      if (ref_ != name) others.emplace_back(name);
    for (const std::string& other : others) {
      git_reference* ref_raw = nullptr;
      if (git_reference_lookup(&ref_raw, repo_, other.c_str()) < 0) continue;
      git::Reference ref(ref_raw);
      git_reference_delete(ref.get());
    }
  }

  git_repository* repo_;
  const std::string& path_;
  const std::string& version_;
  const std::string ref_;
  std::map<std::string, std::map<std::string, git_oid>> by_dir_;
  git_oid tree_id_{};
};

}  // namespace

const std::optional<SipKey>& Archive::Impl::seal_key(bool create) {
  if (!cache_key_loaded || (create && !cache_key)) {
    cache_key = cache_key_of(git_repository_path(repo.get()), create);
    cache_key_loaded = true;
  }
  return cache_key;
}

void Archive::set_caching(bool on) { impl_->caching = on; }
bool Archive::caching() const { return impl_->caching; }

std::optional<std::string> Archive::cached(const std::string& version, const std::string& key,
                                           std::size_t max_bytes) const {
  if (!impl_->caching || !valid_version(version) || !valid_key(key)) return std::nullopt;
  Impl::CacheView& view = impl_->cache_view;
  if (!view.loaded || view.version != version) {
    view.tree = cache_tree(impl_->repo.get(), cache_ref(version));
    view.version = version;
    view.loaded = true;
  }
  if (!view.tree) return std::nullopt;
  const std::optional<SipKey>& seal = impl_->seal_key(false);
  if (!seal) return std::nullopt;  // no key here: nothing was sealed by this archive
  const std::string path = key.substr(0, 2) + "/" + key.substr(2);
  git_tree_entry* entry_raw = nullptr;
  if (git_tree_entry_bypath(&entry_raw, view.tree.get(), path.c_str()) < 0) return std::nullopt;
  std::unique_ptr<git_tree_entry, decltype(&git_tree_entry_free)> entry(entry_raw,
                                                                        &git_tree_entry_free);
  if (git_tree_entry_type(entry.get()) != GIT_OBJECT_BLOB) return std::nullopt;
  // The size is in the object's header: an entry larger than any this
  // caller keeps is a miss before a byte of it is inflated.
  std::size_t size = 0;
  git_object_t type = GIT_OBJECT_INVALID;
  if (git_odb_read_header(&size, &type, impl_->odb.get(), git_tree_entry_id(entry.get())) < 0 ||
      type != GIT_OBJECT_BLOB || size < kTagBytes || size - kTagBytes > max_bytes)
    return std::nullopt;
  git_blob* blob_raw = nullptr;
  if (git_blob_lookup(&blob_raw, impl_->repo.get(), git_tree_entry_id(entry.get())) < 0)
    return std::nullopt;  // a lost object: made again
  git::Blob blob(blob_raw);
  const std::string_view stored(static_cast<const char*>(git_blob_rawcontent(blob.get())),
                                static_cast<std::size_t>(git_blob_rawsize(blob.get())));
  if (stored.size() < kTagBytes) return std::nullopt;
  const std::string_view bytes = stored.substr(0, stored.size() - kTagBytes);
  if (tag_of(*seal, key, bytes) != stored.substr(bytes.size())) return std::nullopt;  // not ours
  return std::string(bytes);
}

std::optional<std::string> Archive::write_cache_object(const std::string& key,
                                                       const std::string& bytes) const {
  Impl& impl = *impl_;
  if (!impl.caching || !valid_key(key)) return std::nullopt;
  if (!impl.cache_writable) impl.cache_writable = writable(impl.path);
  if (!*impl.cache_writable) return std::nullopt;  // a read-only archive is only read
  const std::optional<SipKey>& seal = impl.seal_key(true);
  if (!seal) return std::nullopt;
  const std::string sealed = bytes + tag_of(*seal, key, bytes);
  // The repository's own object store: each thread owns its Archive, so no
  // handle is shared. (An "uncompressed" loose backend, compression level 0,
  // writes objects git cannot read: level 0 is no zlib stream at all.)
  git_oid oid;
  if (git_blob_create_from_buffer(&oid, impl.repo.get(), sealed.data(), sealed.size()) < 0)
    return std::nullopt;
  return git::hex(oid);
}

bool Archive::keep_cached_objects(
    const std::string& version,
    const std::vector<std::pair<std::string, std::string>>& entries) const {
  if (!impl_->caching || entries.empty() || !valid_version(version)) return false;
  for (const auto& entry : entries)
    if (!valid_key(entry.first)) return false;
  if (!writable(impl_->path)) return false;  // a read-only archive is only read
  git::Tree tree;
  try {
    if (!CacheWriter(impl_->repo.get(), impl_->path, version).keep(entries, &tree)) return false;
  } catch (const ArchiveError&) {  // the writers' lock could not be taken
    return false;
  }
  impl_->cache_view.version = version;
  impl_->cache_view.tree = std::move(tree);
  impl_->cache_view.loaded = true;
  return true;
}

bool Archive::keep_cached(const std::string& version,
                          const std::vector<std::pair<std::string, std::string>>& entries) const {
  if (!impl_->caching || entries.empty() || !valid_version(version)) return false;
  std::vector<std::pair<std::string, std::string>> objects;
  for (const auto& [key, bytes] : entries) {
    if (!valid_key(key)) return false;
    std::optional<std::string> blob = write_cache_object(key, bytes);
    if (!blob) return false;
    objects.emplace_back(key, std::move(*blob));
  }
  return keep_cached_objects(version, objects);
}

}  // namespace yoy
