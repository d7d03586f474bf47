// A notification in each channel's form: the one-line summary reads like the
// issue's example, Slack escapes its markup, Teams gets an Adaptive Card, the
// generic JSON keeps the rank, an e-mail is one well-formed message whose
// headers a report title cannot break.
#include "yoy/render/notification_render.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace yoy {
namespace {

Finding finding(RuleKind rule, const std::string& id, const std::string& title,
                const std::string& from = "", const std::string& to = "") {
  Finding f;
  f.rule = rule;
  f.severity = rule == RuleKind::tier_downgrade ? Severity::error : Severity::warning;
  f.report_id = id;
  f.report_title = title;
  f.from = from;
  f.to = to;
  f.section = rule == RuleKind::recommendation_removed ? "PRIORITIZED RECOMMENDATIONS:" : "";
  return f;
}

// Burma downgraded with two recommendations dropped (the example), Malaysia upgraded.
Notification sample() {
  Notification n;
  n.channel = "team";
  n.date = "2025-10-02";
  NotificationEvent e;
  e.kind = NotificationKind::edition;
  e.series = "tip";
  e.from_year = 2024;
  e.year = 2025;
  e.check.from = {"tip", 2024, ""};
  e.check.to = {"tip", 2025, ""};
  e.check.reports = {"burma", "malaysia"};
  e.check.findings = {
      finding(RuleKind::tier_change, "malaysia", "Malaysia", "Tier 3", "Tier 2 Watch List"),
      finding(RuleKind::recommendation_removed, "burma", "Burma", "Cease all unlawful recruitment"),
      finding(RuleKind::tier_downgrade, "burma", "Burma", "Tier 2 Watch List", "Tier 3"),
      finding(RuleKind::recommendation_removed, "burma", "Burma",
              "End the use of <forced> labor & more")};
  n.events.push_back(e);
  rank_notification(n);
  return n;
}

TEST(NotificationRender, SummaryReadsLikeTheNews) {
  EXPECT_EQ(notification_summary(sample()),
            "Burma downgraded to Tier 3, 2 recommendations dropped; Malaysia upgraded to Tier 2 "
            "Watch List");
  Notification empty;
  EXPECT_EQ(notification_summary(empty), "nothing worth a message");
}

TEST(NotificationRender, TextListsFindingsInRank) {
  const std::string text = render_notification_text(sample());
  const std::size_t downgrade =
      text.find("! Burma (tip 2024 → 2025): tier downgraded: Tier 2 Watch List → Tier 3");
  const std::size_t dropped = text.find("* Burma (tip 2024 → 2025): recommendation removed");
  const std::size_t upgrade =
      text.find("* Malaysia (tip 2024 → 2025): tier changed: Tier 3 → Tier 2 Watch List");
  ASSERT_NE(downgrade, std::string::npos) << text;
  ASSERT_NE(dropped, std::string::npos) << text;
  ASSERT_NE(upgrade, std::string::npos) << text;
  EXPECT_LT(downgrade, dropped);
  EXPECT_LT(dropped, upgrade);
}

TEST(NotificationRender, RevisionTitle) {
  NotificationEvent e;
  e.kind = NotificationKind::revision;
  e.series = "tip";
  e.year = 2025;
  e.report_id = "burma";
  e.report_title = "Burma";
  e.date = "2025-10-02";
  EXPECT_EQ(notification_event_title(e),
            "the 2025 Burma page (tip/2025/burma) was revised on 2025-10-02");
}

TEST(NotificationRender, JsonKeepsTheRank) {
  const auto doc = nlohmann::json::parse(render_notification_json(sample()));
  EXPECT_EQ(doc["format"], "yoy.notification/1");
  ASSERT_EQ(doc["findings"].size(), 4u);
  EXPECT_EQ(doc["findings"][0]["rule"], "tier-downgrade");
  EXPECT_EQ(doc["findings"][0]["rank"], 1);
  EXPECT_EQ(doc["findings"][0]["old"], "Tier 2 Watch List");
  EXPECT_EQ(doc["findings"][3]["rule"], "tier-change");
  EXPECT_EQ(doc["events"][0]["from"], 2024);
  EXPECT_TRUE(doc["findings"][3]["section"].is_null());
}

TEST(NotificationRender, SlackEscapesItsMarkup) {
  const auto doc = nlohmann::json::parse(render_notification_slack(sample()));
  const std::string text = doc["text"];
  EXPECT_NE(text.find("&lt;forced&gt; labor &amp; more"), std::string::npos) << text;
  EXPECT_EQ(text.find("<forced>"), std::string::npos);
}

TEST(NotificationRender, TeamsAdaptiveCard) {
  const auto doc = nlohmann::json::parse(render_notification_teams(sample()));
  EXPECT_EQ(doc["type"], "message");
  const auto& card = doc["attachments"][0];
  EXPECT_EQ(card["contentType"], "application/vnd.microsoft.card.adaptive");
  EXPECT_EQ(card["content"]["type"], "AdaptiveCard");
  EXPECT_EQ(card["content"]["body"][0]["text"],
            "yoy: Burma downgraded to Tier 3, 2 recommendations dropped; Malaysia upgraded to Tier "
            "2 Watch List");
}

TEST(NotificationRender, EmailIsOneWellFormedMessage) {
  Notification n = sample();
  // A hostile title, not ASCII: it must neither add a header nor go out unencoded.
  n.events[0].check.findings[0].report_title = "Côte d’Ivoire\r\nBcc: everyone@example.org";
  rank_notification(n);
  const std::string mail = render_notification_email(n, {"yoy@example.org",
                                                         {"a@example.org", "b@example.org"},
                                                         "Thu, 02 Oct 2025 06:00:00 +0000",
                                                         "<yoy.1@example.org>"});
  const std::size_t end = mail.find("\r\n\r\n");
  ASSERT_NE(end, std::string::npos);
  const std::string head = mail.substr(0, end + 2);
  EXPECT_EQ(head.find("\nBcc:"), std::string::npos) << head;
  // Nor can an address from the monitor file.
  const std::string forged =
      render_notification_email(sample(), {"yoy@example.org\r\nBcc: everyone@example.org",
                                           {"a@example.org\nX: y"},
                                           "Thu, 02 Oct 2025 06:00:00 +0000",
                                           "<yoy.1@example.org>"});
  const std::string forged_head = forged.substr(0, forged.find("\r\n\r\n") + 2);
  EXPECT_EQ(forged_head.find("\nBcc:"), std::string::npos) << forged_head;
  EXPECT_EQ(forged_head.find("\nX:"), std::string::npos) << forged_head;
  EXPECT_NE(head.find("To: a@example.org, b@example.org\r\n"), std::string::npos);
  EXPECT_NE(head.find("Content-Type: text/plain; charset=utf-8\r\n"), std::string::npos);
  // The subject is not ASCII: RFC 2047 encoded words, no line over 78 characters.
  const std::size_t subject = head.find("Subject: =?UTF-8?B?");
  ASSERT_NE(subject, std::string::npos) << head;
  for (std::size_t at = 0, next; (next = head.find("\r\n", at)) != std::string::npos; at = next + 2)
    EXPECT_LE(next - at, 78u) << head.substr(at, next - at);
  // Every line ends CRLF: no bare LF anywhere.
  for (std::size_t i = 0; i < mail.size(); ++i)
    if (mail[i] == '\n') {
      ASSERT_TRUE(i > 0 && mail[i - 1] == '\r') << "bare LF at " << i;
    }
}

// Hostile input (issue 21): a report title with ESC, BEL and U+202E reaches
// no channel raw; each shows it as printable() spells it.
TEST(NotificationRender, ControlsInAReportTitleAreShownNotSent) {
  Notification n = sample();
  for (Finding& f : n.events[0].check.findings)
    if (f.report_id == "burma") f.report_title = "Burma\x1b[2J\a\u202e";
  rank_notification(n);
  const std::string slack = nlohmann::json::parse(render_notification_slack(n))["text"];
  const std::string teams = render_notification_teams(n);
  const std::string mail = render_notification_email(
      n, {"yoy@example.org", {"a@example.org"}, "Thu, 02 Oct 2025 06:00:00 +0000", "<y@x>"});
  for (const std::string& out :
       {notification_summary(n), render_notification_text(n), slack, teams, mail}) {
    EXPECT_EQ(out.find('\x1b'), std::string::npos) << out;
    EXPECT_EQ(out.find('\a'), std::string::npos) << out;
    EXPECT_EQ(out.find("\u202e"), std::string::npos) << out;
  }
  EXPECT_EQ(notification_summary(n).rfind("Burma\\x1b[2J\\x07\\u202e downgraded to Tier 3", 0), 0u)
      << notification_summary(n);
  EXPECT_NE(render_notification_text(n).find("! Burma\\x1b[2J\\x07\\u202e (tip 2024 → 2025)"),
            std::string::npos);
}

}  // namespace
}  // namespace yoy
