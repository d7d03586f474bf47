// Archive::ingest: an edition becomes one commit of its series, in year order.
// Objects (blobs, trees, commits) are written first; refs move last, under the
// writers' lock, by compare-and-swap; a lost race rebuilds on the new head.
#include <fcntl.h>
#include <git2/sys/commit.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <map>
#include <string>
#include <vector>

#include "archive/archive_internal.h"
#include "yoy/model/edition_check.h"

namespace yoy {

using namespace archive_detail;

namespace {

struct Identity {
  std::string name = "yoy";
  std::string email = "yoy@localhost";
};

// user.name / user.email from git config (repository, global, system) when set.
Identity configured_identity(git_repository* repo) {
  Identity identity;
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

// Commit time from the edition year alone, so a corpus always gives the same
// commit ids: 1 January 00:00 UTC, or (git rejects negative times) a few
// seconds after the epoch for years before 1971, still in year order.
git_time_t edition_time(int year) {
  if (year < 1971) return year - 1900;
  std::tm tm{};
  tm.tm_year = year - 1900;
  tm.tm_mon = 0;
  tm.tm_mday = 1;
  return static_cast<git_time_t>(::timegm(&tm));
}

using Entries = std::map<std::string, git_oid>;  // report id -> blob (tree order is git's)

Entries entries_of(git_repository* repo, const git_oid& tree_id, const std::string& where) {
  git_tree* raw = nullptr;
  git::check(git_tree_lookup(&raw, repo, &tree_id), where, "cannot read tree");
  git::Tree tree(raw);
  Entries out;
  for (std::size_t i = 0, n = git_tree_entrycount(tree.get()); i < n; ++i) {
    const git_tree_entry* entry = git_tree_entry_byindex(tree.get(), i);
    out[id_of_entry(git_tree_entry_name(entry))] = *git_tree_entry_id(entry);
  }
  return out;
}

std::string plural(int n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

// What an edition holds against the one before it.
EditionDelta delta_of(const Entries& entries, const Entries* previous) {
  EditionDelta d;
  for (const auto& [id, blob] : entries) {
    auto it = previous ? previous->find(id) : Entries::const_iterator{};
    if (!previous || it == previous->end()) {
      ++d.added;
    } else if (git_oid_equal(&it->second, &blob)) {
      ++d.unchanged;
    } else {
      ++d.changed;
    }
  }
  if (previous) {
    for (const auto& [id, blob] : *previous) d.removed += entries.count(id) ? 0 : 1;
  }
  return d;
}

// "tip 2025: 1 report (1 changed)": what the edition holds against the one before.
std::string commit_message(const std::string& series, int year, const Entries& entries,
                           const Entries* previous) {
  const EditionDelta d = delta_of(entries, previous);
  std::string parts;
  auto part = [&](int n, const char* what) {
    if (n) parts += (parts.empty() ? "" : ", ") + std::to_string(n) + " " + what;
  };
  part(d.added, "added");
  part(d.changed, "changed");
  part(d.removed, "removed");
  part(d.unchanged, "unchanged");
  std::string message = series + " " + std::to_string(year) + ": " +
                        plural(static_cast<int>(entries.size()), "report");
  if (!parts.empty()) message += " (" + parts + ")";
  return message + "\n";
}

class Writer {
 public:
  Writer(git_repository* repo, std::string path, const Edition& edition)
      : repo_(repo),
        path_(std::move(path)),
        edition_(edition),
        identity_(configured_identity(repo)) {}

  IngestResult run() {
    write_blobs();
    for (int attempt = 1;; ++attempt) {
      if (attempt > 1000) throw ArchiveError(path_ + ": gave up after 1000 concurrent updates");
      Chain chain = read_chain(repo_, path_, edition_.series);
      Plan plan = plan_on(chain);
      make_durable();
      WriterLock lock(path_);
      if (!still_at(chain)) continue;  // another writer moved the branch: rebuild on it
      if (plan.result.committed && !publish(chain, plan)) continue;
      sync_tags(plan.editions);
      return plan.result;
    }
  }

 private:
  struct Plan {
    IngestResult result;
    git_oid head{};
    bool rewrites_history = false;  // the old head is no longer an ancestor
    std::vector<EditionCommit> editions;
  };

  void write_blobs() {
    for (const EditionFile& file : edition_.files) {
      git_oid oid;
      git::check(git_blob_create_from_buffer(&oid, repo_, file.bytes.data(), file.bytes.size()),
                 path_, ("cannot store " + file.source).c_str());
      blobs_.emplace_back(file.id, oid);
    }
  }

  git_oid write_tree(const Entries& entries, const std::map<std::string, std::string>& names) {
    git_treebuilder* raw = nullptr;
    git::check(git_treebuilder_new(&raw, repo_, nullptr), path_, "cannot build tree");
    git::TreeBuilder builder(raw);
    for (const auto& [id, blob] : entries) {
      git::check(git_treebuilder_insert(nullptr, builder.get(), names.at(id).c_str(), &blob,
                                        GIT_FILEMODE_BLOB),
                 path_, ("cannot add " + names.at(id)).c_str());
    }
    git_oid tree;
    git::check(git_treebuilder_write(&tree, builder.get()), path_, "cannot write tree");
    return tree;
  }

  // Entry names of a tree by report id (keeps each report's stored extension).
  std::map<std::string, std::string> names_of(const git_oid& tree_id) {
    git_tree* raw = nullptr;
    git::check(git_tree_lookup(&raw, repo_, &tree_id), path_, "cannot read tree");
    git::Tree tree(raw);
    std::map<std::string, std::string> out;
    for (std::size_t i = 0, n = git_tree_entrycount(tree.get()); i < n; ++i) {
      std::string name = git_tree_entry_name(git_tree_entry_byindex(tree.get(), i));
      out[id_of_entry(name)] = name;
    }
    return out;
  }

  // The note (message body) of an existing edition commit, to carry over.
  std::string note_of(const git_oid& commit_id) {
    git_commit* raw = nullptr;
    if (git_commit_lookup(&raw, repo_, &commit_id) != 0) return "";
    const char* message = git_commit_message(raw);
    std::string body;
    if (message) {
      const char* blank = std::strstr(message, "\n\n");
      if (blank) body = blank + 2;
    }
    git_commit_free(raw);
    return body;
  }

  git_oid write_commit(int year, const git_oid& tree, const Entries& entries,
                       const Entries* previous, const git_oid* parent, const std::string& note) {
    git_signature* raw = nullptr;
    git::check(git_signature_new(&raw, identity_.name.c_str(), identity_.email.c_str(),
                                 edition_time(year), 0),
               path_, "bad commit identity");
    git::Signature signature(raw);
    std::string message = commit_message(edition_.series, year, entries, previous);
    if (!note.empty()) message += "\n" + note + (note.back() == '\n' ? "" : "\n");
    const git_oid* parents[1] = {parent};
    git_oid commit;
    git::check(git_commit_create_from_ids(&commit, repo_, nullptr, signature.get(), signature.get(),
                                          nullptr, message.c_str(), &tree, parent ? 1 : 0, parents),
               path_, "cannot write commit");
    return commit;
  }

  // Builds (and writes) the new history for the current chain: editions before
  // the year kept, the year's commit new, later editions rebuilt on top of it.
  Plan plan_on(const Chain& chain) {
    Plan plan;
    plan.result.series = edition_.series;
    plan.result.year = edition_.year;
    std::size_t position = 0;
    while (position < chain.editions.size() && chain.editions[position].year < edition_.year)
      ++position;
    const bool year_exists =
        position < chain.editions.size() && chain.editions[position].year == edition_.year;

    Entries entries;
    std::map<std::string, std::string> names;
    if (year_exists) {
      entries = entries_of(repo_, chain.editions[position].tree, path_);
      names = names_of(chain.editions[position].tree);
    }
    for (std::size_t i = 0; i < blobs_.size(); ++i) {
      const auto& [id, blob] = blobs_[i];
      auto it = entries.find(id);
      const std::string name = id + "." + edition_.files[i].extension;
      if (it == entries.end()) {
        ++plan.result.added;
      } else if (git_oid_equal(&it->second, &blob) && names[id] == name) {
        ++plan.result.unchanged;
      } else {
        ++plan.result.changed;
      }
      entries[id] = blob;
      names[id] = name;
    }
    git_oid tree = write_tree(entries, names);

    plan.editions.assign(chain.editions.begin(),
                         chain.editions.begin() + static_cast<long>(position));
    if (year_exists && git_oid_equal(&tree, &chain.editions[position].tree)) {
      plan.editions = chain.editions;  // identical bytes: nothing to commit
      return plan;
    }
    plan.result.committed = true;
    const git_oid* parent = position > 0 ? &chain.editions[position - 1].commit : nullptr;
    Entries previous_storage;
    const Entries* previous = nullptr;
    if (position > 0) {
      previous_storage = entries_of(repo_, chain.editions[position - 1].tree, path_);
      previous = &previous_storage;
    }
    if (previous) {
      plan.result.previous_year = chain.editions[position - 1].year;
      plan.result.since_previous = delta_of(entries, previous);
    }
    const std::string note = !edition_.note.empty() ? edition_.note
                             : year_exists          ? note_of(chain.editions[position].commit)
                                                    : "";
    git_oid commit = write_commit(edition_.year, tree, entries, previous, parent, note);
    plan.editions.push_back({edition_.year, commit, tree});
    // Later editions keep their trees and get new parents.
    Entries last = entries;
    for (std::size_t i = position + (year_exists ? 1 : 0); i < chain.editions.size(); ++i) {
      const EditionCommit& later = chain.editions[i];
      Entries later_entries = entries_of(repo_, later.tree, path_);
      git_oid rebuilt = write_commit(later.year, later.tree, later_entries, &last,
                                     &plan.editions.back().commit, note_of(later.commit));
      plan.editions.push_back({later.year, rebuilt, later.tree});
      last = std::move(later_entries);
    }
    plan.head = plan.editions.back().commit;
    plan.rewrites_history = chain.exists && (year_exists || position < chain.editions.size());
    return plan;
  }

  // One filesystem sync for all the objects just written, instead of one fsync
  // per object, before any ref may name them.
  void make_durable() {
    int fd = ::open(path_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0 || ::syncfs(fd) != 0) {
      int err = errno;
      if (fd >= 0) ::close(fd);
      throw ArchiveError(path_ + ": cannot sync objects to disk: " + std::strerror(err));
    }
    ::close(fd);
  }

  bool still_at(const Chain& chain) {
    git_oid now;
    int rc = git_reference_name_to_id(&now, repo_, branch_ref(edition_.series).c_str());
    if (rc == GIT_ENOTFOUND) return !chain.exists;
    git::check(rc, path_, "cannot read branch");
    return chain.exists && git_oid_equal(&now, &chain.head);
  }

  // A yoy writer killed mid-update leaves "<ref>.lock"; under the writers' lock
  // no other yoy process can be writing it, so it is stale.
  void clear_stale_lock(const std::string& ref) {
    const std::string lock = path_ + "/" + ref + ".lock";
    if (::unlink(lock.c_str()) != 0 && errno != ENOENT) {
      throw ArchiveError(path_ + ": cannot remove stale lock " + lock + ": " +
                         std::strerror(errno));
    }
  }

  // Keeps the replaced head reachable, then moves the branch (compare-and-swap).
  bool publish(const Chain& chain, const Plan& plan) {
    if (plan.rewrites_history) keep_replaced(chain.head);
    const std::string ref = branch_ref(edition_.series);
    clear_stale_lock(ref);
    std::string log = "yoy ingest " + edition_.series + " " + std::to_string(edition_.year);
    git_reference* raw = nullptr;
    int rc = chain.exists
                 ? git_reference_create_matching(&raw, repo_, ref.c_str(), &plan.head, 1,
                                                 &chain.head, log.c_str())
                 : git_reference_create(&raw, repo_, ref.c_str(), &plan.head, 0, log.c_str());
    git::Reference updated(raw);
    if (rc == GIT_EMODIFIED || rc == GIT_EEXISTS || rc == GIT_ELOCKED) return false;
    git::check(rc, path_, ("cannot update " + ref).c_str());
    // The first series becomes HEAD, so plain `git log` shows it.
    if (git_repository_head_unborn(repo_) == 1) git_repository_set_head(repo_, ref.c_str());
    return true;
  }

  void keep_replaced(const git_oid& old_head) {
    clear_stale_lock("packed-refs");
    for (int n = 1;; ++n) {
      const std::string ref = "refs/yoy/replaced/" + std::to_string(n);
      git_oid existing;
      int found = git_reference_name_to_id(&existing, repo_, ref.c_str());
      if (found == 0) {
        if (git_oid_equal(&existing, &old_head)) return;  // already kept
        continue;
      }
      clear_stale_lock(ref);
      git_reference* raw = nullptr;
      int rc = git_reference_create(&raw, repo_, ref.c_str(), &old_head, 0, "yoy: replaced head");
      git::Reference created(raw);
      if (rc == GIT_EEXISTS) continue;
      git::check(rc, path_, ("cannot write " + ref).c_str());
      return;
    }
  }

  // Tags follow the branch; a writer killed between the two is repaired here.
  void sync_tags(const std::vector<EditionCommit>& editions) {
    for (const EditionCommit& edition : editions) {
      const std::string ref = tag_ref(edition_.series, edition.year);
      git_oid current;
      if (git_reference_name_to_id(&current, repo_, ref.c_str()) == 0 &&
          git_oid_equal(&current, &edition.commit)) {
        continue;
      }
      clear_stale_lock(ref);
      git_reference* raw = nullptr;
      git::check(
          git_reference_create(&raw, repo_, ref.c_str(), &edition.commit, 1, "yoy: edition tag"),
          path_, ("cannot write " + ref).c_str());
      git_reference_free(raw);
    }
  }

  git_repository* repo_;
  std::string path_;
  const Edition& edition_;
  Identity identity_;
  std::vector<std::pair<std::string, git_oid>> blobs_;
};

}  // namespace

IngestResult Archive::ingest(const Edition& edition) {
  check_edition(edition);
  require_writable(impl_->path);
  return Writer(impl_->repo.get(), impl_->path, edition).run();
}

}  // namespace yoy
