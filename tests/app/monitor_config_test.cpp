// The monitor file: a full example is read as written; every kind of mistake
// is one message naming the field; URL patterns, years and the file's place.
#include "yoy/app/monitor_config.h"

#include <gtest/gtest.h>

#include "yoy/util/error.h"

namespace yoy {
namespace {

const char* kExample = R"({
  "format": "yoy.monitor/1",
  "series": {
    "tip": {"source": "tip", "ids": ["burma", "north-korea"], "since": 2024, "pause": 2},
    "mirror": {"source": "pattern", "pattern": "https://mirror.example.org/{year}/{id}.html",
               "ids": ["burma"], "years": [2024, 2025], "retries": 2, "timeout": 30},
    "one": {"source": "urls", "pages": [{"year": 2025, "id": "burma",
            "url": "https://www.state.gov/reports/2025-trafficking-in-persons-report/burma/"}]}
  },
  "policy": "notify-policy.json",
  "channels": [
    {"name": "team", "type": "slack", "url_env": "YOY_SLACK_URL"},
    {"type": "webhook", "url_file": "secrets/hook-url"},
    {"type": "teams", "url_env": "YOY_TEAMS_URL"},
    {"name": "mail", "type": "smtp", "server": "smtps://mail.example.org:465", "username": "yoy",
     "password_env": "YOY_SMTP_PASSWORD", "from": "yoy@example.org", "to": ["desk@example.org"]},
    {"type": "sendmail", "from": "yoy@example.org", "to": ["desk@example.org"]},
    {"type": "file", "path": "notifications.log"},
    {"type": "stdout"}
  ]
})";

MonitorConfig parse(const std::string& text) {
  return parse_monitor_config(text, "m.json", "/etc/yoy");
}

std::string error_of(const std::string& text) {
  try {
    parse(text);
  } catch (const InputError& e) {
    return e.what();
  }
  return "(accepted)";
}

TEST(MonitorConfig, ReadsTheExample) {
  const MonitorConfig c = parse(kExample);
  ASSERT_EQ(c.series.size(), 3u);
  const SourceConfig& tip = c.series.at("tip");
  EXPECT_EQ(tip.kind, SourceKind::tip);
  EXPECT_EQ(tip.base, "https://www.state.gov/reports");  // the default
  EXPECT_EQ(tip.ids, (std::vector<std::string>{"burma", "north-korea"}));
  EXPECT_EQ(tip.since, 2024);
  const SourceConfig& mirror = c.series.at("mirror");
  EXPECT_EQ(mirror.kind, SourceKind::pattern);
  EXPECT_EQ(mirror.years, (std::vector<int>{2024, 2025}));
  EXPECT_EQ(mirror.retries, 2);
  EXPECT_DOUBLE_EQ(mirror.timeout_seconds, 30);
  EXPECT_EQ(c.series.at("one").pages.size(), 1u);
  EXPECT_EQ(c.policy, "/etc/yoy/notify-policy.json");  // relative to the file
  ASSERT_EQ(c.channels.size(), 7u);
  EXPECT_EQ(c.channels[0].name, "team");
  EXPECT_EQ(c.channels[0].url.env, "YOY_SLACK_URL");
  EXPECT_EQ(c.channels[1].name, "webhook");  // the type, when no name
  EXPECT_EQ(c.channels[1].url.file, "/etc/yoy/secrets/hook-url");
  EXPECT_TRUE(c.channels[3].tls);
  EXPECT_EQ(c.channels[3].password.env, "YOY_SMTP_PASSWORD");
  EXPECT_EQ(c.channels[4].command, (std::vector<std::string>{"/usr/sbin/sendmail", "-t", "-oi"}));
  EXPECT_EQ(c.channels[5].path, "/etc/yoy/notifications.log");
  EXPECT_EQ(c.channels[6].kind, ChannelKind::standard_output);
}

