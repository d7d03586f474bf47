#pragma once
// `yoy notify`: tells each channel what changed since it was last told. Each
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

struct ChannelResult {
  std::string name;
  ChannelKind kind = ChannelKind::standard_output;
  Notification notification;  // what was (or would be) sent
  bool sent = false;          // a message went out
  bool recorded = false;      // the channel's record moved
  std::string error;          // the send failed (secrets redacted)
};

struct NotifyResult {
  std::vector<ChannelResult> channels;
  int failures() const;
};

std::string notified_ref(const std::string& channel);

NotifyResult notify_channels(Archive& archive, const std::vector<ResolvedChannel>& channels,
                             const NotifyOptions& options);

// Sends one notification through its channel; "" when it went, else why not
// (as the transport said it: the caller redacts secrets).
std::string send_notification(const ResolvedChannel& channel, const Notification& notification,
                              const NotifyOptions& options);

}  // namespace yoy
