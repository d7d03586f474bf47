// plan_notifications: per channel, what changed since its record, checked
// and ranked; record_notified: the record moved once the channel was told.
#include "yoy/app/notify.h"

#include <algorithm>
#include <map>
#include <set>

#include "yoy/app/edition_diff.h"
#include "yoy/app/fetch_state.h"
#include "yoy/app/secrets.h"
#include "yoy/app/stored_report.h"
#include "yoy/archive/archive.h"
#include "yoy/archive/records.h"
#include "yoy/tally/count.h"
#include "yoy/util/error.h"

namespace yoy {

namespace {

using Trees = std::map<int, std::string>;       // year -> edition tree
using Snapshot = std::map<std::string, Trees>;  // series -> its editions

Snapshot current_snapshot(const Archive& archive, const RecordStore& store,
                          const std::vector<std::string>& only) {
  Snapshot snapshot;
  const std::set<std::string> wanted(only.begin(), only.end());
  for (const SeriesInfo& series : archive.series()) {
    if (!wanted.empty() && !wanted.count(series.name)) continue;
    snapshot[series.name] = store.edition_trees(series.name);
  }
  for (const std::string& name : only)
    if (!snapshot.count(name)) throw InputError("notify: no series '" + name + "' in the archive");
  return snapshot;
}

Snapshot recorded_snapshot(const RecordStore& store, const std::string& tree) {
  Snapshot snapshot;
  for (const auto& [series, dir] : store.list(tree)) {
    if (!dir.tree) continue;
    for (const auto& [year, edition] : store.list(dir.id)) {
      if (!edition.tree) continue;
      try {
        snapshot[series][std::stoi(year)] = edition.id;
      } catch (const std::exception&) {
      }
    }
  }
  return snapshot;
}

// Report id -> (file name, blob) of an edition's tree.
std::map<std::string, std::pair<std::string, std::string>> files_of(const RecordStore& store,
                                                                    const std::string& tree) {
  std::map<std::string, std::pair<std::string, std::string>> files;
  for (const auto& [name, object] : store.list(tree)) {
    if (object.tree) continue;
    const std::size_t dot = name.rfind('.');
    files[dot == std::string::npos ? name : name.substr(0, dot)] = {name, object.id};
  }
  return files;
}

class Notifier {
 public:
  Notifier(Archive& archive, const NotifyOptions& options)
      : archive_(archive), options_(options), store_(archive) {}

  std::vector<ChannelPlan> run(const std::vector<ResolvedChannel>& channels) {
    const Snapshot now = current_snapshot(archive_, store_, options_.series);
    std::vector<ChannelPlan> plans;
    for (const ResolvedChannel& channel : channels) plans.push_back(one(channel, now));
    return plans;
  }

 private:
  ChannelPlan one(const ResolvedChannel& channel, const Snapshot& now) {
    ChannelPlan plan;
    plan.channel = &channel;
    plan.ref = notified_ref(channel.config.name);
    const auto head = store_.head(plan.ref);
    Snapshot before;
    if (head) {
      plan.parent = head->commit;
      plan.old_tree = head->tree;
      before = recorded_snapshot(store_, head->tree);
    } else {
      // A channel's first run tells only the latest edition's news, not the archive's history.
      for (const auto& [series, trees] : now)
        for (auto it = trees.begin(); it != trees.end() && std::next(it) != trees.end(); ++it)
          before[series][it->first] = it->second;
    }
    Notification& n = plan.notification;
    n.channel = channel.config.name;
    n.date = options_.today;
    for (const auto& [series, trees] : now) {
      events_of(series, trees, before[series], n);
      for (const auto& [year, tree] : trees)
        plan.editions[series + "/" + std::to_string(year)] = tree;
    }
    rank_notification(n);
    return plan;
  }

  void events_of(const std::string& series, const Trees& now, const Trees& before,
                 Notification& n) {
    const Trees::const_iterator first = now.begin();
    for (auto it = first; it != now.end(); ++it) {
      const auto [year, tree] = *it;
      auto known = before.find(year);
      if (known == before.end()) {
        if (it != first) n.events.push_back(edition_event(series, std::prev(it)->first, year));
      } else if (known->second != tree) {
        revision_events(series, year, known->second, tree, n);
      }
    }
  }

  NotificationEvent edition_event(const std::string& series, int from, int to) {
    const std::string key = series + "\n" + std::to_string(from) + "\n" + std::to_string(to);
    auto cached = events_.find(key);
    if (cached != events_.end()) return cached->second;
    NotificationEvent e;
    e.kind = NotificationKind::edition;
    e.series = series;
    e.from_year = from;
    e.year = to;
    DiffOptions diff = options_.diff;
    diff.include_unchanged = true;
    const ChangeSet changes =
        diff_editions(archive_, {series, from, ""}, {series, to, ""}, {}, diff);
    e.summary = changes.summary;
    e.check = evaluate_policy(options_.policy, changes);
    return events_[key] = e;
  }

