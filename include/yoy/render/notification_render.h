#pragma once
// A notification as each channel takes it: plain text (stdout, a file, the
// body of an e-mail), the generic webhook's JSON ("yoy.notification/1",
// schemas/notification.schema.json), Slack's and Microsoft Teams' webhook
// payloads, and a whole e-mail message. Formatting only.
#include <cstddef>
#include <string>
#include <vector>

#include "yoy/policy/notification.h"

namespace yoy {

// At most this many findings are spelled out in a message; the rest are counted.
inline constexpr std::size_t kNotificationMaxItems = 50;

// One line a reader sees first: "Burma downgraded to Tier 3, 2 recommendations
// dropped; Malaysia: Tier 3 → Tier 2 Watch List" (the most important reports first).
std::string notification_summary(const Notification& notification);
// "tip 2024 → 2025" or "the 2025 Burma page was revised on 2025-10-02".
std::string notification_event_title(const NotificationEvent& event);

std::string render_notification_text(const Notification& notification);
std::string render_notification_json(const Notification& notification);
std::string render_notification_slack(const Notification& notification);
std::string render_notification_teams(const Notification& notification);

struct MailHeaders {
  std::string from;
  std::vector<std::string> to;
  std::string date;        // RFC 5322: "Thu, 02 Oct 2025 06:00:00 +0000"
  std::string message_id;  // "<...@host>"
};
// A complete RFC 5322 message (CRLF line ends, UTF-8 text/plain, the subject
// encoded as RFC 2047 when it is not ASCII), ready for SMTP or sendmail.
std::string render_notification_email(const Notification& notification, const MailHeaders& headers);

}  // namespace yoy
