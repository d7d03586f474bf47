// Archive::remove: a wrongly ingested report or edition leaves the history,
// which is rebuilt without it; the old head stays reachable.
#include <algorithm>

#include "archive/archive_internal.h"
#include "yoy/util/suggest.h"

namespace yoy {

using namespace archive_detail;

RemoveResult Archive::remove(const std::string& series, int year, const std::string& id) {
  require_writable(impl_->path);
  git_repository* repo = impl_->repo.get();
  const std::string& where = impl_->path;
  const CommitIdentity identity = commit_identity(repo);
  for (int attempt = 1;; ++attempt) {
    if (attempt > 1000) throw ArchiveError(where + ": gave up after 1000 concurrent updates");
    const Chain chain = read_chain(repo, where, series);
    if (!chain.exists) throw InputError("no series '" + series + "' in the archive (see yoy list)");
    auto it = std::find_if(chain.editions.begin(), chain.editions.end(),
                           [&](const EditionCommit& e) { return e.year == year; });
    if (it == chain.editions.end()) {
      std::string years;
      for (const EditionCommit& e : chain.editions)
        years += (years.empty() ? "" : ", ") + std::to_string(e.year);
      throw InputError("no edition " + std::to_string(year) + " of " + series + " (it has " +
                       years + ")");
    }
    const std::size_t position = static_cast<std::size_t>(it - chain.editions.begin());
    std::vector<EditionCommit> editions = chain.editions;
    RemoveResult result{series, year, id, 0, ""};
    if (id.empty()) {
      editions.erase(editions.begin() + static_cast<long>(position));
    } else {
      TreeEntries entries = tree_entries(repo, it->tree, where);
      if (!entries.count(id)) {
        std::vector<std::string> ids;
        for (const auto& [known, entry] : entries) ids.push_back(known);
        throw InputError("no report '" + id + "' in " + series + " " + std::to_string(year) +
                         did_you_mean(id, ids));
      }
      if (entries.size() == 1)
        throw InputError("'" + id + "' is the only report of " + series + " " +
                         std::to_string(year) + "; remove the edition: yoy rm " + series + "/" +
                         std::to_string(year));
      entries.erase(id);
      editions[position].tree = write_tree_of(repo, where, entries);
    }
    // The changed edition (or the one after a removed year) and every later one get new commits.
    relink_from(repo, where, identity, series, editions, position);
    result.later_rebuilt = static_cast<int>(editions.size() - position) - (id.empty() ? 0 : 1);
    const std::string log =
        "yoy rm " + series + "/" + (id.empty() ? "" : id + "@") + std::to_string(year);
    if (!publish_chain(repo, where, series, chain, editions, log)) continue;
    // Name the ref that now holds the old head.
    git_reference_iterator* raw = nullptr;
    git::check(git_reference_iterator_glob_new(&raw, repo, "refs/yoy/replaced/*"), where,
               "cannot list refs/yoy/replaced");
    git::ReferenceIterator iterator(raw);
    const char* name = nullptr;
    while (git_reference_next_name(&name, iterator.get()) == 0) {
      git_oid oid;
      if (git_reference_name_to_id(&oid, repo, name) == 0 && git_oid_equal(&oid, &chain.head))
        result.replaced = name;
    }
    return result;
  }
}

}  // namespace yoy
