// Notifications as text, JSON, Slack and Teams payloads and e-mail. Every
// finding is named the way `yoy check` names it (describe_finding).
#include "yoy/render/notification_render.h"

#include <map>

#include "render/json_writer.h"
#include "yoy/model/rating.h"
#include "yoy/render/check_output.h"
#include "yoy/util/printable.h"

namespace yoy {

namespace {

std::string plural(std::size_t n, const std::string& word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

const Finding& finding_at(const Notification& n, const RankedFinding& r) {
  return n.events[r.event].check.findings[r.finding];
}

std::string report_name(const Finding& f) {
  return f.report_title.empty() ? f.report_id : f.report_title;
}

// What moved for one report, in rank order: "downgraded to Tier 3", "2 recommendations dropped".
std::string report_phrase(const std::vector<const Finding*>& findings) {
  std::vector<std::string> parts;
  std::size_t dropped = 0, other = 0;
  for (const Finding* f : findings) {
    switch (f->rule) {
      case RuleKind::tier_downgrade:
        parts.push_back("downgraded to " + (f->to.empty() ? std::string("no rating") : f->to));
        break;
      case RuleKind::tier_change: {
        const int from = tier_rank(f->from), to = tier_rank(f->to);
        if (from >= 0 && to >= 0 && to < from)
          parts.push_back("upgraded to " + f->to);
        else
          parts.push_back((f->from.empty() ? "none" : f->from) + " → " +
                          (f->to.empty() ? "none" : f->to));
        break;
      }
      case RuleKind::recommendation_removed:
        ++dropped;
        break;
      case RuleKind::report_missing:
        parts.push_back("gone from the new edition");
        break;
      default:
        ++other;
    }
  }
  if (dropped) parts.push_back(plural(dropped, "recommendation") + " dropped");
  if (other) parts.push_back(plural(other, "other finding"));
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : ", ") + p;
  return out;
}

// The year the finding is about, "tip 2024 → 2025" or "tip/2025, revised 2025-10-02".
std::string event_label(const NotificationEvent& e) {
  if (e.kind == NotificationKind::revision)
    return e.series + "/" + std::to_string(e.year) + ", revised " + e.date;
  return e.series + " " + std::to_string(e.from_year) + " → " + std::to_string(e.year);
}

std::string finding_line(const Notification& n, const RankedFinding& r) {
  const NotificationEvent& e = n.events[r.event];
  const Finding& f = finding_at(n, r);
  return report_name(f) + " (" + event_label(e) + "): " + describe_finding(f, e.check);
}

// Lines of the message body, shared by text, Slack, Teams and e-mail. Report
// text reaches terminals, chat clients and mail readers: each line passes
// through printable() (no control raw, no line break a title could add).
std::vector<std::string> body_lines(const Notification& n) {
  std::vector<std::string> lines;
  for (const NotificationEvent& e : n.events)
    lines.push_back(printable(
        "- " + notification_event_title(e) + ": " + plural(e.check.findings.size(), "finding") +
        (e.kind == NotificationKind::revision && !e.url.empty() ? " (" + e.url + ")" : "")));
  lines.push_back("");
  std::size_t shown = 0;
  for (const RankedFinding& r : n.order) {
    if (shown == kNotificationMaxItems) break;
    lines.push_back(
        printable(std::string(finding_at(n, r).severity == Severity::error ? "! " : "* ") +
                  finding_line(n, r)));
    ++shown;
  }
  if (n.order.size() > shown)
    lines.push_back("... and " + plural(n.order.size() - shown, "more finding"));
  return lines;
}

std::string join(const std::vector<std::string>& lines, const std::string& end) {
  std::string out;
  for (const std::string& line : lines) out += line + end;
  return out;
}

bool is_ascii(const std::string& text) {
  for (unsigned char c : text)
    if (c >= 0x80) return false;
  return true;
}

// RFC 2047 encoded-words (base64), each under 75 characters, split between UTF-8 sequences.
std::string encode_header_text(const std::string& text) {
  if (is_ascii(text)) return text;
  static const char* kB64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  auto base64 = [](const std::string& in) {
    std::string out;
    std::size_t i = 0;
    for (; i + 2 < in.size(); i += 3) {
      const unsigned v = (static_cast<unsigned char>(in[i]) << 16) |
                         (static_cast<unsigned char>(in[i + 1]) << 8) |
                         static_cast<unsigned char>(in[i + 2]);
      out += {kB64[v >> 18], kB64[(v >> 12) & 63], kB64[(v >> 6) & 63], kB64[v & 63]};
    }
    if (i + 1 == in.size()) {
      const unsigned v = static_cast<unsigned char>(in[i]) << 16;
      out += {kB64[v >> 18], kB64[(v >> 12) & 63], '=', '='};
    } else if (i + 2 == in.size()) {
      const unsigned v =
          (static_cast<unsigned char>(in[i]) << 16) | (static_cast<unsigned char>(in[i + 1]) << 8);
      out += {kB64[v >> 18], kB64[(v >> 12) & 63], kB64[(v >> 6) & 63], '='};
    }
    return out;
  };
  std::string out, chunk;
  auto flush = [&] {
    if (chunk.empty()) return;
    out += (out.empty() ? "" : "\r\n ") + std::string("=?UTF-8?B?") + base64(chunk) + "?=";
    chunk.clear();
  };
  for (std::size_t i = 0; i < text.size();) {
    std::size_t len = 1;
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0xf0)
      len = 4;
    else if (c >= 0xe0)
      len = 3;
    else if (c >= 0xc0)
      len = 2;
    if (chunk.size() + len > 42) flush();  // 42 bytes: 56 base64 characters + 12 of markup
    chunk += text.substr(i, len);
    i += len;
  }
  flush();
  return out;
}

// A header value cannot carry a line break (an address must not add headers).
std::string one_line(std::string text) {
  for (char& c : text)
    if (c == '\r' || c == '\n') c = ' ';
  return text;
}

}  // namespace

