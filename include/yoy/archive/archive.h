#pragma once
// The archive: editions in a plain git repository (libgit2), one branch per
// series, one commit per year, tag <series>/<year>. Knows nothing of diffing.
#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "yoy/model/edition.h"

namespace yoy {

struct EditionDelta {
  int added = 0, changed = 0, removed = 0, unchanged = 0;
};

struct IngestResult {
  std::string series;
  int year = 0;
  // What this ingest did to the year's edition: reports new to it, replaced, identical.
  int added = 0, changed = 0, unchanged = 0;
  bool committed = false;  // false when nothing changed (identical bytes)
  // When committed after an earlier edition: the new edition against that one.
  int previous_year = 0;
  EditionDelta since_previous;
};

struct ReportEntry {
  std::string id;
  std::string path;     // "<id>.<ext>" in the tree
  std::string blob_id;  // hex object id: identical editions share it
};

struct SeriesInfo {
  std::string name;
  std::map<int, int> reports_per_year;
};

class Archive {
 public:
  // Opens (create=true: creates a bare repository if absent). Throws ArchiveError
  // when the path is a file or a git repository that is not a yoy archive.
  static Archive open(const std::string& path, bool create);
  ~Archive();
  Archive(Archive&&) noexcept;
  Archive& operator=(Archive&&) noexcept;

  // Commits an edition (objects first, then compare-and-swap on the ref, retrying).
  // Replaces the year's tree with existing reports + these files.
  IngestResult ingest(const Edition& edition);

  std::vector<SeriesInfo> series() const;
  std::vector<int> years(const std::string& series) const;
  std::vector<ReportEntry> reports(const std::string& series, int year) const;
  std::optional<ReportEntry> find(const std::string& series, int year, const std::string& id) const;
  std::string read_blob(const std::string& blob_id) const;
  // Derived data kept beside the editions (the analysis cache): opaque bytes by
  // key (letters, digits, '.', '_', '-') under refs/yoy/cache/<version> (hex),
  // a commit whose tree holds one blob per key. Never the only copy of anything:
  // what is missing or damaged is made again by the caller.
  std::optional<std::string> cached(const std::string& version, const std::string& key) const;
  // Keeps entries (replacing equal keys): objects first, then the ref by
  // compare-and-swap on top of what concurrent writers kept; other versions'
  // caches are dropped. False, changing nothing, when caching is off, the
  // archive is read-only or anything fails: the cache is never needed.
  bool keep_cached(const std::string& version,
                   const std::vector<std::pair<std::string, std::string>>& entries) const;
  // Off (--no-cache): cached() finds nothing and keep_cached() keeps nothing.
  void set_caching(bool on);
  bool caching() const;
  // Default series when only one exists (for "YEAR" shorthand); throws otherwise.
  std::string default_series() const;
  const std::string& path() const;

 private:
  struct Impl;
  explicit Archive(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Location: explicit flag, else $YOY_ARCHIVE, else ".yoy".
std::string archive_location(const std::string& flag);

}  // namespace yoy
