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

#include "yoy/archive/archive_listing.h"
#include "yoy/archive/transfer.h"
#include "yoy/model/edition.h"

namespace yoy {

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
  // Several editions of one series, applied in order and published by one
  // ref update: all of them land, or (on any failure) none.
  std::vector<IngestResult> ingest(const std::vector<Edition>& editions);

  // Removes one report from an edition (id given) or the whole edition (id ""):
  // later editions are rebuilt on top; the old head stays under refs/yoy/replaced/.
  RemoveResult remove(const std::string& series, int year, const std::string& id);

  // Sharing through git (archive_remote.cpp). `remote` is a configured remote's
  // name or a URL / path. Pull merges each series by year, keeping local editions;
  // push refuses to overwrite editions the remote has that this archive lacks
  // unless `force` (the remote's head is then kept under refs/yoy/replaced/).
  static Archive clone(const std::string& url, const std::string& path,
                       const TransferProgress& progress = {});
  TransferResult pull(const std::string& remote, const TransferProgress& progress = {});
  TransferResult push(const std::string& remote, bool force, const TransferProgress& progress = {});
  // Names of the configured remotes ("origin" after yoy clone).
  std::vector<std::string> remotes() const;

  std::vector<SeriesInfo> series() const;
  std::vector<int> years(const std::string& series) const;
  std::vector<ReportEntry> reports(const std::string& series, int year) const;
  std::optional<ReportEntry> find(const std::string& series, int year, const std::string& id) const;
  // A stored report's bytes. `what` ("tip/2025/kn.json") names it in messages.
  // Throws InputError when it holds more than the read limit (checked from
  // the object's header, before it is inflated).
  std::string read_blob(const std::string& blob_id, const std::string& what = "") const;
  // The read limit (--max-input; default 64 MiB, as for files ingested).
  void limit_reads(std::size_t max_bytes);
  std::size_t read_limit() const;  // for other handles on the same archive
  // What read_blob checks before reading (a blob, within the read limit),
  // without reading it: a kept analysis stands in only for bytes that could be
  // read. Returns the blob's size.
  std::size_t check_blob(const std::string& blob_id, const std::string& what = "") const;
  // Derived data kept beside the editions (the analysis cache): opaque bytes by
  // key (letters, digits, '.', '_', '-') under refs/yoy/cache/<version> (hex),
  // a commit whose tree holds one blob per key. Never the only copy of anything:
  // what is missing or damaged is made again by the caller. Each entry is
  // sealed with a key this archive keeps out of git's reach and that no copy
  // of its directory shares (archive_cache.cpp): an entry not sealed here, or
  // holding more than max_bytes (seen from its header, before it is read), is
  // not found.
  std::optional<std::string> cached(const std::string& version, const std::string& key,
                                    std::size_t max_bytes = std::size_t{64} << 20) const;
  // Keeps entries (replacing equal keys): objects first, then the ref by
  // compare-and-swap on top of what concurrent writers kept; other versions'
  // caches are dropped. False, changing nothing, when caching is off, the
  // archive is read-only or anything fails: the cache is never needed.
  bool keep_cached(const std::string& version,
                   const std::vector<std::pair<std::string, std::string>>& entries) const;
  // keep_cached in two steps, for threads that each own an Archive: the bytes
  // written as an object now (its id; nullopt when caching is off, the archive
  // read-only or the write failed), the entries named later (key -> object id).
  std::optional<std::string> write_cache_object(const std::string& key,
                                                const std::string& bytes) const;
  bool keep_cached_objects(const std::string& version,
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

// Location: explicit flag, else $YOY_ARCHIVE, else the nearest ".yoy" directory in the
// current directory or above it (as git finds .git), else ".yoy".
std::string archive_location(const std::string& flag);

}  // namespace yoy
