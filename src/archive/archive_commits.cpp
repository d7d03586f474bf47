// Writing a series' history: edition commits (deterministic: time from the
// year, message from the trees), relinking later editions onto a new parent,
// and publishing a new chain (compare-and-swap on the branch, the old head kept
// under refs/yoy/replaced/, tags following). Used by rm and pull.
#include <git2/sys/commit.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ctime>

#include "archive/archive_internal.h"

namespace yoy::archive_detail {

namespace {

std::string plural(int n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

}  // namespace

CommitIdentity commit_identity(git_repository* repo) {
  CommitIdentity identity;
  git_config* raw = nullptr;
  if (git_repository_config_snapshot(&raw, repo) < 0) return identity;
  git::Config config(raw);
  const char* name = nullptr;
  const char* email = nullptr;
  if (git_config_get_string(&name, config.get(), "user.name") == 0 && name && *name &&
      git_config_get_string(&email, config.get(), "user.email") == 0 && email && *email) {
    identity.name = name;
    identity.email = email;
  }
  return identity;
}

git_time_t commit_time_of(int year) {
  if (year < 1971) return year - 1900;
  std::tm tm{};
  tm.tm_year = year - 1900;
  tm.tm_mon = 0;
  tm.tm_mday = 1;
  return static_cast<git_time_t>(::timegm(&tm));
}

TreeEntries tree_entries(git_repository* repo, const git_oid& tree_id, const std::string& where) {
  git_tree* raw = nullptr;
  git::check(git_tree_lookup(&raw, repo, &tree_id), where, "cannot read tree");
  git::Tree tree(raw);
  TreeEntries out;
  for (std::size_t i = 0, n = git_tree_entrycount(tree.get()); i < n; ++i) {
    const git_tree_entry* entry = git_tree_entry_byindex(tree.get(), i);
    out[id_of_entry(git_tree_entry_name(entry))] = {git_tree_entry_name(entry),
                                                    *git_tree_entry_id(entry)};
  }
  return out;
}

std::string edition_message(const std::string& series, int year, const TreeEntries& entries,
                            const TreeEntries* previous) {
  int added = 0, changed = 0, removed = 0, unchanged = 0;
  for (const auto& [id, entry] : entries) {
    auto it = previous ? previous->find(id) : TreeEntries::const_iterator{};
    if (!previous || it == previous->end())
      ++added;
    else if (git_oid_equal(&it->second.blob, &entry.blob))
      ++unchanged;
    else
      ++changed;
  }
  if (previous)
    for (const auto& [id, entry] : *previous) removed += entries.count(id) ? 0 : 1;
  std::string parts;
  auto part = [&](int n, const char* what) {
    if (n) parts += (parts.empty() ? "" : ", ") + std::to_string(n) + " " + what;
  };
  part(added, "added");
  part(changed, "changed");
  part(removed, "removed");
  part(unchanged, "unchanged");
  std::string message = series + " " + std::to_string(year) + ": " +
                        plural(static_cast<int>(entries.size()), "report");
  if (!parts.empty()) message += " (" + parts + ")";
  return message + "\n";
}

git_oid write_tree_of(git_repository* repo, const std::string& where, const TreeEntries& entries) {
  git_treebuilder* raw = nullptr;
  git::check(git_treebuilder_new(&raw, repo, nullptr), where, "cannot build tree");
  git::TreeBuilder builder(raw);
  for (const auto& [id, entry] : entries)
    git::check(git_treebuilder_insert(nullptr, builder.get(), entry.name.c_str(), &entry.blob,
                                      GIT_FILEMODE_BLOB),
               where, ("cannot add " + entry.name).c_str());
  git_oid tree;
  git::check(git_treebuilder_write(&tree, builder.get()), where, "cannot write tree");
  return tree;
}

git_oid write_edition_commit(git_repository* repo, const std::string& where,
                             const CommitIdentity& identity, const std::string& series, int year,
                             const git_oid& tree, const EditionCommit* parent,
                             const std::string& note) {
  const TreeEntries entries = tree_entries(repo, tree, where);
  TreeEntries previous;
  if (parent) previous = tree_entries(repo, parent->tree, where);
  git_signature* raw = nullptr;
  git::check(git_signature_new(&raw, identity.name.c_str(), identity.email.c_str(),
                               commit_time_of(year), 0),
             where, "bad commit identity");
  git::Signature signature(raw);
  std::string message = edition_message(series, year, entries, parent ? &previous : nullptr);
  if (!note.empty()) message += "\n" + note + (note.back() == '\n' ? "" : "\n");
  const git_oid* parents[1] = {parent ? &parent->commit : nullptr};
  git_oid commit;
  git::check(git_commit_create_from_ids(&commit, repo, nullptr, signature.get(), signature.get(),
                                        nullptr, message.c_str(), &tree, parent ? 1 : 0, parents),
             where, "cannot write commit");
  return commit;
}

void relink_from(git_repository* repo, const std::string& where, const CommitIdentity& identity,
                 const std::string& series, std::vector<EditionCommit>& editions,
                 std::size_t start) {
  for (std::size_t i = start; i < editions.size(); ++i) {
    const EditionCommit* parent = i > 0 ? &editions[i - 1] : nullptr;
    editions[i].commit = write_edition_commit(repo, where, identity, series, editions[i].year,
                                              editions[i].tree, parent);
  }
}

void clear_stale_ref_lock(const std::string& archive_path, const std::string& ref) {
  const std::string lock = archive_path + "/" + ref + ".lock";
  if (::unlink(lock.c_str()) != 0 && errno != ENOENT)
    throw ArchiveError(archive_path + ": cannot remove stale lock " + lock + ": " +
                       std::strerror(errno));
}

bool keep_as_replaced(git_repository* repo, const std::string& archive_path, const git_oid& head) {
  // Already kept under any name: nothing to do.
  git_reference_iterator* raw_iterator = nullptr;
  git::check(git_reference_iterator_glob_new(&raw_iterator, repo, "refs/yoy/replaced/*"),
             archive_path, "cannot list refs/yoy/replaced");
  git::ReferenceIterator iterator(raw_iterator);
  const char* name = nullptr;
  while (git_reference_next_name(&name, iterator.get()) == 0) {
    git_oid existing;
    if (git_reference_name_to_id(&existing, repo, name) == 0 && git_oid_equal(&existing, &head))
      return false;
  }
  clear_stale_ref_lock(archive_path, "packed-refs");
  for (int n = 1;; ++n) {
    const std::string ref = "refs/yoy/replaced/" + std::to_string(n);
    git_oid existing;
    if (git_reference_name_to_id(&existing, repo, ref.c_str()) == 0) continue;
    clear_stale_ref_lock(archive_path, ref);
    git_reference* raw = nullptr;
    const int rc = git_reference_create(&raw, repo, ref.c_str(), &head, 0, "yoy: replaced head");
    git::Reference created(raw);
    if (rc == GIT_EEXISTS) continue;
    git::check(rc, archive_path, ("cannot write " + ref).c_str());
    return true;
  }
}

void follow_tags(git_repository* repo, const std::string& archive_path, const std::string& series,
                 const std::vector<EditionCommit>& old_editions,
                 const std::vector<EditionCommit>& editions) {
  for (const EditionCommit& edition : old_editions) {
    bool kept = false;
    for (const EditionCommit& e : editions) kept = kept || e.year == edition.year;
    if (kept) continue;
    git_reference* raw = nullptr;
    if (git_reference_lookup(&raw, repo, tag_ref(series, edition.year).c_str()) == 0) {
      git::Reference tag(raw);
      git::check(git_reference_delete(tag.get()), archive_path, "cannot delete tag");
    }
  }
  for (const EditionCommit& edition : editions) {
    const std::string tag = tag_ref(series, edition.year);
    git_oid current;
    if (git_reference_name_to_id(&current, repo, tag.c_str()) == 0 &&
        git_oid_equal(&current, &edition.commit))
      continue;
    clear_stale_ref_lock(archive_path, tag);
    git_reference* raw = nullptr;
    git::check(
        git_reference_create(&raw, repo, tag.c_str(), &edition.commit, 1, "yoy: edition tag"),
        archive_path, ("cannot write " + tag).c_str());
    git_reference_free(raw);
  }
}

bool publish_chain(git_repository* repo, const std::string& archive_path, const std::string& series,
                   const Chain& old, const std::vector<EditionCommit>& editions,
                   const std::string& log) {
  WriterLock lock(archive_path);
  const std::string ref = branch_ref(series);
  git_oid now;
  const int found = git_reference_name_to_id(&now, repo, ref.c_str());
  if (found == GIT_ENOTFOUND ? old.exists : !old.exists || !git_oid_equal(&now, &old.head))
    return false;  // another writer moved the branch: the caller plans again
  if (found < 0 && found != GIT_ENOTFOUND) git::check(found, archive_path, "cannot read branch");

  const bool ahead = !editions.empty() && old.exists &&
                     (git_oid_equal(&editions.back().commit, &old.head) ||
                      git_graph_descendant_of(repo, &editions.back().commit, &old.head) == 1);
  if (old.exists && !ahead) keep_as_replaced(repo, archive_path, old.head);
  clear_stale_ref_lock(archive_path, ref);
  if (editions.empty()) {
    git_reference* raw = nullptr;
    if (git_reference_lookup(&raw, repo, ref.c_str()) == 0) {
      git::Reference branch(raw);
      git::check(git_reference_delete(branch.get()), archive_path,
                 ("cannot delete " + ref).c_str());
    }
  } else {
    git_reference* raw = nullptr;
    git::check(
        git_reference_create(&raw, repo, ref.c_str(), &editions.back().commit, 1, log.c_str()),
        archive_path, ("cannot update " + ref).c_str());
    git_reference_free(raw);
    if (git_repository_head_unborn(repo) == 1) git_repository_set_head(repo, ref.c_str());
  }
  follow_tags(repo, archive_path, series, old.editions, editions);
  return true;
}

}  // namespace yoy::archive_detail
