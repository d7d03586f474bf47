// Archive::ingest: an edition becomes one commit of its series, in year order.
// Objects (blobs, trees, commits) are written first; refs move last, under the
// writers' lock, by compare-and-swap; a lost race rebuilds on the new head.
// Trees, commits, the identity, replaced heads and tags are written by the
// helpers rm and pull use (archive_commits.cpp), so the same edition gives the
// same commit whichever command wrote it.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

#include "archive/archive_internal.h"
#include "yoy/model/edition_check.h"

namespace yoy {

using namespace archive_detail;

namespace {

// What an edition holds against the one before it.
EditionDelta delta_of(const TreeEntries& entries, const TreeEntries* previous) {
  EditionDelta d;
  for (const auto& [id, entry] : entries) {
    auto it = previous ? previous->find(id) : TreeEntries::const_iterator{};
    if (!previous || it == previous->end()) {
      ++d.added;
    } else if (git_oid_equal(&it->second.blob, &entry.blob)) {
      ++d.unchanged;
    } else {
      ++d.changed;
    }
  }
  if (previous) {
    for (const auto& [id, entry] : *previous) d.removed += entries.count(id) ? 0 : 1;
  }
  return d;
}

// Writes editions of one series: every blob first, then the new history
// (each edition applied in turn to the chain), then one compare-and-swap of
// the branch, so several editions land together or not at all.
class Writer {
 public:
  Writer(git_repository* repo, std::string path, const std::vector<Edition>& editions)
      : repo_(repo),
        path_(std::move(path)),
        editions_(editions),
        series_(editions.front().series),
        identity_(commit_identity(repo)) {}

  std::vector<IngestResult> run() {
    write_blobs();
    for (int attempt = 1;; ++attempt) {
      if (attempt > 1000) throw ArchiveError(path_ + ": gave up after 1000 concurrent updates");
      const Chain chain = read_chain(repo_, path_, series_);
      Chain work = chain;
      std::vector<IngestResult> results;
      bool committed = false;
      for (std::size_t e = 0; e < editions_.size(); ++e) {
        Plan plan = plan_on(work, editions_[e], blobs_[e]);
        committed = committed || plan.result.committed;
        if (plan.result.committed) {
          work.exists = true;
          work.head = plan.head;
        }
        work.editions = std::move(plan.editions);
        results.push_back(std::move(plan.result));
      }
      make_durable();
      WriterLock lock(path_);
      if (!still_at(chain)) continue;  // another writer moved the branch: rebuild on it
      if (committed && !publish(chain, work.head, rewrites(chain, work))) continue;
      follow_tags(repo_, path_, series_, chain.editions, work.editions);
      return results;
    }
  }

 private:
  struct Plan {
    IngestResult result;
    git_oid head{};
    std::vector<EditionCommit> editions;
  };
  using Blobs = std::vector<std::pair<std::string, git_oid>>;  // report id -> blob

  void write_blobs() {
    for (const Edition& edition : editions_) {
      Blobs& blobs = blobs_.emplace_back();
      for (const EditionFile& file : edition.files) {
        git_oid oid;
        git::check(git_blob_create_from_buffer(&oid, repo_, file.bytes.data(), file.bytes.size()),
                   path_, ("cannot store " + file.source).c_str());
        blobs.emplace_back(file.id, oid);
      }
    }
  }

