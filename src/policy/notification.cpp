// Ranking a notification's findings, and the default notify policy.
#include "yoy/policy/notification.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace yoy {

int finding_rank(const Finding& finding) {
  switch (finding.rule) {
    case RuleKind::tier_downgrade:
      return 0;
    case RuleKind::recommendation_removed:
      return 1;
    case RuleKind::report_missing:
      return 2;
    default:
      return 3;
  }
}

void rank_notification(Notification& notification) {
  std::vector<NotificationEvent> kept;
  for (NotificationEvent& event : notification.events) {
    // A downgrade already says the tier changed: one finding per movement.
    std::set<std::string> downgraded;
    for (const Finding& f : event.check.findings)
      if (f.rule == RuleKind::tier_downgrade) downgraded.insert(f.report_id);
    std::vector<Finding> findings;
    for (const Finding& f : event.check.findings)
      if (!(f.rule == RuleKind::tier_change && downgraded.count(f.report_id)))
        findings.push_back(f);
    event.check.findings = std::move(findings);
    if (!event.check.findings.empty()) kept.push_back(std::move(event));
  }
  // Editions before revisions; newer years first.
  std::stable_sort(
      kept.begin(), kept.end(), [](const NotificationEvent& a, const NotificationEvent& b) {
        return std::make_tuple(a.kind != NotificationKind::edition, -a.year, a.series,
                               a.report_id) <
               std::make_tuple(b.kind != NotificationKind::edition, -b.year, b.series, b.report_id);
      });
  notification.events = std::move(kept);
  notification.order.clear();
  for (std::size_t e = 0; e < notification.events.size(); ++e)
    for (std::size_t f = 0; f < notification.events[e].check.findings.size(); ++f)
      notification.order.push_back({e, f, finding_rank(notification.events[e].check.findings[f])});
  std::stable_sort(notification.order.begin(), notification.order.end(),
                   [](const RankedFinding& a, const RankedFinding& b) { return a.rank < b.rank; });
}

Policy default_notify_policy() {
  Policy policy;
  policy.source = "default notify policy";
  auto rule = [](RuleKind kind, Severity severity) {
    PolicyRule r;
    r.kind = kind;
    r.severity = severity;
    return r;
  };
  policy.rules = {
      rule(RuleKind::tier_downgrade, Severity::error),
      rule(RuleKind::tier_change, Severity::warning),
      rule(RuleKind::recommendation_removed, Severity::warning),
      rule(RuleKind::report_missing, Severity::warning),
  };
  return policy;
}

}  // namespace yoy
