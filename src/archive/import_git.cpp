// Editions from another repository's history: the first-parent chain of HEAD
// is walked once, each calendar year's last commit is taken, and the files of
// its tree that match the glob become that year's reports. Everything is
// planned and checked before the first edition is written.
#include "yoy/archive/import_git.h"

#include <git2.h>

#include <algorithm>
#include <cstdint>
#include <ctime>
#include <map>
#include <memory>
#include <set>

#include "yoy/model/report_path.h"
#include "yoy/util/error.h"
#include "yoy/util/limits.h"
#include "yoy/util/utf8.h"

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
using RevwalkPtr = std::unique_ptr<git_revwalk, Freer<git_revwalk, git_revwalk_free>>;
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
  git_repository* repository = nullptr;
  if (git_repository_open_ext(&repository, path.c_str(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr) !=
      0) {
    throw InputError(path + ": not a git repository (" + git_message() + ")");
  }
  return RepositoryPtr(repository);
}

// Calendar year of a commit in its committer's own time zone (as `git log` shows it).
int commit_year(const git_commit* commit) {
  const std::time_t local =
      static_cast<std::time_t>(git_commit_time(commit)) + git_commit_time_offset(commit) * 60;
  std::tm parts{};
  gmtime_r(&local, &parts);
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

// ---- checks ---------------------------------------------------------------

// A report id becomes a file name in the archive's trees.
void check_id(const std::string& id, const std::string& where) {
  const bool control = std::any_of(id.begin(), id.end(), [](char c) {
    return static_cast<unsigned char>(c) < 0x20 || c == 0x7f;
  });
  if (id.empty() || id.front() == '.' || control || id.find('\\') != std::string::npos)
    throw InputError(where + ": '" + id + "' cannot be a report id");
}

void check_bytes(const std::string& bytes, std::size_t max_bytes, const std::string& where) {
  if (bytes.empty()) throw InputError(where + ": empty file");
  if (bytes.size() > max_bytes) {
    throw InputError(where + ": " + std::to_string(bytes.size()) + " bytes, over the " +
                     std::to_string(max_bytes) + "-byte limit");
  }
  if (bytes.find('\0') != std::string::npos) throw InputError(where + ": binary file (NUL bytes)");
  if (!utf8::valid(bytes)) throw InputError(where + ": not valid UTF-8");
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

std::vector<PlannedYear> plan_import(const ImportGitOptions& options, std::size_t* commits) {
  LibGit2 library;
  if (options.path_glob.empty()) throw InputError("--path: a glob is required, e.g. '*/kn.json'");
  if (options.since && options.until && options.since > options.until) {
    throw InputError("--since " + std::to_string(options.since) + " is after --until " +
                     std::to_string(options.until));
  }
  RepositoryPtr repository = open_source(options.repository);
  const std::string& where = options.repository;

  git_revwalk* raw_walk = nullptr;
  if (git_revwalk_new(&raw_walk, repository.get()) != 0)
    throw InputError(where + ": cannot walk the history (" + git_message() + ")");
  RevwalkPtr walk(raw_walk);
  if (git_revwalk_push_head(walk.get()) != 0)
    throw InputError(where + ": no commits to import (" + git_message() + ")");
  git_revwalk_sorting(walk.get(), GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME);
  git_revwalk_simplify_first_parent(walk.get());

  // Per year, the latest commit by commit time (ties: the later in history).
  struct Last {
    git_oid oid{};
    git_time_t time = 0;
  };
  std::map<int, Last> last_of_year;
  std::size_t walked = 0;
  git_oid oid;
  while (git_revwalk_next(&oid, walk.get()) == 0) {
    ++walked;
    git_commit* raw_commit = nullptr;
    if (git_commit_lookup(&raw_commit, repository.get(), &oid) != 0)
      throw InputError(where + ": cannot read commit " + hex(oid) + " (" + git_message() + ")");
    CommitPtr commit(raw_commit);
    const int year = commit_year(commit.get());
    if ((options.since && year < options.since) || (options.until && year > options.until))
      continue;
    const git_time_t time = git_commit_time(commit.get());
    auto found = last_of_year.find(year);
    if (found == last_of_year.end() || time > found->second.time) last_of_year[year] = {oid, time};
  }
  if (commits) *commits = walked;

  std::vector<PlannedYear> plan;
  for (const auto& [year, last] : last_of_year) {
    PlannedYear planned;
    planned.year = year;
    planned.commit_id = hex(last.oid);
    git_commit* raw_commit = nullptr;
    git_tree* raw_tree = nullptr;
    if (git_commit_lookup(&raw_commit, repository.get(), &last.oid) != 0)
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
      throw InputError(where + ": cannot read the tree of commit " + planned.commit_id);
    if (planned.files.empty()) continue;

    std::sort(planned.files.begin(), planned.files.end(),
              [](const PlannedFile& a, const PlannedFile& b) {
                return a.id != b.id ? a.id < b.id : a.path < b.path;
              });
    for (std::size_t i = 0; i < planned.files.size(); ++i) {
      const PlannedFile& file = planned.files[i];
      check_id(file.id, where + ":" + file.path);
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
    throw InputError(where + ": no file matches '" + options.path_glob +
                     "' in the history of HEAD" + range);
  }
  return plan;
}

ImportGitResult import_git(Archive& archive, const ImportGitOptions& options,
                           const std::function<void(const ImportGitProgress&)>& progress) {
  auto report = [&](const char* stage, std::size_t done, std::size_t total, int year) {
    if (progress) progress({stage, done, total, year});
  };
  ImportGitResult result;
  report("walking history", 0, 0, 0);
  const std::vector<PlannedYear> plan = plan_import(options, &result.commits);

  LibGit2 library;
  RepositoryPtr repository = open_source(options.repository);
  result.series = options.series.empty() ? default_series(options.repository, repository.get())
                                         : options.series;
  const std::string& where = options.repository;
  auto read_blob = [&](const std::string& blob_id, const std::string& path) {
    git_oid oid;
    git_blob* raw = nullptr;
    if (git_oid_fromstr(&oid, blob_id.c_str()) != 0 ||
        git_blob_lookup(&raw, repository.get(), &oid) != 0) {
      throw InputError(where + ":" + path + ": cannot read blob " + blob_id + " (" + git_message() +
                       ")");
    }
    BlobPtr blob(raw);
    const auto size = static_cast<std::size_t>(git_blob_rawsize(blob.get()));
    limits::check_input_size(size, options.max_file_bytes, where + ":" + path);
    return std::string(static_cast<const char*>(git_blob_rawcontent(blob.get())), size);
  };

  // Every distinct blob is checked before the archive is touched: an import
  // either lands whole or not at all (up to the archive's own refusals).
  std::size_t total = 0, done = 0;
  for (const PlannedYear& year : plan) total += year.files.size();
  std::set<std::string> checked;
  for (const PlannedYear& year : plan) {
    for (const PlannedFile& file : year.files) {
      report("checking", ++done, total, year.year);
      if (!checked.insert(file.blob_id).second) continue;
      check_bytes(read_blob(file.blob_id, file.path), options.max_file_bytes,
                  where + ":" + file.path + " (" + std::to_string(year.year) + ")");
    }
  }

  done = 0;
  for (const PlannedYear& year : plan) {
    report("ingesting", ++done, plan.size(), year.year);
    Edition edition;
    edition.series = result.series;
    edition.year = year.year;
    for (const PlannedFile& file : year.files) {
      EditionFile report_file;
      report_file.id = file.id;
      report_file.extension = file.extension;
      report_file.bytes = read_blob(file.blob_id, file.path);
      report_file.source = where + ":" + file.path + "@" + short_id(year.commit_id);
      edition.files.push_back(std::move(report_file));
    }
    result.editions.push_back(archive.ingest(edition));
  }
  return result;
}

}  // namespace yoy