  void revision_events(const std::string& series, int year, const std::string& old_tree,
                       const std::string& new_tree, Notification& n) {
    const auto old_files = files_of(store_, old_tree);
    for (const auto& [id, file] : files_of(store_, new_tree)) {
      auto was = old_files.find(id);
      if (was != old_files.end() && was->second.second == file.second) continue;
      const std::string key = series + "\n" + std::to_string(year) + "\n" + id + "\n" +
                              (was == old_files.end() ? "" : was->second.second) + "\n" +
                              file.second;
      auto cached = events_.find(key);
      if (cached != events_.end()) {
        n.events.push_back(cached->second);
        continue;
      }
      NotificationEvent e;
      e.kind = NotificationKind::revision;
      e.series = series;
      e.year = e.from_year = year;
      e.report_id = id;
      e.date = options_.today;
      for (const RevisionRecord& r : revisions(series))
        if (r.year == year && r.id == id && r.to_blob == file.second) {
          e.date = r.date;
          e.url = r.url;
        }
      const ReportEntry now_entry{id, file.first, file.second};
      Document after =
          parse_stored_report(archive_.read_blob(file.second, file.first), series, year, now_entry);
      e.report_title = after.title;
      ChangeSet changes;
      changes.from = changes.to = {series, year, ""};
      if (was != old_files.end()) {
        const ReportEntry old_entry{id, was->second.first, was->second.second};
        Document before = parse_stored_report(
            archive_.read_blob(was->second.second, was->second.first), series, year, old_entry);
        changes.reports.push_back(diff_documents(&before, &after, options_.diff));
      } else {
        changes.reports.push_back(diff_documents(nullptr, &after, options_.diff));
      }
      summarize(changes, 1);
      e.summary = changes.summary;
      e.check = evaluate_policy(options_.policy, changes);
      n.events.push_back(events_[key] = e);
    }
  }

  const std::vector<RevisionRecord>& revisions(const std::string& series) {
    auto it = revisions_.find(series);
    if (it != revisions_.end()) return it->second;
    return revisions_[series] = load_fetch_state(store_, series).state.revisions;
  }

  Archive& archive_;
  const NotifyOptions& options_;
  RecordStore store_;
  std::map<std::string, NotificationEvent> events_;  // computed once for every channel
  std::map<std::string, std::vector<RevisionRecord>> revisions_;
};

}  // namespace

std::string notified_ref(const std::string& channel) { return "refs/yoy/notified/" + channel; }

std::vector<ResolvedChannel> resolve_channels(const MonitorConfig& config,
                                              const std::vector<std::string>& only) {
  for (const std::string& name : only) {
    bool found = false;
    for (const ChannelConfig& c : config.channels) found = found || c.name == name;
    if (!found) {
      std::string known;
      for (const ChannelConfig& c : config.channels) known += (known.empty() ? "" : ", ") + c.name;
      throw InputError(config.source + ": no channel named '" + name +
                       "' (channels: " + (known.empty() ? "none" : known) + ")");
    }
  }
  std::vector<ResolvedChannel> out;
  for (std::size_t i = 0; i < config.channels.size(); ++i) {
    const ChannelConfig& c = config.channels[i];
    if (!only.empty() && std::find(only.begin(), only.end(), c.name) == only.end()) continue;
    ResolvedChannel r{c, "", ""};
    const std::string what =
        config.source + ": channels[" + std::to_string(i) + "] (" + c.name + ")";
    if (c.url.given()) r.url = read_secret(c.url, what + ": url");
    if (c.password.given()) r.password = read_secret(c.password, what + ": password");
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<ChannelPlan> plan_notifications(Archive& archive,
                                            const std::vector<ResolvedChannel>& channels,
                                            const NotifyOptions& options) {
  return Notifier(archive, options).run(channels);
}

bool record_notified(Archive& archive, const ChannelPlan& plan, const std::string& summary,
                     long long now) {
  RecordStore store(archive);
  std::map<std::string, RecordObject> entries;
  std::set<std::string> looked_at;
  for (const auto& [path, tree] : plan.editions) {
    entries[path] = {tree, true};
    looked_at.insert(path.substr(0, path.find('/')));
  }
  // Series this run did not look at keep what the channel heard of them.
  if (!plan.old_tree.empty())
    for (const auto& [series, dir] : store.list(plan.old_tree))
      if (dir.tree && !looked_at.count(series)) entries[series] = dir;
  const std::string tree = store.write_tree(entries);
  if (tree == plan.old_tree) return true;
  const std::string message = "yoy notify " + plan.notification.channel + ": " + summary + "\n";
  return store.publish(plan.ref, plan.parent, plan.parent, tree, message, now);
}

}  // namespace yoy
