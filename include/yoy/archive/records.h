#pragma once
// Records yoy keeps beside the editions under refs/yoy/ (what fetch saw, what
// was notified): each a commit whose tree holds small files and links to the
// objects they name, so plain git sees ordinary objects, `git fsck --strict`
// stays clean and what a record names stays reachable. Objects are written
// first; a ref moves last, by compare-and-swap under the writers' lock.
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace yoy {

class Archive;

// An object a record's tree names: a blob (a file) or a tree (a directory,
// e.g. an edition's tree linked whole).
struct RecordObject {
  std::string id;  // hex object id
  bool tree = false;
};

struct RecordHead {
  std::string commit, tree;  // hex ids
  long long time = 0;        // the commit's time (seconds since the epoch)
};

class RecordStore {
 public:
  // A second handle on an archive already opened (Archive::open checked it).
  explicit RecordStore(const Archive& archive);
  ~RecordStore();
  RecordStore(const RecordStore&) = delete;
  RecordStore& operator=(const RecordStore&) = delete;

  // The record `ref` names ("refs/yoy/notified/slack"); nullopt when there is none.
  // Throws ArchiveError when the ref names something that is not a commit.
  std::optional<RecordHead> head(const std::string& ref) const;
  // One level of a tree: name -> object.
  std::map<std::string, RecordObject> list(const std::string& tree_id) const;
  // A blob's bytes; the entry `path` ("a/b") of a tree, when present.
  std::string read(const std::string& blob_id) const;
  std::optional<RecordObject> find(const std::string& tree_id, const std::string& path) const;

  std::string write_blob(const std::string& bytes);
  // A tree of `entries` (paths "a/b/c" -> object; directories made as needed).
  std::string write_tree(const std::map<std::string, RecordObject>& entries);
  // A commit of `tree` on `parent` ("" for none), then `ref` moved from `expected`
  // ("" = must be absent) to it. False, with the ref unchanged, when another
  // writer moved it first (read again and redo).
  bool publish(const std::string& ref, const std::string& expected, const std::string& parent,
               const std::string& tree, const std::string& message, long long time);

  // The editions of a series: year -> the id of that year's tree (empty when
  // the series has none).
  std::map<int, std::string> edition_trees(const std::string& series) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// A ref name component yoy accepts for series and channel names (letters,
// digits, '-', '_', '.', not starting with '.', no "..", no ".lock" suffix).
bool valid_record_name(const std::string& name);

}  // namespace yoy
