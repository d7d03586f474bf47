// The monitor file, read strictly (as policy files are).
#include "yoy/app/monitor_config.h"

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <set>

#include "util/json_kind.h"
#include "yoy/archive/records.h"
#include "yoy/model/edition_check.h"
#include "yoy/net/http.h"
#include "yoy/net/mail.h"
#include "yoy/util/error.h"
#include "yoy/util/files.h"

namespace yoy {

namespace {

using json = nlohmann::json;

constexpr std::size_t kMaxConfigBytes = 1 << 20;
constexpr const char* kFormat = "yoy.monitor/1";
constexpr const char* kDefaultTipBase = "https://www.state.gov/reports";
constexpr ChannelKind kAllChannels[] = {
    ChannelKind::webhook,  ChannelKind::slack, ChannelKind::teams,          ChannelKind::smtp,
    ChannelKind::sendmail, ChannelKind::file,  ChannelKind::standard_output};

struct Reader {
  const std::string& source;
  const std::string& base_dir;

  [[noreturn]] void fail(const std::string& field, const std::string& what) const {
    throw InputError(source + ": " + field + ": " + what);
  }

  void only(const json& object, const std::string& where, const std::set<std::string>& keys) const {
    if (!object.is_object())
      fail(where, std::string("must be an object, not ") + json_type(object));
    for (const auto& [key, value] : object.items()) {
      if (keys.count(key)) continue;
      std::string known;
      for (const std::string& k : keys) known += (known.empty() ? "" : ", ") + k;
      fail(where + "." + key, "unknown field (known: " + known + ")");
    }
  }

  std::string text(const json& value, const std::string& field) const {
    if (!value.is_string() || value.get<std::string>().empty())
      fail(field, std::string("must be a non-empty string, not ") + json_type(value));
    return value.get<std::string>();
  }

  int year(const json& value, const std::string& field) const {
    if (!value.is_number_integer() || value.get<long long>() < 1900 ||
        value.get<long long>() > 2200)
      fail(field, "must be a year (1900-2200), not " + value.dump());
    return value.get<int>();
  }

  double seconds(const json& value, const std::string& field, double min, double max) const {
    if (!value.is_number() || !std::isfinite(value.get<double>()) || value.get<double>() < min ||
        value.get<double>() > max)
      fail(field, "must be a number of seconds from " + json(min).dump() + " to " +
                      json(max).dump() + ", not " + value.dump());
    return value.get<double>();
  }

  std::vector<std::string> strings(const json& value, const std::string& field) const {
    if (!value.is_array() || value.empty())
      fail(field, std::string("must be a non-empty array of strings, not ") + json_type(value));
    std::vector<std::string> out;
    for (std::size_t i = 0; i < value.size(); ++i)
      out.push_back(text(value[i], field + "[" + std::to_string(i) + "]"));
    return out;
  }

  std::string path(const json& value, const std::string& field) const {
    std::string p = text(value, field);
    if (p.front() != '/' && !base_dir.empty()) p = base_dir + "/" + p;
    return p;
  }

  void check_id(const std::string& id, const std::string& field) const {
    try {
      check_name("report id", id, "");
    } catch (const InputError& e) {
      fail(field, "'" + id + "' is not a report id");
    }
  }

  void check_url(const std::string& url, const std::string& field) const {
    if (!is_http_url(url)) fail(field, "'" + url + "' is not an http:// or https:// URL");
  }

  // {year} and {id} are the only placeholders; both must be there; no stray braces.
  void check_pattern(const std::string& pattern, const std::string& field) const {
    bool year = false, id = false;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
      if (pattern[i] == '}') fail(field, "'" + pattern + "': a '}' without its '{'");
      if (pattern[i] != '{') continue;
      const std::size_t close = pattern.find('}', i);
      if (close == std::string::npos) fail(field, "'" + pattern + "': a '{' without its '}'");
      const std::string name = pattern.substr(i + 1, close - i - 1);
      if (name == "year") {
        year = true;
      } else if (name == "id") {
        id = true;
      } else {
        fail(field, "'" + pattern + "': unknown placeholder {" + name + "} (known: {year}, {id})");
      }
      i = close;
    }
    if (!year || !id) fail(field, "'" + pattern + "': a pattern needs both {year} and {id}");
    check_url(expand_pattern(pattern, 2025, "x"), field);
  }

