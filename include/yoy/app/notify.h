#pragma once
// `yoy notify`, the use case: what each channel is to be told since it was
// last told, and its record once told (publish/notify renders and sends). Each
// channel has its own record, refs/yoy/notified/<channel>: a commit whose tree
// links every series' editions as that channel last heard of them
// (<series>/<year> -> the edition's tree). What is new against it — an edition
// (diffed against the one before), a report of a known edition whose bytes
// changed (a revision) — is checked with the policy; findings are ranked and
// sent; only after a send succeeded does the record move. So a second run
// sends nothing, a failed channel is told again at the next run, and a kill
// at any point leaves the record at the old state or the new one (at worst a
// message is sent twice, never lost).
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "yoy/diff/diff.h"
#include "yoy/model/monitor.h"
#include "yoy/policy/notification.h"
#include "yoy/policy/policy.h"

namespace yoy {

class Archive;

// A channel with its secrets read (kept in memory only).
struct ResolvedChannel {
  ChannelConfig config;
  std::string url;       // webhook, slack, teams
  std::string password;  // smtp
};

// Every channel's secrets, read before anything is sent; `only` (channel
// names; empty: all) picks some. Throws InputError on a missing or unsafe
// secret or an unknown channel name in `only`.
std::vector<ResolvedChannel> resolve_channels(const MonitorConfig& config,
                                              const std::vector<std::string>& only);

struct NotifyOptions {
  Policy policy = default_notify_policy();
  DiffOptions diff;
  std::vector<std::string> series;              // empty: every series of the archive
  std::string today;                            // YYYY-MM-DD
  long long now = 0;                            // seconds since the epoch (record times, mail Date)
  bool dry_run = false;                         // make each message, send and record nothing
  std::function<void(const std::string&)> say;  // progress and failures (stderr)
  std::function<void(const std::string&)> to_stdout;  // the stdout channel, --dry-run
};

// What one channel is to be told, and the record to keep once it was.
struct ChannelPlan {
  const ResolvedChannel* channel = nullptr;
  Notification notification;                    // ranked; empty: nothing worth a message
  std::string ref;                              // refs/yoy/notified/<channel>
  std::string parent;                           // the record read ("" for a channel's first run)
  std::string old_tree;                         // its tree
  std::map<std::string, std::string> editions;  // "<series>/<year>" -> the edition's tree now
};

std::string notified_ref(const std::string& channel);

// Every channel's notification since its record (editions diffed and checked
// once for all channels). Throws InputError for an unknown series.
std::vector<ChannelPlan> plan_notifications(Archive& archive,
                                            const std::vector<ResolvedChannel>& channels,
                                            const NotifyOptions& options);

// Moves the channel's record to the editions its plan was made from, with
// `summary` as the commit's line (call it once the channel accepted the
// message, or when there was nothing to send). False when another notify
// moved the record meanwhile (the channel is told again next run).
bool record_notified(Archive& archive, const ChannelPlan& plan, const std::string& summary,
                     long long now);

}  // namespace yoy
