// Ranking a notification: a downgrade first, then dropped recommendations,
// reports gone, the rest; a downgrade is not told twice as a tier change;
// events without findings are left out; editions before revisions, newest first.
#include "yoy/policy/notification.h"

#include <gtest/gtest.h>

namespace yoy {
namespace {

Finding finding(RuleKind rule, const std::string& id) {
  Finding f;
  f.rule = rule;
  f.report_id = id;
  f.report_title = id;
  return f;
}

NotificationEvent event(NotificationKind kind, int year, std::vector<Finding> findings,
                        const std::string& id = "") {
  NotificationEvent e;
  e.kind = kind;
  e.series = "tip";
  e.year = year;
  e.from_year = year - 1;
  e.report_id = id;
  e.check.findings = std::move(findings);
  return e;
}

TEST(Notification, RanksDowngradesFirst) {
  Notification n;
  n.events.push_back(event(
      NotificationKind::edition, 2025,
      {finding(RuleKind::statistic_change, "a"), finding(RuleKind::recommendation_removed, "b"),
       finding(RuleKind::report_missing, "c"), finding(RuleKind::tier_downgrade, "d"),
       finding(RuleKind::tier_change, "d"), finding(RuleKind::tier_change, "e")}));
  rank_notification(n);
  std::vector<std::string> order;
  for (const RankedFinding& r : n.order) {
    const Finding& f = n.events[r.event].check.findings[r.finding];
    order.push_back(std::string(rule_name(f.rule)) + ":" + f.report_id);
  }
  EXPECT_EQ(order,
            (std::vector<std::string>{"tier-downgrade:d", "recommendation-removed:b",
                                      "report-missing:c", "statistic-change:a", "tier-change:e"}));
}

TEST(Notification, QuietEventsAreLeftOut) {
  Notification n;
  n.events.push_back(event(NotificationKind::revision, 2025, {}, "burma"));
  n.events.push_back(event(NotificationKind::edition, 2024, {}));
  rank_notification(n);
  EXPECT_TRUE(n.events.empty());
  EXPECT_TRUE(n.empty());
}

TEST(Notification, EditionsBeforeRevisionsNewestFirst) {
  Notification n;
  n.events.push_back(event(NotificationKind::revision, 2025,
                           {finding(RuleKind::tier_downgrade, "burma")}, "burma"));
  n.events.push_back(event(NotificationKind::edition, 2024, {finding(RuleKind::tier_change, "x")}));
  n.events.push_back(event(NotificationKind::edition, 2025, {finding(RuleKind::tier_change, "y")}));
  rank_notification(n);
  ASSERT_EQ(n.events.size(), 3u);
  EXPECT_EQ(n.events[0].year, 2025);
  EXPECT_EQ(n.events[0].kind, NotificationKind::edition);
  EXPECT_EQ(n.events[1].year, 2024);
  EXPECT_EQ(n.events[2].kind, NotificationKind::revision);
  // The revision's downgrade still leads the findings.
  EXPECT_EQ(n.order.front().event, 2u);
}

TEST(Notification, DefaultPolicyIsQuietOnWording) {
  const Policy p = default_notify_policy();
  for (const PolicyRule& rule : p.rules) {
    EXPECT_NE(rule.kind, RuleKind::statistic_change);
    EXPECT_NE(rule.kind, RuleKind::section_text_change);
  }
}

}  // namespace
}  // namespace yoy