  SecretSource secret(const json& object, const std::string& where, const std::string& name) const {
    SecretSource s;
    if (object.contains(name)) {
      fail(where + "." + name, "a secret is never written into the monitor file: give " + name +
                                   "_env (an environment variable) or " + name +
                                   "_file (a file only you can read)");
    }
    if (object.contains(name + "_env"))
      s.env = text(object.at(name + "_env"), where + "." + name + "_env");
    if (object.contains(name + "_file"))
      s.file = path(object.at(name + "_file"), where + "." + name + "_file");
    if (!s.env.empty() && !s.file.empty())
      fail(where, name + "_env and " + name + "_file are both given: keep one");
    return s;
  }

  SourceConfig series(const json& value, const std::string& name) const {
    const std::string where = "series." + name;
    only(value, where,
         {"source", "base", "pattern", "ids", "pages", "years", "since", "profile", "pause",
          "retries", "backoff", "timeout"});
    SourceConfig s;
    s.series = name;
    if (!value.contains("source")) fail(where + ".source", "missing (known: tip, pattern, urls)");
    const std::string kind = text(value.at("source"), where + ".source");
    if (kind == "tip") {
      s.kind = SourceKind::tip;
    } else if (kind == "pattern") {
      s.kind = SourceKind::pattern;
    } else if (kind == "urls") {
      s.kind = SourceKind::urls;
    } else {
      fail(where + ".source", "unknown source '" + kind + "' (known: tip, pattern, urls)");
    }
    auto refuse = [&](const char* field, const char* why) {
      if (value.contains(field)) fail(where + "." + field, why);
    };
    if (s.kind == SourceKind::tip) {
      s.base = value.contains("base") ? text(value.at("base"), where + ".base") : kDefaultTipBase;
      while (s.base.size() > 1 && s.base.back() == '/') s.base.pop_back();
      check_url(s.base + "/", where + ".base");
      refuse("pattern", "only a 'pattern' source takes a pattern");
      refuse("pages", "only a 'urls' source takes pages");
    } else if (s.kind == SourceKind::pattern) {
      if (!value.contains("pattern"))
        fail(where + ".pattern", "missing ({year} and {id} in a URL)");
      s.pattern = text(value.at("pattern"), where + ".pattern");
      check_pattern(s.pattern, where + ".pattern");
      if (!value.contains("ids"))
        fail(where + ".ids", "missing: a pattern source names its reports");
      refuse("base", "only a 'tip' source takes a base");
      refuse("pages", "only a 'urls' source takes pages");
    } else {
      if (!value.contains("pages")) fail(where + ".pages", "missing: the pages to fetch");
      const json& pages = value.at("pages");
      if (!pages.is_array() || pages.empty())
        fail(where + ".pages", std::string("must be a non-empty array, not ") + json_type(pages));
      for (std::size_t i = 0; i < pages.size(); ++i) {
        const std::string at = where + ".pages[" + std::to_string(i) + "]";
        only(pages[i], at, {"year", "id", "url"});
        for (const char* key : {"year", "id", "url"})
          if (!pages[i].contains(key)) fail(at + "." + key, "missing");
        SourcePage page{year(pages[i].at("year"), at + ".year"),
                        text(pages[i].at("id"), at + ".id"), text(pages[i].at("url"), at + ".url")};
        check_id(page.id, at + ".id");
        check_url(page.url, at + ".url");
        s.pages.push_back(page);
      }
      for (const char* field : {"base", "pattern", "ids", "years", "since"})
        refuse(field, "a 'urls' source lists its pages with their years and ids");
    }
    if (value.contains("ids")) {
      s.ids = strings(value.at("ids"), where + ".ids");
      for (std::size_t i = 0; i < s.ids.size(); ++i)
        check_id(s.ids[i], where + ".ids[" + std::to_string(i) + "]");
    }
    if (value.contains("years")) {
      const json& years = value.at("years");
      if (!years.is_array() || years.empty())
        fail(where + ".years",
             std::string("must be a non-empty array of years, not ") + json_type(years));
      for (std::size_t i = 0; i < years.size(); ++i)
        s.years.push_back(year(years[i], where + ".years[" + std::to_string(i) + "]"));
    }
    if (value.contains("since")) s.since = year(value.at("since"), where + ".since");
    if (!s.years.empty() && s.since) fail(where, "years and since are both given: keep one");
    if (value.contains("profile")) {
      s.profile = text(value.at("profile"), where + ".profile");
      if (s.profile != "auto" && s.profile != "tip" && s.profile != "factbook" &&
          s.profile != "generic")
        fail(where + ".profile",
             "unknown profile '" + s.profile + "' (known: auto, tip, factbook, generic)");
    }
    if (value.contains("pause"))
      s.pause_seconds = seconds(value.at("pause"), where + ".pause", 0, 3600);
    if (value.contains("backoff"))
      s.backoff_seconds = seconds(value.at("backoff"), where + ".backoff", 0, 3600);
    if (value.contains("timeout"))
      s.timeout_seconds = seconds(value.at("timeout"), where + ".timeout", 0.1, 3600);
    if (value.contains("retries")) {
      const json& r = value.at("retries");
      if (!r.is_number_integer() || r.get<long long>() < 0 || r.get<long long>() > 20)
        fail(where + ".retries", "must be a whole number from 0 to 20, not " + r.dump());
      s.retries = r.get<int>();
    }
    return s;
  }

