#pragma once
// What a notification says: the events since the last one (a new edition, a
// revised report) with the findings a policy thought worth a message, ranked
// most important first. Built by app/notify, formatted by render/notification_render.
#include <cstddef>
#include <string>
#include <vector>

#include "yoy/model/changeset.h"
#include "yoy/policy/policy.h"

namespace yoy {

enum class NotificationKind {
  edition,   // a new edition: its changes against the one before
  revision,  // a report of an existing edition changed after publication
};

struct NotificationEvent {
  NotificationKind kind = NotificationKind::edition;
  std::string series;
  int from_year = 0;  // edition: the edition before
  int year = 0;
  // revision: which report, when yoy saw the revision (YYYY-MM-DD), from where
  std::string report_id, report_title, date, url;
  CheckResult check;      // what the policy found (ranked), the reports checked
  ChangeSummary summary;  // the diff's counts
};

// One finding of one event, in the order a reader should see it.
struct RankedFinding {
  std::size_t event = 0, finding = 0;
  int rank = 0;  // finding_rank: lower is more important
};

struct Notification {
  std::string channel;
  std::string date;                       // YYYY-MM-DD it was made
  std::vector<NotificationEvent> events;  // only events with findings
  std::vector<RankedFinding> order;       // every finding, most important first
  bool empty() const { return order.empty(); }
};

// How important a finding is for a reader, 0 first: a rating downgrade, then
// a dropped recommendation, then a report gone, then everything else. (One
// small function so a significance ranking can replace it.)
int finding_rank(const Finding& finding);

// Keeps the events that have findings and orders every finding by rank, then
// event (editions before revisions, newest first), then as the policy listed it.
void rank_notification(Notification& notification);

// What notifications apply when the monitor file names no policy: rating moves
// (a downgrade counted once), dropped recommendations, reports gone. Statistics and
// wording are left to `yoy check`: a quiet edition sends nothing.
Policy default_notify_policy();

}  // namespace yoy
