// Archive: opening or creating the repository, and reading editions back.
#include "yoy/archive/archive.h"

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <random>

#include "archive/archive_internal.h"
#include "archive/loose_objects.h"
#include "archive/repository_safety.h"
#include "yoy/model/edition_check.h"
#include "yoy/util/ascii.h"
#include "yoy/util/error.h"
#include "yoy/util/printable.h"

namespace yoy {

namespace git {
void ensure_initialized() {
  static std::once_flag once;
  std::call_once(once, [] {
    git_libgit2_init();
    // Objects and refs reach the disk before a ref names them (survives power loss).
    git_libgit2_opts(GIT_OPT_ENABLE_FSYNC_GITDIR, 0);
    // Reads skip re-hashing every object, as git itself does; `git fsck` checks them.
    git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
  });
}
}  // namespace git

using namespace archive_detail;

namespace {

constexpr const char* kMarkerKey = "yoy.archive";

bool directory_is_empty(const std::string& path) {
  DIR* dir = ::opendir(path.c_str());
  if (!dir) return false;
  bool empty = true;
  while (dirent* entry = ::readdir(dir)) {
    if (std::strcmp(entry->d_name, ".") != 0 && std::strcmp(entry->d_name, "..") != 0) {
      empty = false;
      break;
    }
  }
  ::closedir(dir);
  return empty;
}

bool has_marker(git_repository* repo) {
  git_config* raw = nullptr;
  if (git_repository_config(&raw, repo) < 0) return false;
  git::Config config(raw);
  git_config* local_raw = nullptr;
  if (git_config_open_level(&local_raw, config.get(), GIT_CONFIG_LEVEL_LOCAL) < 0) return false;
  git::Config local(local_raw);
  int marked = 0;
  return git_config_get_bool(&marked, local.get(), kMarkerKey) == 0 && marked;
}

// libgit2 skips a branch file it cannot parse when it lists refs: such a
// series would vanish without a word. Every loose branch file must be listed.
void require_no_broken_branches(const std::string& path, const std::vector<std::string>& listed) {
  const std::filesystem::path heads = std::filesystem::path(path) / "refs" / "heads";
  std::error_code ec;
  for (auto it = std::filesystem::recursive_directory_iterator(heads, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
    std::error_code ignored;
    if (!it->is_regular_file(ignored)) continue;
    const std::string name = it->path().lexically_relative(heads).generic_string();
    if (name.size() > 5 && name.compare(name.size() - 5, 5, ".lock") == 0) continue;  // a writer's
    if (std::find(listed.begin(), listed.end(), name) != listed.end()) continue;
    throw ArchiveError(broken_branch(path, "refs/heads/" + name));
  }
}

// Builds the repository in a sibling temporary directory and renames it into
// place, so a concurrent creator or a kill never leaves a half-made archive.
void create_archive(const std::string& path) {
  std::filesystem::path target(path);
  std::error_code ec;
  if (target.has_parent_path()) std::filesystem::create_directories(target.parent_path(), ec);
  std::random_device random;
  const std::string temp =
      path + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(random());
  git_repository* raw = nullptr;
  git_repository_init_options options;
  git_repository_init_options_init(&options, GIT_REPOSITORY_INIT_OPTIONS_VERSION);
  options.flags = GIT_REPOSITORY_INIT_BARE | GIT_REPOSITORY_INIT_MKPATH;
  options.description = "yoy archive: editions of annual reports, one branch per series";
  if (git_repository_init_ext(&raw, temp.c_str(), &options) < 0) {
    std::string why = git::last_error();
    std::filesystem::remove_all(temp, ec);
    throw ArchiveError(path + ": cannot create archive: " + why);
  }
  git::Repository repo(raw);
  git_config* config_raw = nullptr;
  int rc = git_repository_config(&config_raw, repo.get());
  git::Config config(config_raw);
  if (rc == 0) rc = git_config_set_bool(config.get(), kMarkerKey, 1);
  if (rc < 0) {
    std::string why = git::last_error();
    std::filesystem::remove_all(temp, ec);
    throw ArchiveError(path + ": cannot create archive: " + why);
  }
  config.reset();
  repo.reset();
  if (::rename(temp.c_str(), path.c_str()) != 0) {
    int err = errno;
    std::filesystem::remove_all(temp, ec);
    // Someone else created it first: use theirs.
    if (err != EEXIST && err != ENOTEMPTY) {
      throw ArchiveError(path + ": cannot create archive: " + std::strerror(err));
    }
  }
}

}  // namespace

Archive::Archive(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Archive::~Archive() = default;
Archive::Archive(Archive&&) noexcept = default;
Archive& Archive::operator=(Archive&&) noexcept = default;

Archive Archive::open(const std::string& path, bool create) {
  git::ensure_initialized();
  if (create) remove_stale_creations(path);
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    if (errno != ENOENT)
      throw ArchiveError(path + ": cannot open archive: " + std::strerror(errno));
    if (!create) throw ArchiveError(path + ": no archive here (yoy ingest creates one)");
    create_archive(path);
  } else if (!S_ISDIR(st.st_mode)) {
    throw ArchiveError(path + ": is a file, not an archive directory");
  } else if (create && directory_is_empty(path)) {
    create_archive(path);
  }

  check_config(path);
  git_repository* raw = nullptr;
  int rc = git_repository_open_ext(&raw, path.c_str(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr);
  if (rc < 0) {
    // libgit2 1.5 says "not found" (or GIT_EOWNER) for another user's repository.
    if (std::string owner = ownership_problem(path); !owner.empty()) throw ArchiveError(owner);
  }
  if (rc == GIT_ENOTFOUND) {
    throw ArchiveError(path + ": not a yoy archive (a directory that is not a git repository)");
  }
  git::check(rc, path, "cannot open archive");
  git::Repository repo(raw);
  if (!git_repository_is_bare(repo.get())) {
    throw ArchiveError(path +
                       ": a git work tree, not a yoy archive (archives are bare: yoy clone URL, "
                       "or git clone --mirror)");
  }
  if (!has_marker(repo.get())) {
    // A plain git clone or mirror carries no yoy.archive key: its layout says it.
    const std::string problem = layout_problem(repo.get(), path);
    if (!problem.empty())
      throw ArchiveError(path +
                         ": a git repository but not a yoy archive (no yoy.archive in its "
                         "config, and " +
                         problem + ")");
  }
  guard_loose_objects(repo.get(), path);
  auto impl = std::make_unique<Impl>();
  git_odb* odb = nullptr;
  git::check(git_repository_odb(&odb, repo.get()), path, "cannot open the object database");
  impl->odb.reset(odb);
  impl->path = path;
  impl->repo = std::move(repo);
  return Archive(std::move(impl));
}

const std::string& Archive::path() const { return impl_->path; }

std::vector<SeriesInfo> Archive::series() const {
  std::vector<SeriesInfo> out;
  git_reference_iterator* raw = nullptr;
  git::check(git_reference_iterator_glob_new(&raw, impl_->repo.get(), "refs/heads/*"), impl_->path,
             "cannot list series");
  git::ReferenceIterator iterator(raw);
  const char* name = nullptr;
  std::vector<std::string> names;
  int rc = 0;
  while ((rc = git_reference_next_name(&name, iterator.get())) == 0) {
    names.emplace_back(name + std::strlen("refs/heads/"));
  }
  if (rc != GIT_ITEROVER) git::check(rc, impl_->path, "cannot list series");
  std::sort(names.begin(), names.end());
  require_no_broken_branches(impl_->path, names);
  for (const std::string& series_name : names) {
    // A branch made with plain git may be named what ingest never takes
    // ("a<b", "x\"y"): series become file names and links too.
    try {
      check_name("series", series_name, "");
    } catch (const InputError& e) {
      throw ArchiveError(impl_->path + ": refs/heads/" + printable(series_name) +
                         " is no series yoy would store (" + std::string(e.what()).substr(2) +
                         "); rename or delete the branch with git");
    }
  }
  for (const std::string& series_name : names) {
    SeriesInfo info{series_name, {}};
    for (const EditionCommit& edition :
         read_chain(impl_->repo.get(), impl_->path, series_name).editions) {
      info.reports_per_year[edition.year] =
          static_cast<int>(reports(series_name, edition.year).size());
    }
    out.push_back(std::move(info));
  }
  return out;
}

std::vector<int> Archive::years(const std::string& series) const {
  Chain chain = read_chain(impl_->repo.get(), impl_->path, series);
  if (!chain.exists)
    throw ArchiveError(impl_->path + ": no series '" + series + "' in the archive");
  std::vector<int> out;
  for (const EditionCommit& edition : chain.editions) out.push_back(edition.year);
  return out;
}

namespace {

// Ids read back become file names, links and lines on a terminal, as at
// ingest: an edition made with plain git (then cloned) may hold a file named
// "javascript:alert(1);x.txt", "\"><img src=x>.txt" or bytes that are no UTF-8.
// Such an edition is refused with one line, by ingest's own name rule.
void check_entry_name(const ReportEntry& entry, const std::string& where) {
  const std::size_t dot = entry.path.rfind('.');
  const std::string extension = dot == std::string::npos ? "" : entry.path.substr(dot + 1);
  try {
    check_name("report id", entry.id, "");
    check_name("extension", extension, "");
  } catch (const InputError& e) {
    throw ArchiveError(where + ": " + yoy::quoted(entry.path) + " is no report yoy would store (" +
                       std::string(e.what()).substr(2) + "); rename or remove it with git");
  }
}

}  // namespace

std::vector<ReportEntry> Archive::reports(const std::string& series, int year) const {
  Chain chain = read_chain(impl_->repo.get(), impl_->path, series);
  if (!chain.exists)
    throw ArchiveError(impl_->path + ": no series '" + series + "' in the archive");
  const EditionCommit* found = nullptr;
  std::string known;
  for (const EditionCommit& edition : chain.editions) {
    if (edition.year == year) found = &edition;
    known += (known.empty() ? "" : ", ") + std::to_string(edition.year);
  }
  if (!found) {
    throw ArchiveError(impl_->path + ": " + series + " has no " + std::to_string(year) +
                       " edition (editions: " + known + ")");
  }
  git_tree* raw = nullptr;
  git::check(git_tree_lookup(&raw, impl_->repo.get(), &found->tree), impl_->path,
             "cannot read tree");
  git::Tree tree(raw);
  std::vector<ReportEntry> out;
  const std::string where = impl_->path + ": " + series + " " + std::to_string(year);
  for (std::size_t i = 0, n = git_tree_entrycount(tree.get()); i < n; ++i) {
    const git_tree_entry* entry = git_tree_entry_byindex(tree.get(), i);
    std::string name = git_tree_entry_name(entry);
    if (git_tree_entry_type(entry) != GIT_OBJECT_BLOB)
      throw ArchiveError(where + ": '" + name + "' is not a report file (a " +
                         git_object_type2string(git_tree_entry_type(entry)) + ")");
    out.push_back({id_of_entry(name), name, git::hex(*git_tree_entry_id(entry))});
    check_entry_name(out.back(), where);
  }
  // One id, one report: "x.txt" beside "x.json" would be counted twice, shown
  // once and compared at random.
  std::vector<const ReportEntry*> by_id;
  for (const ReportEntry& entry : out) by_id.push_back(&entry);
  std::sort(by_id.begin(), by_id.end(), [](const ReportEntry* a, const ReportEntry* b) {
    const std::string la = ascii_lower(a->id), lb = ascii_lower(b->id);
    return la != lb ? la < lb : a->id < b->id;
  });
  for (std::size_t i = 1; i < by_id.size(); ++i) {
    if (ascii_lower(by_id[i]->id) == ascii_lower(by_id[i - 1]->id) &&
        by_id[i]->id != by_id[i - 1]->id)
      throw ArchiveError(where + ": '" + by_id[i - 1]->path + "' and '" + by_id[i]->path +
                         "' differ only by case (one file on macOS and Windows); an edition "
                         "holds one file per report (remove one with git)");
    if (by_id[i]->id == by_id[i - 1]->id)
      throw ArchiveError(where + ": '" + by_id[i - 1]->path + "' and '" + by_id[i]->path +
                         "' are both report '" + by_id[i]->id +
                         "'; an edition holds one file per report (remove one with git)");
  }
  return out;
}

std::optional<ReportEntry> Archive::find(const std::string& series, int year,
                                         const std::string& id) const {
  for (ReportEntry& entry : reports(series, year)) {
    if (entry.id == id) return std::move(entry);
  }
  return std::nullopt;
}

void Archive::limit_reads(std::size_t max_bytes) { impl_->max_read_bytes = max_bytes; }
std::size_t Archive::read_limit() const { return impl_->max_read_bytes; }

git_oid Archive::Impl::checked_blob(const std::string& blob_id, const std::string& what,
                                    std::size_t* size_out) const {
  git_oid oid;
  if (blob_id.size() != GIT_OID_HEXSZ || git_oid_fromstr(&oid, blob_id.c_str()) < 0) {
    throw ArchiveError(path + ": '" + blob_id + "' is not an object id");
  }
  // The size is in the object's header: a blob over the limit is refused
  // before it is inflated, parsed or diffed.
  std::size_t size = 0;
  git_object_t type = GIT_OBJECT_INVALID;
  git::check(git_odb_read_header(&size, &type, odb.get(), &oid), path,
             ("cannot read blob " + blob_id).c_str());
  if (type != GIT_OBJECT_BLOB)
    throw ArchiveError(path + ": " + (what.empty() ? blob_id : what) + " is not a file (a " +
                       git_object_type2string(type) + " object)");
  if (size > max_read_bytes) {
    throw InputError(path + ": " + (what.empty() ? "blob " + blob_id : what) + ": " +
                     std::to_string(size) + " bytes, over the " + std::to_string(max_read_bytes) +
                     "-byte input limit (--max-input)");
  }
  if (size_out) *size_out = size;
  return oid;
}

std::size_t Archive::check_blob(const std::string& blob_id, const std::string& what) const {
  std::size_t size = 0;
  impl_->checked_blob(blob_id, what, &size);
  return size;
}

std::string Archive::read_blob(const std::string& blob_id, const std::string& what) const {
  const git_oid oid = impl_->checked_blob(blob_id, what);
  git_blob* raw = nullptr;
  git::check(git_blob_lookup(&raw, impl_->repo.get(), &oid), impl_->path,
             ("cannot read blob " + blob_id).c_str());
  git::Blob blob(raw);
  return std::string(static_cast<const char*>(git_blob_rawcontent(blob.get())),
                     static_cast<std::size_t>(git_blob_rawsize(blob.get())));
}

std::string Archive::default_series() const {
  std::vector<SeriesInfo> all = series();
  if (all.empty())
    throw ArchiveError(impl_->path + ": the archive is empty (yoy ingest adds editions)");
  if (all.size() == 1) return all.front().name;
  std::string names;
  for (const SeriesInfo& info : all) names += (names.empty() ? "" : ", ") + info.name;
  throw ArchiveError(impl_->path + ": several series (" + names + "); name one as SERIES/YEAR");
}

std::string archive_location(const std::string& flag) {
  if (!flag.empty()) return flag;
  const char* env = std::getenv("YOY_ARCHIVE");
  if (env && *env) return env;
  // As git finds .git: the nearest .yoy in this directory or above it.
  std::error_code ec;
  const std::filesystem::path here = std::filesystem::current_path(ec);
  if (!ec) {
    for (std::filesystem::path dir = here; !dir.empty(); dir = dir.parent_path()) {
      const std::filesystem::path candidate = dir / ".yoy";
      if (std::filesystem::is_directory(candidate, ec))
        return dir == here ? std::string(".yoy") : candidate.string();
      if (dir == dir.parent_path()) break;
    }
  }
  return ".yoy";
}

}  // namespace yoy
