#pragma once
// Importing editions from another git repository's history (libgit2, no
// checkout, no git process): for every calendar year, the matching files as
// they stood after that year's last commit become that year's edition.
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "yoy/archive/archive.h"
#include "yoy/util/limits.h"

namespace yoy {

struct ImportGitOptions {
  std::string repository;  // path of the source repository (work tree or bare)
  std::string path_glob;   // "*/kn.json", "**/*.json", "*.json" (no '/': any directory)
  std::string series;      // default: the source repository's directory name
  int since = 0;           // first year imported (0: no limit)
  int until = 0;           // last year imported (0: no limit)
  std::size_t max_file_bytes = limits::kMaxInputBytes;
  // Also run on every distinct file before anything is written (the archive
  // knows no parser: the caller passes what ingest checks, check_report_shape):
  // its bytes, its path in the source tree, and how messages name it.
  std::function<void(std::string_view bytes, const std::string& path, const std::string& where)>
      check_file;
};

// One step of the work, for a progress line.
struct ImportGitProgress {
  const char* stage = "";  // "walking history", "reading", "ingesting"
  std::size_t done = 0, total = 0;
  int year = 0;
};

struct ImportGitResult {
  std::string series;
  std::size_t commits = 0;             // first-parent commits walked
  std::vector<IngestResult> editions;  // one per imported year, in year order
  // A shallow clone (what CI checks out): its history stops at this commit
  // (hex), so years before shallow_year are not in it. Empty for a full history.
  std::string shallow_commit;
  int shallow_year = 0;
};

// The year plan, before anything is read or written: which blob of which path
// becomes which report of which year.
struct PlannedFile {
  std::string path;       // in the source tree ("east-n-southeast-asia/kn.json")
  std::string id;         // "kn"
  std::string extension;  // "json"
  std::string blob_id;    // hex
};

struct PlannedYear {
  int year = 0;
  std::string commit_id;           // hex: the year's last first-parent commit
  std::vector<PlannedFile> files;  // sorted by id
};

// Matches a path against a glob: '*' and '?' stay within one directory, '**'
// spans directories ("**/" also matches none), "[a-z]" classes. A glob without
// '/' is matched against the file name in any directory.
bool glob_match(std::string_view glob, std::string_view path);

// Report id and extension of a path by report_id_of_path: "east-n-southeast-asia/kn.json"
// → {"kn", "json"}, "kn/2024.json" → {"kn", "json"}; no extension reads as "txt".
std::pair<std::string, std::string> id_of_path(std::string_view path);

// Walks the history of HEAD (first parents; a shallow clone to its boundary)
// and plans the editions. Throws InputError when the repository or a commit
// cannot be read, a commit time is beyond any calendar, nothing matches, or
// two matching paths of one year give the same id (naming both paths).
std::vector<PlannedYear> plan_import(const ImportGitOptions& options,
                                     std::size_t* commits = nullptr);

// Plans, checks every year with ingest's rules (series, year, ids, extensions,
// every file's bytes), then writes all years with one ref update: the import
// lands whole or not at all.
ImportGitResult import_git(Archive& archive, const ImportGitOptions& options,
                           const std::function<void(const ImportGitProgress&)>& progress = {});
// The same into the archive at `archive_path`, created (after every check
// passed) when absent; *created says whether it was.
ImportGitResult import_git(const std::string& archive_path, const ImportGitOptions& options,
                           const std::function<void(const ImportGitProgress&)>& progress,
                           bool* created);

}  // namespace yoy