  ChannelConfig channel(const json& value, std::size_t index) const {
    const std::string where = "channels[" + std::to_string(index) + "]";
    if (!value.is_object()) fail(where, std::string("must be an object, not ") + json_type(value));
    if (!value.contains("type")) fail(where + ".type", "missing (known: " + known_channels() + ")");
    const std::string type = text(value.at("type"), where + ".type");
    ChannelConfig c;
    bool found = false;
    for (ChannelKind kind : kAllChannels)
      if (type == channel_kind_name(kind)) {
        c.kind = kind;
        found = true;
      }
    if (!found)
      fail(where + ".type", "unknown channel '" + type + "' (known: " + known_channels() + ")");
    std::set<std::string> keys = {"type", "name"};
    switch (c.kind) {
      case ChannelKind::webhook:
      case ChannelKind::slack:
      case ChannelKind::teams:
        keys.insert({"url", "url_env", "url_file"});
        break;
      case ChannelKind::smtp:
        keys.insert({"server", "username", "password", "password_env", "password_file", "tls",
                     "from", "to"});
        break;
      case ChannelKind::sendmail:
        keys.insert({"command", "from", "to"});
        break;
      case ChannelKind::file:
        keys.insert({"path"});
        break;
      case ChannelKind::standard_output:
        break;
    }
    only(value, where, keys);
    c.name = value.contains("name") ? text(value.at("name"), where + ".name") : type;
    if (!valid_record_name(c.name))
      fail(where + ".name",
           "'" + c.name + "': a channel name is ASCII letters, digits, '-', '_' and '.'");
    switch (c.kind) {
      case ChannelKind::webhook:
      case ChannelKind::slack:
      case ChannelKind::teams:
        c.url = secret(value, where, "url");
        if (!c.url.given()) fail(where, "the webhook URL is missing: give url_env or url_file");
        break;
      case ChannelKind::smtp:
        if (!value.contains("server"))
          fail(where + ".server", "missing (smtp://host:587 or smtps://host:465)");
        c.server = text(value.at("server"), where + ".server");
        if (!is_smtp_url(c.server))
          fail(
              where + ".server",
              "'" + c.server +
                  "' is not smtp://host[:port] or smtps://host[:port] (no user or password in it)");
        if (value.contains("username"))
          c.username = text(value.at("username"), where + ".username");
        c.password = secret(value, where, "password");
        if (value.contains("tls")) {
          const std::string tls = text(value.at("tls"), where + ".tls");
          if (tls != "required" && tls != "none")
            fail(where + ".tls", "unknown '" + tls + "' (known: required, none)");
          c.tls = tls == "required";
        }
        mail_fields(value, where, c);
        break;
      case ChannelKind::sendmail:
        c.command = value.contains("command")
                        ? strings(value.at("command"), where + ".command")
                        : std::vector<std::string>{"/usr/sbin/sendmail", "-t", "-oi"};
        if (c.command.front().front() != '/')
          fail(where + ".command", "the program is an absolute path ('" + c.command.front() + "')");
        mail_fields(value, where, c);
        break;
      case ChannelKind::file:
        if (!value.contains("path")) fail(where + ".path", "missing");
        c.path = path(value.at("path"), where + ".path");
        break;
      case ChannelKind::standard_output:
        break;
    }
    return c;
  }

  void mail_fields(const json& value, const std::string& where, ChannelConfig& c) const {
    if (!value.contains("from")) fail(where + ".from", "missing (the sender's address)");
    c.from = address(text(value.at("from"), where + ".from"), where + ".from");
    if (!value.contains("to")) fail(where + ".to", "missing (the recipients' addresses)");
    c.to = strings(value.at("to"), where + ".to");
    for (std::size_t i = 0; i < c.to.size(); ++i)
      address(c.to[i], where + ".to[" + std::to_string(i) + "]");
  }