TEST(MonitorConfig, MistakesAreNamed) {
  EXPECT_EQ(error_of(R"({"channels": [{"type": "slak"}]})"),
            "m.json: channels[0].type: unknown channel 'slak' (known: webhook, slack, teams, smtp, "
            "sendmail, file, stdout)");
  EXPECT_EQ(
      error_of(R"({"channels": [{"type": "slack", "url": "https://hooks.slack.com/x"}]})"),
      "m.json: channels[0].url: a secret is never written into the monitor file: give url_env "
      "(an environment variable) or url_file (a file only you can read)");
  EXPECT_EQ(error_of(R"({"channels": [{"type": "slack"}]})"),
            "m.json: channels[0]: the webhook URL is missing: give url_env or url_file");
  EXPECT_EQ(error_of(R"({"channels": [{"type": "stdout"}, {"type": "stdout"}]})"),
            "m.json: channels[1].name: 'stdout' is the name of another channel (give each its own "
            "name)");
  EXPECT_EQ(
      error_of(R"({"channels": [{"type": "smtp", "server": "smtp://user:pw@mail.example.org",
                       "from": "a@b", "to": ["c@d"]}]})"),
      "m.json: channels[0].server: 'smtp://user:pw@mail.example.org' is not smtp://host[:port] "
      "or smtps://host[:port] (no user or password in it)");
  EXPECT_EQ(error_of(R"({"channels": [{"type": "smtp", "server": "smtp://m", "password": "x",
                       "from": "a@b", "to": ["c@d"]}]})")
                .find("channels[0].password: a secret is never written"),
            8u);
  EXPECT_EQ(
      error_of(R"({"channels": [{"type": "sendmail", "from": "a@b", "to": ["not an address"]}]})"),
      "m.json: channels[0].to[0]: 'not an address' is not an e-mail address (name@host)");
  EXPECT_EQ(error_of(R"({"series": {"tip": {"source": "rss"}}})"),
            "m.json: series.tip.source: unknown source 'rss' (known: tip, pattern, urls)");
  EXPECT_EQ(error_of(R"({"series": {"tip": {"source": "tip", "colour": 1}}})").substr(0, 40),
            "m.json: series.tip.colour: unknown field");
  EXPECT_EQ(error_of(R"({"series": {"tip": {"source": "tip", "years": [25]}}})"),
            "m.json: series.tip.years[0]: must be a year (1900-2200), not 25");
  EXPECT_EQ(error_of(R"({"series": {"tip": {"source": "tip", "years": [2025], "since": 2024}}})"),
            "m.json: series.tip: years and since are both given: keep one");
  EXPECT_EQ(error_of(R"({"series": {"tip": {"source": "tip", "ids": ["../etc"]}}})"),
            "m.json: series.tip.ids[0]: '../etc' is not a report id");
  EXPECT_EQ(error_of("{").rfind("m.json: not valid JSON", 0), 0u);
  EXPECT_EQ(error_of(R"({"format": "yoy.monitor/2"})"),
            "m.json: format: unknown format \"yoy.monitor/2\" (known: yoy.monitor/1)");
}

TEST(MonitorConfig, UrlPatterns) {
  auto pattern = [](const std::string& p) {
    return error_of(R"({"series": {"s": {"source": "pattern", "ids": ["x"], "pattern": ")" + p +
                    "\"}}}");
  };
  EXPECT_EQ(pattern("https://example.org/{year}/{id}.html"), "(accepted)");
  EXPECT_EQ(pattern("https://example.org/{yaer}/{id}"),
            "m.json: series.s.pattern: 'https://example.org/{yaer}/{id}': unknown placeholder "
            "{yaer} (known: {year}, {id})");
  EXPECT_EQ(pattern("https://example.org/{year}/x"),
            "m.json: series.s.pattern: 'https://example.org/{year}/x': a pattern needs both {year} "
            "and {id}");
  EXPECT_EQ(pattern("https://example.org/{year/{id}"),
            "m.json: series.s.pattern: 'https://example.org/{year/{id}': unknown placeholder "
            "{year/{id} (known: {year}, {id})");
  EXPECT_EQ(pattern("https://example.org/{year}}/{id}"),
            "m.json: series.s.pattern: 'https://example.org/{year}}/{id}': a '}' without its '{'");
  EXPECT_EQ(
      pattern("ftp://example.org/{year}/{id}"),
      "m.json: series.s.pattern: 'ftp://example.org/2025/x' is not an http:// or https:// URL");
  EXPECT_EQ(expand_pattern("https://e.org/{year}/{id}/{id}.html", 2025, "cote-divoire"),
            "https://e.org/2025/cote-divoire/cote-divoire.html");
  EXPECT_EQ(expand_pattern("https://e.org/{year}?q={id}", 2025, "a b&c"),
            "https://e.org/2025?q=a%20b%26c");
}

TEST(MonitorConfig, YearsToFetch) {
  SourceConfig s;
  s.series = "tip";
  EXPECT_EQ(years_to_fetch(s, 2020, 2025, 2026), (std::vector<int>{2020}));     // --year wins
  EXPECT_EQ(years_to_fetch(s, 0, 2025, 2026), (std::vector<int>{2025, 2026}));  // latest and next
  s.since = 2023;
  EXPECT_EQ(years_to_fetch(s, 0, 2025, 2025), (std::vector<int>{2023, 2024, 2025}));
  s.since = 0;
  s.years = {2025, 2024, 2025};
  EXPECT_EQ(years_to_fetch(s, 0, 0, 2025), (std::vector<int>{2024, 2025}));
  s.years.clear();
  EXPECT_THROW(years_to_fetch(s, 0, 0, 2025), InputError);  // nothing says which
  s.kind = SourceKind::urls;
  s.pages = {{2024, "a", "https://e.org/a"}, {2022, "b", "https://e.org/b"}};
  EXPECT_EQ(years_to_fetch(s, 0, 0, 2025), (std::vector<int>{2022, 2024}));
}

TEST(MonitorConfig, BesideTheArchive) {
  unsetenv("YOY_MONITOR");
  EXPECT_EQ(monitor_config_location("", ".yoy"), "yoy-monitor.json");
  EXPECT_EQ(monitor_config_location("", "/srv/tip/archive.yoy/"), "/srv/tip/yoy-monitor.json");
  EXPECT_EQ(monitor_config_location("mine.json", ".yoy"), "mine.json");
  setenv("YOY_MONITOR", "/etc/yoy/monitor.json", 1);
  EXPECT_EQ(monitor_config_location("", ".yoy"), "/etc/yoy/monitor.json");
  unsetenv("YOY_MONITOR");
}

}  // namespace
}  // namespace yoy
