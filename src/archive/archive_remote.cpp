// Sharing an archive through git remotes (libgit2: local paths, file://, git://,
// ssh and https as libgit2 was built with). A remote's refs are fetched under
// refs/yoy/remotes/<name>/ first; then each series is compared by year:
//   pull: a remote that is ahead is taken as is; a rewritten history (a
//     back-filled year) is merged year by year, keeping the local editions the
//     remote lacks; the same report with different bytes on both sides stops the
//     pull before anything is written.
//   push: refused when the remote has editions this archive lacks and never
//     saw (unless --force); a rewrite that loses nothing, or that replaced a
//     head this archive had (an amended or removed edition), is pushed, and the
//     remote's old head is kept there under refs/yoy/replaced/.
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>

#include "archive/archive_internal.h"
#include "archive/loose_objects.h"
#include "archive/repository_safety.h"

namespace yoy {

using namespace archive_detail;

namespace {

constexpr const char* kReplacedPrefix = "refs/yoy/replaced/";

struct Callbacks {
  TransferProgress progress;
  int credential_attempts = 0;
  std::vector<std::string> rejected;  // push: "refs/heads/tip: reason"
};

int on_credentials(git_credential** out, const char* /*url*/, const char* username,
                   unsigned int allowed, void* payload) {
  auto* callbacks = static_cast<Callbacks*>(payload);
  // One try with the ssh agent; libgit2 asks again after a failure.
  if ((allowed & GIT_CREDENTIAL_SSH_KEY) && callbacks->credential_attempts++ == 0)
    return git_credential_ssh_key_from_agent(out, username ? username : "git");
  return GIT_PASSTHROUGH;
}

int on_fetch_progress(const git_indexer_progress* stats, void* payload) {
  auto* callbacks = static_cast<Callbacks*>(payload);
  if (callbacks->progress) callbacks->progress(stats->received_objects, stats->total_objects);
  return 0;
}

int on_push_progress(unsigned int current, unsigned int total, size_t /*bytes*/, void* payload) {
  auto* callbacks = static_cast<Callbacks*>(payload);
  if (callbacks->progress) callbacks->progress(current, total);
  return 0;
}

int on_push_reference(const char* ref, const char* status, void* payload) {
  if (status)
    static_cast<Callbacks*>(payload)->rejected.push_back(std::string(ref) + ": " + status);
  return 0;
}

void init_callbacks(git_remote_callbacks& raw, Callbacks& callbacks) {
  git_remote_init_callbacks(&raw, GIT_REMOTE_CALLBACKS_VERSION);
  raw.credentials = on_credentials;
  raw.transfer_progress = on_fetch_progress;
  raw.push_transfer_progress = on_push_progress;
  raw.push_update_reference = on_push_reference;
  raw.payload = &callbacks;
}

bool looks_like_location(const std::string& remote) {
  struct stat st {};
  return remote.find('/') != std::string::npos || remote.find(':') != std::string::npos ||
         ::stat(remote.c_str(), &st) == 0;
}

// The remote by name, or an anonymous one for a URL or path; `tracking` names
// where its refs are fetched (refs/yoy/remotes/<tracking>/).
git::Remote open_remote(git_repository* repo, const std::string& where, const std::string& remote,
                        std::string& tracking) {
  git_remote* raw = nullptr;
  int rc = git_remote_lookup(&raw, repo, remote.c_str());
  if (rc == 0) {
    tracking = remote;
    return git::Remote(raw);
  }
  if (!looks_like_location(remote)) {
    throw InputError("no remote named '" + remote + "' in " + where +
                     " (give a URL or path, or clone with yoy clone)");
  }
  tracking = "url";
  git::check(git_remote_create_anonymous(&raw, repo, remote.c_str()), where,
             ("cannot use remote " + remote).c_str());
  return git::Remote(raw);
}

std::vector<std::string> refs_under(git_repository* repo, const std::string& where,
                                    const std::string& prefix) {
  git_reference_iterator* raw = nullptr;
  git::check(git_reference_iterator_glob_new(&raw, repo, (prefix + "*").c_str()), where,
             ("cannot list " + prefix).c_str());
  git::ReferenceIterator iterator(raw);
  std::vector<std::string> out;
  const char* name = nullptr;
  while (git_reference_next_name(&name, iterator.get()) == 0) out.emplace_back(name);
  std::sort(out.begin(), out.end());
  return out;
}

git_oid ref_id(git_repository* repo, const std::string& where, const std::string& ref) {
  git_oid oid;
  git::check(git_reference_name_to_id(&oid, repo, ref.c_str()), where,
             ("cannot read " + ref).c_str());
  return oid;
}

// A remote on this machine (a path or file:// URL) is read by libgit2's local
// transport through a repository of its own, without yoy's guarded loose
// reader: a truncated loose object there would spin libgit2 1.5 forever (and
// one with a lying header overrun its buffer). Its loose objects and config
// are checked first, as when yoy opens an archive itself.
void verify_local_source(const char* url) {
  if (!url) return;
  std::string path = url;
  if (path.rfind("file://", 0) == 0) path.erase(0, std::strlen("file://"));
  std::error_code ec;
  if (!std::filesystem::is_directory(path, ec)) return;  // not local: another git serves it
  if (std::filesystem::is_directory(path + "/.git", ec)) path += "/.git";
  check_config(path);
  verify_loose_objects(path);
}

// The remote's series, tags and replaced heads, as they are now, under refs/yoy/remotes/<t>/.
void fetch_remote(git_repository* repo, const std::string& where, git_remote* remote,
                  const std::string& tracking, const std::string& label, Callbacks& callbacks) {
  const std::string base = "refs/yoy/remotes/" + tracking + "/";
  for (const std::string& ref : refs_under(repo, where, base)) {
    git_reference* raw = nullptr;
    if (git_reference_lookup(&raw, repo, ref.c_str()) == 0) {
      git::Reference stale(raw);
      git_reference_delete(stale.get());
    }
  }
  const std::string heads = "+refs/heads/*:" + base + "heads/*";
  const std::string tags = "+refs/tags/*:" + base + "tags/*";
  const std::string replaced = "+refs/yoy/replaced/*:" + base + "replaced/*";
  const char* specs[] = {heads.c_str(), tags.c_str(), replaced.c_str()};
  const git_strarray refspecs = {const_cast<char**>(specs), 3};
  verify_local_source(git_remote_url(remote));
  git_fetch_options options;
  git_fetch_options_init(&options, GIT_FETCH_OPTIONS_VERSION);
  init_callbacks(options.callbacks, callbacks);
  options.download_tags = GIT_REMOTE_DOWNLOAD_TAGS_NONE;
  options.update_fetchhead = 0;
  options.prune = GIT_FETCH_NO_PRUNE;
  const int rc = git_remote_fetch(remote, &refspecs, &options, "yoy fetch");
  if (rc < 0) throw ArchiveError(label + ": cannot fetch: " + git::last_error());
}

std::map<std::string, Chain> chains_under(git_repository* repo, const std::string& where,
                                          const std::string& heads_prefix) {
  std::map<std::string, Chain> out;
  for (const std::string& ref : refs_under(repo, where, heads_prefix)) {
    const std::string series = ref.substr(heads_prefix.size());
    try {
      out[series] = read_chain_at(repo, where, ref, series);
    } catch (const ArchiveError& e) {
      throw ArchiveError(std::string("the remote's branch '") + series +
                         "' is not a yoy series: " + e.what());
    }
  }
  return out;
}

std::map<std::string, Chain> local_chains(git_repository* repo, const std::string& where) {
  std::map<std::string, Chain> out;
  for (const std::string& ref : refs_under(repo, where, "refs/heads/")) {
    const std::string series = ref.substr(std::strlen("refs/heads/"));
    out[series] = read_chain(repo, where, series);
  }
  return out;
}

bool descends(git_repository* repo, const git_oid& child, const git_oid& ancestor) {
  return git_oid_equal(&child, &ancestor) || git_graph_descendant_of(repo, &child, &ancestor) == 1;
}

const EditionCommit* edition_of(const Chain& chain, int year) {
  for (const EditionCommit& e : chain.editions)
    if (e.year == year) return &e;
  return nullptr;
}

// What `from` has that `to` lacks: "tip 2026", "tip 2025 north-korea (different bytes)".
std::vector<std::string> lacking(git_repository* repo, const std::string& where,
                                 const std::string& series, const Chain& from, const Chain& to) {
  std::vector<std::string> out;
  for (const EditionCommit& edition : from.editions) {
    const std::string name = series + " " + std::to_string(edition.year);
    const EditionCommit* other = edition_of(to, edition.year);
    if (!other) {
      out.push_back(name);
      continue;
    }
    if (git_oid_equal(&other->tree, &edition.tree)) continue;
    const TreeEntries mine = tree_entries(repo, edition.tree, where);
    const TreeEntries theirs = tree_entries(repo, other->tree, where);
    for (const auto& [id, entry] : mine) {
      auto it = theirs.find(id);
      if (it == theirs.end())
        out.push_back(name + " " + id);
      else if (!git_oid_equal(&it->second.blob, &entry.blob))
        out.push_back(name + " " + id + " (different bytes)");
    }
  }
  return out;
}

std::string list_of(const std::vector<std::string>& items, std::size_t most = 3) {
  std::string out;
  for (std::size_t i = 0; i < items.size() && i < most; ++i) out += (i ? ", " : "") + items[i];
  if (items.size() > most) out += " and " + std::to_string(items.size() - most) + " more";
  return out;
}

// The local and remote chains of a diverged series merged year by year: every
// year of either side; a year both have gets the union of their reports.
// Reuses the remote's commits as far as the merged chain agrees with it, so a
// later push is a fast-forward. Throws InputError on a report both sides changed.
std::vector<EditionCommit> merge_chains(git_repository* repo, const std::string& where,
                                        const CommitIdentity& identity, const std::string& series,
                                        const Chain& local, const Chain& remote,
                                        const std::string& label) {
  std::set<int> years;
  for (const EditionCommit& e : local.editions) years.insert(e.year);
  for (const EditionCommit& e : remote.editions) years.insert(e.year);
  std::vector<EditionCommit> merged;
  std::vector<std::string> conflicts;
  for (int year : years) {
    const EditionCommit* mine = edition_of(local, year);
    const EditionCommit* theirs = edition_of(remote, year);
    EditionCommit edition{year, {}, {}};
    if (!mine || !theirs || git_oid_equal(&mine->tree, &theirs->tree)) {
      edition.tree = (theirs ? theirs : mine)->tree;
    } else {
      TreeEntries entries = tree_entries(repo, theirs->tree, where);
      for (const auto& [id, entry] : tree_entries(repo, mine->tree, where)) {
        auto it = entries.find(id);
        if (it == entries.end())
          entries[id] = entry;
        else if (!git_oid_equal(&it->second.blob, &entry.blob))
          conflicts.push_back(series + " " + std::to_string(year) + " " + id);
      }
      edition.tree = write_tree_of(repo, where, entries);
    }
    merged.push_back(edition);
  }
  if (!conflicts.empty()) {
    throw InputError("pull: " + list_of(conflicts) + " differ here and on " + label +
                     "; nothing was changed (keep one: yoy rm the local report, then pull)");
  }
  std::size_t same = 0;
  while (same < merged.size() && same < remote.editions.size() &&
         merged[same].year == remote.editions[same].year &&
         git_oid_equal(&merged[same].tree, &remote.editions[same].tree)) {
    merged[same].commit = remote.editions[same].commit;
    ++same;
  }
  relink_from(repo, where, identity, series, merged, same);
  return merged;
}

std::vector<int> new_years(const Chain& before, const std::vector<EditionCommit>& after) {
  std::vector<int> out;
  for (const EditionCommit& e : after)
    if (!edition_of(before, e.year)) out.push_back(e.year);
  return out;
}

// Copies the remote's replaced heads into this archive's refs/yoy/replaced/.
int keep_remote_replaced(git_repository* repo, const std::string& where, const std::string& base) {
  int kept = 0;
  for (const std::string& ref : refs_under(repo, where, base + "replaced/"))
    kept += keep_as_replaced(repo, where, ref_id(repo, where, ref)) ? 1 : 0;
  return kept;
}

}  // namespace

TransferResult Archive::pull(const std::string& remote_name, const TransferProgress& progress) {
  require_writable(impl_->path);
  git_repository* repo = impl_->repo.get();
  const std::string& where = impl_->path;
  std::string tracking;
  git::Remote remote = open_remote(repo, where, remote_name, tracking);
  Callbacks callbacks{progress, 0, {}};
  fetch_remote(repo, where, remote.get(), tracking, remote_name, callbacks);
  const std::string base = "refs/yoy/remotes/" + tracking + "/";
  const std::map<std::string, Chain> theirs = chains_under(repo, where, base + "heads/");
  const CommitIdentity identity = commit_identity(repo);

  TransferResult result;
  result.remote = remote_name;
  for (int attempt = 1;; ++attempt) {
    if (attempt > 100) throw ArchiveError(where + ": gave up after 100 concurrent updates");
    result.series.clear();
    const std::map<std::string, Chain> ours = local_chains(repo, where);
    // Plan every series first: a conflict in one leaves all of them untouched.
    struct Step {
      std::string series;
      Chain old;
      std::vector<EditionCommit> editions;
    };
    std::vector<Step> steps;
    for (const auto& [series, chain] : theirs) {
      SeriesTransfer transfer{series, SeriesTransfer::Outcome::unchanged, {}};
      auto local = ours.find(series);
      const Chain empty;
      const Chain& mine = local == ours.end() ? empty : local->second;
      if (!mine.exists) {
        transfer.outcome = SeriesTransfer::Outcome::created;
        steps.push_back({series, mine, chain.editions});
      } else if (git_oid_equal(&mine.head, &chain.head)) {
        transfer.outcome = SeriesTransfer::Outcome::unchanged;
      } else if (descends(repo, chain.head, mine.head)) {
        transfer.outcome = SeriesTransfer::Outcome::fast_forward;
        steps.push_back({series, mine, chain.editions});
      } else if (descends(repo, mine.head, chain.head)) {
        transfer.outcome = SeriesTransfer::Outcome::kept_local;
      } else {
        transfer.outcome = SeriesTransfer::Outcome::rewritten;
        steps.push_back(
            {series, mine, merge_chains(repo, where, identity, series, mine, chain, remote_name)});
      }
      if (!steps.empty() && steps.back().series == series)
        transfer.years_in = new_years(mine, steps.back().editions);
      result.series.push_back(std::move(transfer));
    }
    bool lost_race = false;
    for (const Step& step : steps)
      if (!publish_chain(repo, where, step.series, step.old, step.editions,
                         "yoy pull " + remote_name)) {
        lost_race = true;
        break;
      }
    if (lost_race) continue;
    break;
  }
  {
    WriterLock lock(where);
    result.replaced_kept = keep_remote_replaced(repo, where, base);
  }
  return result;
}

TransferResult Archive::push(const std::string& remote_name, bool force,
                             const TransferProgress& progress) {
  git_repository* repo = impl_->repo.get();
  const std::string& where = impl_->path;
  std::string tracking;
  git::Remote remote = open_remote(repo, where, remote_name, tracking);
  Callbacks callbacks{progress, 0, {}};
  fetch_remote(repo, where, remote.get(), tracking, remote_name, callbacks);
  const std::string base = "refs/yoy/remotes/" + tracking + "/";
  const std::map<std::string, Chain> theirs = chains_under(repo, where, base + "heads/");
  const std::map<std::string, Chain> ours = local_chains(repo, where);

  // The remote's replaced refs: which heads it keeps, which numbers are taken.
  std::set<std::string> remote_replaced_names;
  std::vector<git_oid> remote_replaced;
  for (const std::string& ref : refs_under(repo, where, base + "replaced/")) {
    remote_replaced_names.insert(ref.substr((base + "replaced/").size()));
    remote_replaced.push_back(ref_id(repo, where, ref));
  }
  int next_number = 1;
  auto free_replaced_name = [&] {
    while (remote_replaced_names.count(std::to_string(next_number))) ++next_number;
    remote_replaced_names.insert(std::to_string(next_number));
    return kReplacedPrefix + std::to_string(next_number);
  };
  auto remote_keeps = [&](const git_oid& oid) {
    for (const git_oid& r : remote_replaced)
      if (git_oid_equal(&r, &oid)) return true;
    return false;
  };

  std::vector<git_oid> local_replaced;
  for (const std::string& ref : refs_under(repo, where, kReplacedPrefix))
    local_replaced.push_back(ref_id(repo, where, ref));

  TransferResult result;
  result.remote = remote_name;
  std::vector<std::string> specs;
  std::vector<std::string> refused;
  for (const auto& [series, chain] : ours) {
    SeriesTransfer transfer{series, SeriesTransfer::Outcome::unchanged, {}};
    auto it = theirs.find(series);
    const Chain empty;
    const Chain& other = it == theirs.end() ? empty : it->second;
    bool rewrite = false;
    if (!other.exists) {
      transfer.outcome = SeriesTransfer::Outcome::created;
    } else if (git_oid_equal(&other.head, &chain.head)) {
      transfer.outcome = SeriesTransfer::Outcome::unchanged;
    } else if (descends(repo, chain.head, other.head)) {
      transfer.outcome = SeriesTransfer::Outcome::fast_forward;
    } else {
      // A remote head this archive itself replaced (it amended or removed an edition
      // it had) was seen and rewritten on purpose, as git's --force-with-lease.
      bool seen = false;
      for (const git_oid& kept : local_replaced) seen = seen || descends(repo, kept, other.head);
      const std::vector<std::string> missing = lacking(repo, where, series, other, chain);
      if (!missing.empty() && !force && !seen) {
        refused.push_back(list_of(missing));
        continue;
      }
      transfer.outcome = missing.empty() || seen ? SeriesTransfer::Outcome::rewritten
                                                 : SeriesTransfer::Outcome::forced;
      rewrite = true;
    }
    for (const EditionCommit& e : chain.editions)
      if (!edition_of(other, e.year)) transfer.years_in.push_back(e.year);
    if (transfer.outcome != SeriesTransfer::Outcome::unchanged) {
      specs.push_back(std::string(rewrite ? "+" : "") + branch_ref(series) + ":" +
                      branch_ref(series));
      if (rewrite && !remote_keeps(other.head)) {
        // The remote's old head stays reachable there.
        specs.push_back(base + "heads/" + series + ":" + free_replaced_name());
        ++result.replaced_kept;
        // This archive may keep the same head itself (it made the rewrite): once is enough.
        remote_replaced.push_back(other.head);
      }
    }
    // Tags follow the chain (forced: a rewrite moves them); years gone lose theirs.
    for (const EditionCommit& e : chain.editions) {
      const std::string tag = tag_ref(series, e.year);
      git_oid there;
      const std::string tracked = base + "tags/" + series + "/" + std::to_string(e.year);
      if (git_reference_name_to_id(&there, repo, tracked.c_str()) == 0 &&
          git_oid_equal(&there, &e.commit))
        continue;
      specs.push_back("+" + tag + ":" + tag);
    }
    if (rewrite)
      for (const EditionCommit& e : other.editions)
        if (!edition_of(chain, e.year)) specs.push_back(":" + tag_ref(series, e.year));
    result.series.push_back(std::move(transfer));
  }
  if (!refused.empty()) {
    throw InputError("push: " + remote_name + " has " + list_of(refused) +
                     " that this archive lacks; nothing was pushed (yoy pull " + remote_name +
                     " first, or yoy push --force to overwrite them; their head is kept under "
                     "refs/yoy/replaced/)");
  }
  // Heads this archive keeps that the remote does not.
  for (const std::string& ref : refs_under(repo, where, kReplacedPrefix)) {
    const git_oid oid = ref_id(repo, where, ref);
    if (remote_keeps(oid)) continue;
    specs.push_back(ref + ":" + free_replaced_name());
    ++result.replaced_kept;
  }
  if (specs.empty()) return result;
  std::vector<const char*> raw_specs;
  for (const std::string& spec : specs) raw_specs.push_back(spec.c_str());
  const git_strarray refspecs = {const_cast<char**>(raw_specs.data()), raw_specs.size()};
  git_push_options options;
  git_push_options_init(&options, GIT_PUSH_OPTIONS_VERSION);
  init_callbacks(options.callbacks, callbacks);
  if (git_remote_push(remote.get(), &refspecs, &options) < 0)
    throw ArchiveError(remote_name + ": cannot push: " + git::last_error());
  if (!callbacks.rejected.empty())
    throw ArchiveError(remote_name + ": refused " + list_of(callbacks.rejected));
  return result;
}

std::vector<std::string> Archive::remotes() const {
  git_strarray names{};
  git::check(git_remote_list(&names, impl_->repo.get()), impl_->path, "cannot list remotes");
  std::vector<std::string> out(names.strings, names.strings + names.count);
  git_strarray_dispose(&names);
  return out;
}

Archive Archive::clone(const std::string& url, const std::string& path,
                       const TransferProgress& progress) {
  std::error_code ec;
  if (std::filesystem::exists(path, ec) && !std::filesystem::is_empty(path, ec))
    throw InputError(path + ": already exists and is not empty");
  const bool existed = std::filesystem::exists(path, ec);
  try {
    Archive archive = Archive::open(path, true);
    git_repository* repo = archive.impl_->repo.get();
    git_remote* raw = nullptr;
    git::check(git_remote_create_with_fetchspec(&raw, repo, "origin", url.c_str(),
                                                "+refs/heads/*:refs/yoy/remotes/origin/heads/*"),
               path, ("cannot add remote " + url).c_str());
    git::Remote remote(raw);
    git::check(git_remote_add_fetch(repo, "origin", "+refs/tags/*:refs/yoy/remotes/origin/tags/*"),
               path, "cannot configure the remote");
    git::check(git_remote_add_fetch(repo, "origin",
                                    "+refs/yoy/replaced/*:refs/yoy/remotes/origin/replaced/*"),
               path, "cannot configure the remote");
    archive.pull("origin", progress);
    return archive;
  } catch (...) {
    // Never a half-made clone.
    if (existed)
      for (const auto& entry : std::filesystem::directory_iterator(path, ec))
        std::filesystem::remove_all(entry.path(), ec);
    else
      std::filesystem::remove_all(path, ec);
    throw;
  }
}

}  // namespace yoy