  std::string address(const std::string& a, const std::string& field) const {
    const std::size_t at = a.find('@');
    bool ok = at != std::string::npos && at > 0 && at + 1 < a.size() &&
              a.find('@', at + 1) == std::string::npos;
    for (char c : a)
      ok = ok && static_cast<unsigned char>(c) > ' ' && c != '<' && c != '>' && c != ',' &&
           c != 0x7f;
    if (!ok) fail(field, "'" + a + "' is not an e-mail address (name@host)");
    return a;
  }

  static std::string known_channels() {
    std::string out;
    for (ChannelKind kind : kAllChannels)
      out += std::string(out.empty() ? "" : ", ") + channel_kind_name(kind);
    return out;
  }
};

}  // namespace

MonitorConfig parse_monitor_config(std::string_view json_text, const std::string& source,
                                   const std::string& base_dir) {
  json root;
  try {
    root = json::parse(json_text);
  } catch (const json::parse_error& e) {
    throw InputError(source + ": not valid JSON (" + e.what() + ")");
  }
  Reader r{source, base_dir};
  if (!root.is_object()) throw InputError(source + ": must be a JSON object");
  r.only(root, "monitor file", {"format", "description", "series", "channels", "policy"});
  if (root.contains("format") && root.at("format") != kFormat)
    r.fail("format", "unknown format " + root.at("format").dump() + " (known: " + kFormat + ")");
  MonitorConfig config;
  config.source = source;
  if (root.contains("series")) {
    const json& series = root.at("series");
    if (!series.is_object())
      r.fail("series", std::string("must be an object, not ") + json_type(series));
    for (const auto& [name, value] : series.items()) {
      try {
        check_name("series", name, "");
      } catch (const InputError&) {
        r.fail("series." + name, "'" + name + "' is not a series name");
      }
      config.series[name] = r.series(value, name);
    }
  }
  if (root.contains("channels")) {
    const json& channels = root.at("channels");
    if (!channels.is_array())
      r.fail("channels", std::string("must be an array, not ") + json_type(channels));
    std::set<std::string> names;
    for (std::size_t i = 0; i < channels.size(); ++i) {
      config.channels.push_back(r.channel(channels[i], i));
      if (!names.insert(config.channels.back().name).second)
        r.fail("channels[" + std::to_string(i) + "].name",
               "'" + config.channels.back().name +
                   "' is the name of another channel (give each its own name)");
    }
  }
  if (root.contains("policy")) config.policy = r.path(root.at("policy"), "policy");
  return config;
}

MonitorConfig load_monitor_config(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  const std::string dir = slash == std::string::npos ? "" : path.substr(0, slash == 0 ? 1 : slash);
  return parse_monitor_config(read_file(path, kMaxConfigBytes), path, dir);
}

std::string monitor_config_location(const std::string& flag, const std::string& archive_path) {
  if (!flag.empty()) return flag;
  if (const char* env = std::getenv("YOY_MONITOR"); env && *env) return env;
  std::string dir = archive_path;
  while (dir.size() > 1 && dir.back() == '/') dir.pop_back();
  const std::size_t slash = dir.rfind('/');
  if (slash == std::string::npos) return "yoy-monitor.json";
  return dir.substr(0, slash == 0 ? 1 : slash) + "/yoy-monitor.json";
}

std::vector<int> years_to_fetch(const SourceConfig& source, int year, int latest,
                                int current_year) {
  if (year) return {year};
  if (source.kind == SourceKind::urls) {
    std::set<int> years;
    for (const SourcePage& page : source.pages) years.insert(page.year);
    return {years.begin(), years.end()};
  }
  if (!source.years.empty()) {
    std::set<int> years(source.years.begin(), source.years.end());
    return {years.begin(), years.end()};
  }
  std::vector<int> out;
  if (source.since) {
    for (int y = source.since; y <= current_year; ++y) out.push_back(y);
    return out;
  }
  if (latest) return {latest, latest + 1};
  throw InputError("series '" + source.series +
                   "': which years? The archive has no edition yet: give --year, or years or "
                   "since in the monitor file");
}

std::string expand_pattern(const std::string& pattern, int year, const std::string& id) {
  std::string encoded;
  static const char* kHex = "0123456789ABCDEF";
  for (unsigned char c : id) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      encoded += static_cast<char>(c);
    } else {
      encoded += '%';
      encoded += kHex[c >> 4];
      encoded += kHex[c & 15];
    }
  }
  std::string out;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern.compare(i, 6, "{year}") == 0) {
      out += std::to_string(year);
      i += 5;
    } else if (pattern.compare(i, 4, "{id}") == 0) {
      out += encoded;
      i += 3;
    } else {
      out += pattern[i];
    }
  }
  return out;
}

}  // namespace yoy
