// Editions from another repository's history: the first-parent chain of HEAD
// is walked once, each calendar year's last commit is taken, and the files of
// its tree that match the glob become that year's reports. Everything is
// planned and checked before the first edition is written.
#include "yoy/archive/import_git.h"

#include <git2.h>

#include <sys/stat.h>
#include <algorithm>
#include <cstdint>
#include <ctime>
#include <fstream>
#include <map>
#include <memory>
#include <set>

#include "archive/loose_objects.h"
#include "archive/repository_safety.h"
#include "yoy/model/edition_check.h"
#include "yoy/model/report_path.h"
#include "yoy/util/error.h"
#include "yoy/util/limits.h"

namespace yoy {
namespace {

// ---- libgit2 handles ------------------------------------------------------

struct LibGit2 {
  LibGit2() { git_libgit2_init(); }
  ~LibGit2() { git_libgit2_shutdown(); }
  LibGit2(const LibGit2&) = delete;
  LibGit2& operator=(const LibGit2&) = delete;
};

template <typename T, void (*Free)(T*)>
struct Freer {
  void operator()(T* p) const { Free(p); }
};
using RepositoryPtr = std::unique_ptr<git_repository, Freer<git_repository, git_repository_free>>;
using CommitPtr = std::unique_ptr<git_commit, Freer<git_commit, git_commit_free>>;
using TreePtr = std::unique_ptr<git_tree, Freer<git_tree, git_tree_free>>;
using BlobPtr = std::unique_ptr<git_blob, Freer<git_blob, git_blob_free>>;

std::string git_message() {
  const git_error* error = git_error_last();
  return error && error->message ? error->message : "unknown libgit2 error";
}

std::string hex(const git_oid& oid) {
  char buffer[GIT_OID_HEXSZ + 1];
  git_oid_tostr(buffer, sizeof buffer, &oid);
  return buffer;
}

RepositoryPtr open_source(const std::string& path) {
  struct stat st {};
  const std::string dot_git = path + "/.git";
  archive_detail::check_config(::stat(dot_git.c_str(), &st) == 0 && S_ISDIR(st.st_mode) ? dot_git
                                                                                        : path);
  git_repository* repository = nullptr;
  if (git_repository_open_ext(&repository, path.c_str(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr) !=
      0) {
    if (std::string owner = archive_detail::ownership_problem(path); !owner.empty())
      throw InputError(owner);
    throw InputError(path + ": not a git repository (" + git_message() + ")");
  }
  RepositoryPtr owned(repository);
  archive_detail::guard_loose_objects(owned.get(), path);
  return owned;
}

// Calendar year of a commit in its committer's own time zone (as `git log`
// shows it); throws when the time is beyond any calendar (2^62 seconds).
int commit_year(const git_commit* commit, const std::string& where) {
  const git_time_t time = git_commit_time(commit);
  std::tm parts{};
  const std::time_t local =
      static_cast<std::time_t>(time) + git_commit_time_offset(commit) * std::time_t{60};
  if (!gmtime_r(&local, &parts)) {  // the year does not fit an int
    throw InputError(where + ": commit " + hex(*git_commit_id(commit)) + " has time " +
                     std::to_string(time) + ", beyond any calendar year");
  }
  return parts.tm_year + 1900;
}

// ---- glob -----------------------------------------------------------------

class GlobMatcher {
 public:
  GlobMatcher(std::string_view glob, std::string_view path)
      : glob_(glob), path_(path), failed_((glob.size() + 1) * (path.size() + 1), 0) {}
  bool run() { return match(0, 0); }

 private:
  // Remembers (glob, path) positions that cannot match, so stars never blow up.
  bool match(std::size_t g, std::size_t p) {
    char& failed = failed_[g * (path_.size() + 1) + p];
    if (failed) return false;
    const bool ok = step(g, p);
    if (!ok) failed = 1;
    return ok;
  }

  bool step(std::size_t g, std::size_t p) {
    if (g == glob_.size()) return p == path_.size();
    if (glob_.compare(g, 2, "**") == 0) {
      if (g + 2 < glob_.size() && glob_[g + 2] == '/') {  // "**/": zero or more directories
        for (std::size_t i = p;; ++i) {
          if (match(g + 3, i)) return true;
          i = path_.find('/', i);
          if (i == std::string_view::npos) return false;
        }
      }
      for (std::size_t i = p; i <= path_.size(); ++i)
        if (match(g + 2, i)) return true;
      return false;
    }
    const char c = glob_[g];
    if (c == '*') {
      for (std::size_t i = p; i <= path_.size(); ++i) {
        if (match(g + 1, i)) return true;
        if (i < path_.size() && path_[i] == '/') break;
      }
      return false;
    }
    if (p == path_.size()) return false;
    if (c == '?') return path_[p] != '/' && match(g + 1, p + 1);
    if (c == '[') {
      std::size_t end = g + 1;
      const bool negate = end < glob_.size() && (glob_[end] == '!' || glob_[end] == '^');
      if (negate) ++end;
      if (end < glob_.size() && glob_[end] == ']') ++end;  // "[]...]": ']' is a member
      end = glob_.find(']', end);
      if (end != std::string_view::npos) {
        if (path_[p] == '/') return false;
        bool member = false;
        for (std::size_t i = g + 1 + (negate ? 1 : 0); i < end; ++i) {
          if (i + 2 < end && glob_[i + 1] == '-') {
            member |= path_[p] >= glob_[i] && path_[p] <= glob_[i + 2];
            i += 2;
          } else {
            member |= path_[p] == glob_[i];
          }
        }
        return member != negate && match(end + 1, p + 1);
      }
      // An unclosed '[' is a plain character.
    }
    std::size_t next = g + 1;
    char literal = c;
    if (c == '\\' && g + 1 < glob_.size()) {
      literal = glob_[g + 1];
      next = g + 2;
    }
    return path_[p] == literal && match(next, p + 1);
  }

  std::string_view glob_, path_;
  std::vector<char> failed_;
};

std::string_view base_name(std::string_view path) {
  const std::size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

std::string default_series(const std::string& repository_path, git_repository* repository) {
  std::string dir = git_repository_workdir(repository) ? git_repository_workdir(repository)
                                                       : git_repository_path(repository);
  while (!dir.empty() && dir.back() == '/') dir.pop_back();
  if (base_name(dir) == ".git") dir.resize(dir.size() - 4);
  while (!dir.empty() && dir.back() == '/') dir.pop_back();
  std::string name(base_name(dir));
  name = name.substr(0, name.find('.'));  // "factbook.json" → "factbook", "x.git" → "x"
  if (name.empty())
    throw InputError(repository_path + ": cannot name a series after this path; pass --series");
  return name;
}

std::string short_id(const std::string& commit_id) { return commit_id.substr(0, 12); }

}  // namespace

bool glob_match(std::string_view glob, std::string_view path) {
  while (glob.substr(0, 2) == "./") glob.remove_prefix(2);
  if (!glob.empty() && glob.front() == '/') glob.remove_prefix(1);
  if (glob.find('/') == std::string_view::npos) path = base_name(path);
  return GlobMatcher(glob, path).run();
}

std::pair<std::string, std::string> id_of_path(std::string_view path) {
  const std::string_view extension = extension_of_path(path);
  return {report_id_of_path(path), extension.empty() ? "txt" : std::string(extension)};
}

namespace {

// Commits a shallow clone lists in <git dir>/shallow: their parents are not in it.
std::set<std::string> shallow_boundaries(git_repository* repository) {
  std::set<std::string> out;
  if (git_repository_is_shallow(repository) != 1) return out;
  std::ifstream file(std::string(git_repository_path(repository)) + "shallow");
  std::string line;
  while (std::getline(file, line))
    if (line.size() >= GIT_OID_HEXSZ) out.insert(line.substr(0, GIT_OID_HEXSZ));
  return out;
}

struct History {
  std::map<int, git_oid> last_of_year;  // per year, its latest commit by commit time
  std::size_t commits = 0;
  std::string shallow_commit;  // the oldest commit of a shallow clone, when cut there
  int shallow_year = 0;
};

// Walks HEAD's first parents to the root (or to a shallow clone's boundary).
// Every failure is an error naming the commit: a history that cannot be read
// is never taken for a shorter one.
History walk_first_parents(git_repository* repository, const ImportGitOptions& options) {
  const std::string& where = options.repository;
  History history;
  git_oid id;
  if (git_reference_name_to_id(&id, repository, "HEAD") != 0)
    throw InputError(where + ": no commits to import (" + git_message() + ")");
  const std::set<std::string> boundaries = shallow_boundaries(repository);
  std::map<int, git_time_t> latest;
  for (;;) {
    git_commit* raw_commit = nullptr;
    if (git_commit_lookup(&raw_commit, repository, &id) != 0)
      throw InputError(where + ": cannot read commit " + hex(id) + " (" + git_message() + ")");
    CommitPtr commit(raw_commit);
    ++history.commits;
    const int year = commit_year(commit.get(), where);
    if (!(options.since && year < options.since) && !(options.until && year > options.until)) {
      const git_time_t time = git_commit_time(commit.get());
      auto found = latest.find(year);
      if (found == latest.end() || time > found->second) {  // ties: the later in history
        latest[year] = time;
        history.last_of_year[year] = id;
      }
    }
    if (git_commit_parentcount(commit.get()) == 0) break;
    if (boundaries.count(hex(id))) {
      history.shallow_commit = hex(id);
      history.shallow_year = year;
      break;
    }
    const git_oid parent = *git_commit_parent_id(commit.get(), 0);
    git_commit* raw_parent = nullptr;
    if (git_commit_lookup(&raw_parent, repository, &parent) != 0) {
      throw InputError(where + ": cannot read commit " + hex(parent) + ", the parent of " +
                       hex(id) + " (" + git_message() + "); the history is damaged or incomplete");
    }
    git_commit_free(raw_parent);
    id = parent;
  }
  return history;
}

std::vector<PlannedYear> plan_years(const ImportGitOptions& options, History* out) {
  LibGit2 library;
  if (options.path_glob.empty()) throw InputError("--path: a glob is required, e.g. '*/kn.json'");
  if (options.since && options.until && options.since > options.until) {
    throw InputError("--since " + std::to_string(options.since) + " is after --until " +
                     std::to_string(options.until));
  }
  RepositoryPtr repository = open_source(options.repository);
  const std::string& where = options.repository;
  History history = walk_first_parents(repository.get(), options);

  std::vector<PlannedYear> plan;
  for (const auto& [year, last] : history.last_of_year) {
    PlannedYear planned;
    planned.year = year;
    planned.commit_id = hex(last);
    git_commit* raw_commit = nullptr;
    git_tree* raw_tree = nullptr;
    if (git_commit_lookup(&raw_commit, repository.get(), &last) != 0)
      throw InputError(where + ": cannot read commit " + planned.commit_id);
    CommitPtr commit(raw_commit);
    if (git_commit_tree(&raw_tree, commit.get()) != 0)
      throw InputError(where + ": cannot read the tree of commit " + planned.commit_id);
    TreePtr tree(raw_tree);

    struct Walk {
      const ImportGitOptions* options;
      PlannedYear* planned;
    } state{&options, &planned};
    auto visit = [](const char* root, const git_tree_entry* entry, void* payload) -> int {
      auto* s = static_cast<Walk*>(payload);
      if (git_tree_entry_type(entry) != GIT_OBJECT_BLOB) return 0;
      if (git_tree_entry_filemode(entry) == GIT_FILEMODE_LINK)
        return 0;  // symlinks are not reports
      std::string path = std::string(root) + git_tree_entry_name(entry);
      if (!glob_match(s->options->path_glob, path)) return 0;
      auto [id, extension] = id_of_path(path);
      s->planned->files.push_back(
          {std::move(path), std::move(id), std::move(extension), hex(*git_tree_entry_id(entry))});
      return 0;
    };
    if (git_tree_walk(tree.get(), GIT_TREEWALK_PRE, visit, &state) != 0)
      throw InputError(where + ": cannot read the tree of commit " + planned.commit_id + " (" +
                       git_message() + ")");
    if (planned.files.empty()) continue;

    std::sort(planned.files.begin(), planned.files.end(),
              [](const PlannedFile& a, const PlannedFile& b) {
                return a.id != b.id ? a.id < b.id : a.path < b.path;
              });
    for (std::size_t i = 0; i < planned.files.size(); ++i) {
      const PlannedFile& file = planned.files[i];
      if (i > 0 && planned.files[i - 1].id == file.id) {
        throw InputError(where + ": '" + planned.files[i - 1].path + "' and '" + file.path +
                         "' both give report id '" + file.id + "' (commit " +
                         short_id(planned.commit_id) + ", " + std::to_string(year) +
                         "); narrow --path");
      }
    }
    plan.push_back(std::move(planned));
  }
  if (plan.empty()) {
    std::string range;
    if (options.since || options.until) {
      range = " between " +
              (options.since ? std::to_string(options.since) : std::string("the start")) + " and " +
              (options.until ? std::to_string(options.until) : std::string("now"));
    }
    throw InputError(
        where + ": no file matches '" + options.path_glob + "' in the history of HEAD" + range +
        (history.shallow_commit.empty() ? std::string()
                                        : " (a shallow clone: its history starts at commit " +
                                              short_id(history.shallow_commit) + ", " +
                                              std::to_string(history.shallow_year) + ")"));
  }
  if (out) *out = std::move(history);
  return plan;
}

}  // namespace

std::vector<PlannedYear> plan_import(const ImportGitOptions& options, std::size_t* commits) {
  History history;
  std::vector<PlannedYear> plan = plan_years(options, &history);
  if (commits) *commits = history.commits;
  return plan;
}

namespace {

using Progress = std::function<void(const ImportGitProgress&)>;

// Everything an import will write, checked: the plan, the series, and every
// name, year and file by the rules ingest applies (model/edition_check).
struct Prepared {
  std::string series;
  std::vector<PlannedYear> plan;
  History history;
};

std::string read_checked_blob(git_repository* repository, const ImportGitOptions& options,
                              const PlannedFile& file, const std::string& where) {
  git_oid oid;
  if (git_oid_fromstr(&oid, file.blob_id.c_str()) != 0)
    throw InputError(where + ": bad object id " + file.blob_id);
  git_odb* raw_odb = nullptr;
  if (git_repository_odb(&raw_odb, repository) != 0)
    throw InputError(where + ": cannot open the object database (" + git_message() + ")");
  std::unique_ptr<git_odb, Freer<git_odb, git_odb_free>> odb(raw_odb);
  // The size is known from the header before the body is inflated.
  std::size_t size = 0;
  git_object_t type = GIT_OBJECT_INVALID;
  if (git_odb_read_header(&size, &type, odb.get(), &oid) != 0)
    throw InputError(where + ": cannot read blob " + file.blob_id + " (" + git_message() + ")");
  limits::check_input_size(size, options.max_file_bytes, where);
  git_blob* raw = nullptr;
  if (git_blob_lookup(&raw, repository, &oid) != 0)
    throw InputError(where + ": cannot read blob " + file.blob_id + " (" + git_message() + ")");
  BlobPtr blob(raw);
  return std::string(static_cast<const char*>(git_blob_rawcontent(blob.get())),
                     static_cast<std::size_t>(git_blob_rawsize(blob.get())));
}

std::string source_of(const ImportGitOptions& options, const PlannedYear& year,
                      const PlannedFile& file) {
  return options.repository + ":" + file.path + "@" + short_id(year.commit_id);
}

Edition edition_of(const std::string& series, const PlannedYear& year,
                   const ImportGitOptions& options) {
  Edition edition;
  edition.series = series;
  edition.year = year.year;
  edition.max_file_bytes = options.max_file_bytes;
  for (const PlannedFile& file : year.files)
    edition.files.push_back({file.id, file.extension, "", source_of(options, year, file)});
  return edition;
}

Prepared prepare(const ImportGitOptions& options, const Progress& progress) {
  auto report = [&](const char* stage, std::size_t done, std::size_t total, int year) {
    if (progress) progress({stage, done, total, year});
  };
  LibGit2 library;
  Prepared prepared;
  report("walking history", 0, 0, 0);
  prepared.plan = plan_years(options, &prepared.history);
  RepositoryPtr repository = open_source(options.repository);
  prepared.series = options.series.empty() ? default_series(options.repository, repository.get())
                                           : options.series;
  check_name("series", prepared.series,
             options.series.empty() ? options.repository + " (its name; pass --series)"
                                    : std::string("--series"));
  for (const PlannedYear& year : prepared.plan) {
    check_year(year.year, options.repository + ": commit " + short_id(year.commit_id) +
                              " (--since and --until select the years imported)");
    check_edition_names(edition_of(prepared.series, year, options));
  }
  // Every distinct blob's bytes, before the archive is touched.
  std::size_t total = 0, done = 0;
  for (const PlannedYear& year : prepared.plan) total += year.files.size();
  std::set<std::string> checked;
  for (const PlannedYear& year : prepared.plan) {
    for (const PlannedFile& file : year.files) {
      report("checking", ++done, total, year.year);
      if (!checked.insert(file.blob_id).second) continue;
      const std::string where = source_of(options, year, file);
      const std::string bytes = read_checked_blob(repository.get(), options, file, where);
      check_report_bytes(bytes, options.max_file_bytes, where);
      if (options.check_file) options.check_file(bytes, file.path, where);
    }
  }
  return prepared;
}

ImportGitResult write(Archive& archive, const ImportGitOptions& options, const Prepared& prepared,
                      const Progress& progress) {
  LibGit2 library;
  RepositoryPtr repository = open_source(options.repository);
  ImportGitResult result;
  result.series = prepared.series;
  result.commits = prepared.history.commits;
  result.shallow_commit = prepared.history.shallow_commit;
  result.shallow_year = prepared.history.shallow_year;
  std::vector<Edition> editions;
  std::size_t done = 0;
  for (const PlannedYear& year : prepared.plan) {
    if (progress) progress({"reading", ++done, prepared.plan.size(), year.year});
    Edition edition = edition_of(prepared.series, year, options);
    for (std::size_t i = 0; i < year.files.size(); ++i)
      edition.files[i].bytes =
          read_checked_blob(repository.get(), options, year.files[i], edition.files[i].source);
    editions.push_back(std::move(edition));
  }
  if (progress) progress({"ingesting", 0, 0, 0});
  result.editions = archive.ingest(editions);  // one ref update: every year or none
  return result;
}

}  // namespace

ImportGitResult import_git(Archive& archive, const ImportGitOptions& options,
                           const Progress& progress) {
  return write(archive, options, prepare(options, progress), progress);
}

ImportGitResult import_git(const std::string& archive_path, const ImportGitOptions& options,
                           const Progress& progress, bool* created) {
  const Prepared prepared = prepare(options, progress);
  struct stat st {};
  if (created) *created = ::stat(archive_path.c_str(), &st) != 0;
  Archive archive = Archive::open(archive_path, true);
  return write(archive, options, prepared, progress);
}

}  // namespace yoy