std::string notification_event_title(const NotificationEvent& e) {
  if (e.kind == NotificationKind::revision) {
    const std::string name = e.report_title.empty() ? e.report_id : e.report_title;
    return "the " + std::to_string(e.year) + " " + name + " page (" + e.series + "/" +
           std::to_string(e.year) + "/" + e.report_id + ") was revised on " + e.date;
  }
  return e.series + " " + std::to_string(e.from_year) + " → " + std::to_string(e.year) + ": " +
         plural(e.check.reports.size(), "report") + " checked";
}

std::string notification_summary(const Notification& n) {
  // Reports in the order of their most important finding; each phrase gathers its findings.
  std::vector<std::string> keys;
  std::map<std::string, std::vector<const Finding*>> by_report;
  std::map<std::string, std::string> names;
  for (const RankedFinding& r : n.order) {
    const Finding& f = finding_at(n, r);
    const std::string key = n.events[r.event].series + "/" + f.report_id;
    if (!by_report.count(key)) keys.push_back(key);
    by_report[key].push_back(&f);
    names[key] = report_name(f);
  }
  std::string out;
  std::size_t shown = 0;
  for (const std::string& key : keys) {
    if (shown == 3) break;
    const std::string phrase = report_phrase(by_report[key]);
    const bool verb = phrase.rfind("downgraded", 0) == 0 || phrase.rfind("upgraded", 0) == 0 ||
                      phrase.rfind("gone", 0) == 0;
    out += (out.empty() ? "" : "; ") + names[key] + (verb ? " " : ": ") + phrase;
    ++shown;
  }
  if (keys.size() > shown) out += "; " + plural(keys.size() - shown, "more report");
  // A subject line, a chat message's first line, a commit message: never a raw control.
  return out.empty() ? "nothing worth a message" : printable(out);
}

std::string render_notification_text(const Notification& n) {
  std::string out = "yoy: " + notification_summary(n) + "\n\n";
  out += join(body_lines(n), "\n");
  return out;
}