  // The old head is no longer in the new history (a year replaced or back-filled).
  static bool rewrites(const Chain& before, const Chain& after) {
    if (!before.exists) return false;
    for (const EditionCommit& edition : after.editions)
      if (git_oid_equal(&edition.commit, &before.head)) return false;
    return true;
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

  // Builds (and writes) the new history for the current chain: editions before
  // the year kept, the year's commit new, later editions rebuilt on top of it.
  Plan plan_on(const Chain& chain, const Edition& edition, const Blobs& blobs) {
    Plan plan;
    plan.result.series = edition.series;
    plan.result.year = edition.year;
    std::size_t position = 0;
    while (position < chain.editions.size() && chain.editions[position].year < edition.year)
      ++position;
    const bool year_exists =
        position < chain.editions.size() && chain.editions[position].year == edition.year;

    TreeEntries entries;
    if (year_exists) entries = tree_entries(repo_, chain.editions[position].tree, path_);
    for (std::size_t i = 0; i < blobs.size(); ++i) {
      const auto& [id, blob] = blobs[i];
      auto it = entries.find(id);
      const std::string name = id + "." + edition.files[i].extension;
      if (it == entries.end()) {
        ++plan.result.added;
      } else if (git_oid_equal(&it->second.blob, &blob) && it->second.name == name) {
        ++plan.result.unchanged;
      } else {
        ++plan.result.changed;
      }
      entries[id] = {name, blob};
    }
    const git_oid tree = write_tree_of(repo_, path_, entries);

    plan.editions.assign(chain.editions.begin(),
                         chain.editions.begin() + static_cast<long>(position));
    if (year_exists && git_oid_equal(&tree, &chain.editions[position].tree)) {
      plan.editions = chain.editions;  // identical bytes: nothing to commit
      return plan;
    }
    plan.result.committed = true;
    const EditionCommit* parent = position > 0 ? &chain.editions[position - 1] : nullptr;
    if (parent) {
      const TreeEntries previous = tree_entries(repo_, parent->tree, path_);
      plan.result.previous_year = parent->year;
      plan.result.since_previous = delta_of(entries, &previous);
    }
    const std::string note = !edition.note.empty() ? edition.note
                             : year_exists         ? note_of(chain.editions[position].commit)
                                                   : "";
    const git_oid commit =
        write_edition_commit(repo_, path_, identity_, series_, edition.year, tree, parent, note);
    plan.editions.push_back({edition.year, commit, tree});
    // Later editions keep their trees (and notes) and get new parents.
    for (std::size_t i = position + (year_exists ? 1 : 0); i < chain.editions.size(); ++i) {
      const EditionCommit& later = chain.editions[i];
      const git_oid rebuilt =
          write_edition_commit(repo_, path_, identity_, series_, later.year, later.tree,
                               &plan.editions.back(), note_of(later.commit));
      plan.editions.push_back({later.year, rebuilt, later.tree});
    }
    plan.head = plan.editions.back().commit;
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
    int rc = git_reference_name_to_id(&now, repo_, branch_ref(series_).c_str());
    if (rc == GIT_ENOTFOUND) return !chain.exists;
    git::check(rc, path_, "cannot read branch");
    return chain.exists && git_oid_equal(&now, &chain.head);
  }

  // Keeps the replaced head reachable, then moves the branch (compare-and-swap).
  bool publish(const Chain& chain, const git_oid& head, bool rewrites_history) {
    if (rewrites_history) keep_as_replaced(repo_, path_, chain.head);
    const std::string ref = branch_ref(series_);
    clear_stale_ref_lock(path_, ref);
    std::string log = "yoy ingest " + series_;
    for (const Edition& edition : editions_) log += " " + std::to_string(edition.year);
    git_reference* raw = nullptr;
    int rc = chain.exists ? git_reference_create_matching(&raw, repo_, ref.c_str(), &head, 1,
                                                          &chain.head, log.c_str())
                          : git_reference_create(&raw, repo_, ref.c_str(), &head, 0, log.c_str());
    git::Reference updated(raw);
    if (rc == GIT_EMODIFIED || rc == GIT_EEXISTS || rc == GIT_ELOCKED) return false;
    git::check(rc, path_, ("cannot update " + ref).c_str());
    // The first series becomes HEAD, so plain `git log` shows it.
    if (git_repository_head_unborn(repo_) == 1) git_repository_set_head(repo_, ref.c_str());
    return true;
  }

  git_repository* repo_;
  std::string path_;
  const std::vector<Edition>& editions_;
  std::string series_;
  CommitIdentity identity_;
  std::vector<Blobs> blobs_;  // per edition
};

}  // namespace

IngestResult Archive::ingest(const Edition& edition) {
  return ingest(std::vector<Edition>{edition}).front();
}

std::vector<IngestResult> Archive::ingest(const std::vector<Edition>& editions) {
  if (editions.empty()) return {};
  for (const Edition& edition : editions) {
    check_edition(edition);
    if (edition.series != editions.front().series)
      throw InputError("editions of one ingest must share a series ('" + editions.front().series +
                       "', '" + edition.series + "')");
  }
  require_writable(impl_->path);
  return Writer(impl_->repo.get(), impl_->path, editions).run();
}

}  // namespace yoy