std::string render_notification_json(const Notification& n) {
  std::string out;
  JsonWriter w(out);
  w.begin_object();
  w.key("format");
  w.string("yoy.notification/1");
  w.key("channel");
  w.string(n.channel);
  w.key("date");
  w.string(n.date);
  w.key("summary");
  w.string(notification_summary(n));
  w.key("events");
  w.begin_array();
  for (const NotificationEvent& e : n.events) {
    w.begin_object();
    w.key("kind");
    w.string(e.kind == NotificationKind::edition ? "edition" : "revision");
    w.key("series");
    w.string(e.series);
    if (e.kind == NotificationKind::edition) {
      w.key("from");
      w.integer(e.from_year);
    }
    w.key("year");
    w.integer(e.year);
    if (e.kind == NotificationKind::revision) {
      w.key("id");
      w.string(e.report_id);
      w.key("title");
      w.string(e.report_title);
      w.key("date");
      w.string(e.date);
      w.key("url");
      w.string(e.url);
    }
    w.key("title_text");
    w.string(notification_event_title(e));
    w.key("reports_checked");
    w.integer(static_cast<long long>(e.check.reports.size()));
    w.key("findings");
    w.integer(static_cast<long long>(e.check.findings.size()));
    w.end_object();
  }
  w.end_array();
  w.key("findings");
  w.begin_array();
  int rank = 0;
  for (const RankedFinding& r : n.order) {
    const NotificationEvent& e = n.events[r.event];
    const Finding& f = finding_at(n, r);
    w.begin_object();
    w.key("rank");
    w.integer(++rank);
    w.key("event");
    w.integer(static_cast<long long>(r.event));
    w.key("series");
    w.string(e.series);
    w.key("year");
    w.integer(e.year);
    w.key("id");
    w.string(f.report_id);
    w.key("title");
    w.string(f.report_title);
    w.key("rule");
    w.string(rule_name(f.rule));
    w.key("severity");
    w.string(severity_name(f.severity));
    w.key("section");
    if (f.section.empty())
      w.null();
    else
      w.string(f.section);
    w.key("old");
    w.string(f.from);
    w.key("new");
    w.string(f.to);
    w.key("text");
    w.string(describe_finding(f, e.check));
    w.end_object();
  }
  w.end_array();
  w.end_object();
  out += "\n";
  return out;
}

std::string render_notification_slack(const Notification& n) {
  // Slack's incoming webhooks take {"text": ...} in its mrkdwn; &, < and > are escaped.
  std::string text = "*yoy: " + notification_summary(n) + "*\n" + join(body_lines(n), "\n");
  std::string escaped;
  for (char c : text) {
    if (c == '&')
      escaped += "&amp;";
    else if (c == '<')
      escaped += "&lt;";
    else if (c == '>')
      escaped += "&gt;";
    else
      escaped += c;
  }
  std::string out;
  JsonWriter w(out);
  w.begin_object();
  w.key("text");
  w.string(escaped);
  w.end_object();
  return out + "\n";
}

std::string render_notification_teams(const Notification& n) {
  // An Adaptive Card in a message envelope: what Teams' Workflows webhooks
  // ("Post to a channel when a webhook request is received") and incoming webhooks take.
  std::string out;
  JsonWriter w(out);
  w.begin_object();
  w.key("type");
  w.string("message");
  w.key("attachments");
  w.begin_array();
  w.begin_object();
  w.key("contentType");
  w.string("application/vnd.microsoft.card.adaptive");
  w.key("content");
  w.begin_object();
  w.key("$schema");
  w.string("http://adaptivecards.io/schemas/adaptive-card.json");
  w.key("type");
  w.string("AdaptiveCard");
  w.key("version");
  w.string("1.4");
  w.key("body");
  w.begin_array();
  auto block = [&w](const std::string& text, bool heading) {
    w.begin_object();
    w.key("type");
    w.string("TextBlock");
    w.key("text");
    w.string(text);
    w.key("wrap");
    w.boolean(true);
    if (heading) {
      w.key("weight");
      w.string("Bolder");
      w.key("size");
      w.string("Medium");
    }
    w.end_object();
  };
  block("yoy: " + notification_summary(n), true);
  for (const std::string& line : body_lines(n))
    if (!line.empty()) block(line, false);
  w.end_array();
  w.end_object();
  w.end_object();
  w.end_array();
  w.end_object();
  return out + "\n";
}

std::string render_notification_email(const Notification& n, const MailHeaders& headers) {
  std::string to;
  for (const std::string& address : headers.to) to += (to.empty() ? "" : ", ") + address;
  std::string out;
  out += "From: " + one_line(headers.from) + "\r\n";
  out += "To: " + one_line(to) + "\r\n";
  // The summary is printable(): one line, whatever a report title holds.
  out += "Subject: " + encode_header_text("yoy: " + notification_summary(n)) + "\r\n";
  out += "Date: " + headers.date + "\r\n";
  out += "Message-ID: " + headers.message_id + "\r\n";
  out += "MIME-Version: 1.0\r\n";
  out += "Content-Type: text/plain; charset=utf-8\r\n";
  out += "Content-Transfer-Encoding: 8bit\r\n";
  out += "Auto-Submitted: auto-generated\r\n";
  out += "\r\n";
  std::string body = render_notification_text(n);
  // CRLF line ends. (Leading dots are SMTP's business: libcurl dot-stuffs, sendmail -oi ignores
  // them.)
  std::size_t start = 0;
  while (start < body.size()) {
    std::size_t end = body.find('\n', start);
    if (end == std::string::npos) end = body.size();
    out += body.substr(start, end - start) + "\r\n";
    start = end + 1;
  }
  return out;
}

}  // namespace yoy
