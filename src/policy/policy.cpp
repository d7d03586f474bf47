// Policy files: names, strict parsing and the default policy.
// Evaluation lives in policy_rules.cpp.
#include "yoy/policy/policy.h"

#include <cmath>
#include <filesystem>
#include <iterator>
#include <nlohmann/json.hpp>
#include <set>
#include <vector>

#include "util/json_kind.h"
#include "yoy/util/error.h"
#include "yoy/util/files.h"
#include "yoy/util/suggest.h"
#include "yoy/util/text_position.h"

namespace yoy {

namespace {

using json = nlohmann::json;

constexpr RuleKind kAllRules[] = {
    RuleKind::tier_downgrade,      RuleKind::tier_change,        RuleKind::recommendation_removed,
    RuleKind::section_removed,     RuleKind::report_missing,     RuleKind::statistic_change,
    RuleKind::section_text_change, RuleKind::tier_contradiction, RuleKind::statistic_restated,
};

std::string known_rules() {
  std::string out;
  for (RuleKind kind : kAllRules) {
    if (!out.empty()) out += ", ";
    out += rule_name(kind);
  }
  return out;
}

// Builds errors of the form "SOURCE: FIELD: what".
struct Complaint {
  const std::string& source;
  [[noreturn]] void operator()(const std::string& field, const std::string& what) const {
    throw InputError(source + ": " + field + ": " + what);
  }
};

RuleKind parse_rule_kind(const json& value, const std::string& field, const Complaint& fail) {
  if (!value.is_string()) fail(field, std::string("must be a string, not ") + json_type(value));
  const std::string name = value.get<std::string>();
  std::vector<std::string> names;
  for (RuleKind kind : kAllRules) {
    if (name == rule_name(kind)) return kind;
    names.push_back(rule_name(kind));
  }
  fail(field,
       "unknown rule '" + name + "' (known: " + known_rules() + ")" + did_you_mean(name, names));
}

Severity parse_severity(const json& value, const std::string& field, const Complaint& fail) {
  if (!value.is_string()) fail(field, std::string("must be a string, not ") + json_type(value));
  const std::string name = value.get<std::string>();
  if (name == "error") return Severity::error;
  if (name == "warning") return Severity::warning;
  fail(field, "unknown severity '" + name + "' (known: error, warning)");
}

PolicyRule parse_rule(const json& entry, const std::string& where, const Complaint& fail) {
  if (!entry.is_object()) fail(where, std::string("must be an object, not ") + json_type(entry));
  static const std::set<std::string> kKeys = {"rule",    "severity", "percent",   "points",
                                              "reports", "measures", "direction", "description"};
  for (const auto& [key, value] : entry.items())
    if (!kKeys.count(key))
      fail(where + "." + key,
           "unknown field (known: rule, severity, percent, points, reports, measures, "
           "direction, description)");

  PolicyRule rule;
  if (!entry.contains("rule")) fail(where + ".rule", "missing (known: " + known_rules() + ")");
  rule.kind = parse_rule_kind(entry.at("rule"), where + ".rule", fail);
  if (!entry.contains("severity")) fail(where + ".severity", "missing (error or warning)");
  rule.severity = parse_severity(entry.at("severity"), where + ".severity", fail);

  const std::string name = rule_name(rule.kind);
  if (rule_takes_percent(rule.kind)) {
    if (!entry.contains("percent"))
      fail(where + ".percent", "missing: rule '" + name + "' needs a threshold in percent");
    const json& percent = entry.at("percent");
    if (!percent.is_number())
      fail(where + ".percent", std::string("must be a number, not ") + json_type(percent));
    rule.percent = percent.get<double>();
    if (!std::isfinite(rule.percent) || rule.percent < 0)
      fail(where + ".percent", "must be 0 or more, not " + percent.dump());
  } else if (entry.contains("percent")) {
    fail(where + ".percent", "rule '" + name + "' takes no threshold");
  }

  if (entry.contains("points")) {
    const json& points = entry.at("points");
    if (rule.kind != RuleKind::statistic_change)
      fail(where + ".points", "rule '" + name + "' takes no points (only statistic-change does)");
    if (!points.is_number())
      fail(where + ".points", std::string("must be a number, not ") + json_type(points));
    rule.points = points.get<double>();
    if (!std::isfinite(*rule.points) || *rule.points < 0)
      fail(where + ".points", "must be 0 or more, not " + points.dump());
  }

  if (entry.contains("reports")) {
    const json& reports = entry.at("reports");
    if (!reports.is_array())
      fail(where + ".reports",
           std::string("must be an array of report ids, not ") + json_type(reports));
    for (std::size_t i = 0; i < reports.size(); ++i) {
      const std::string field = where + ".reports[" + std::to_string(i) + "]";
      if (!reports[i].is_string() || reports[i].get<std::string>().empty())
        fail(field, "must be a non-empty report id");
      rule.reports.push_back(reports[i].get<std::string>());
    }
  }
  const bool about_statistics =
      rule.kind == RuleKind::statistic_change || rule.kind == RuleKind::statistic_restated;
  if (entry.contains("measures")) {
    const json& measures = entry.at("measures");
    if (!about_statistics)
      fail(where + ".measures", "rule '" + name + "' takes no measures (only statistic rules do)");
    if (!measures.is_array())
      fail(where + ".measures",
           std::string("must be an array of measures, not ") + json_type(measures));
    for (std::size_t i = 0; i < measures.size(); ++i) {
      const std::string field = where + ".measures[" + std::to_string(i) + "]";
      if (!measures[i].is_string() || measures[i].get<std::string>().empty())
        fail(field, "must be a non-empty measure (e.g. \"convictions\")");
      rule.measures.push_back(measures[i].get<std::string>());
    }
  }
  if (entry.contains("direction")) {
    const json& direction = entry.at("direction");
    if (rule.kind != RuleKind::statistic_change)
      fail(where + ".direction", "rule '" + name + "' takes no direction");
    const std::string value = direction.is_string() ? direction.get<std::string>() : "";
    if (value == "up")
      rule.direction = StatisticDirection::up;
    else if (value == "down")
      rule.direction = StatisticDirection::down;
    else if (value == "either")
      rule.direction = StatisticDirection::either;
    else
      fail(where + ".direction", "must be \"up\", \"down\" or \"either\", not " + direction.dump());
  }
  if (entry.contains("description") && !entry.at("description").is_string())
    fail(where + ".description", "must be a string");
  return rule;
}

// Walks the policy's bytes for nlohmann's reader and remembers how far it
// read: when the reader stops (a duplicate key), that is where.
struct TrackedChars {
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;
  const char* at;
  const char** furthest;
  reference operator*() const { return *at; }
  TrackedChars& operator++() {
    *furthest = ++at;
    return *this;
  }
  TrackedChars operator++(int) {
    TrackedChars before = *this;
    ++*this;
    return before;
  }
  bool operator==(const TrackedChars& o) const { return at == o.at; }
  bool operator!=(const TrackedChars& o) const { return at != o.at; }
};

// nlohmann's DOM builder, plus what it does not check: a key given twice in
// one object (the later silently won: {"rules": [...], "rules": []} ran no
// rule). Errors are kept, not thrown: the caller says where.
class StrictReader {
 public:
  explicit StrictReader(json& root) : dom_(root, false) {}
  std::string error;   // what went wrong ("" when nothing did)
  std::size_t at = 0;  // byte offset of the error, when known
  bool duplicate = false;

  bool null() { return dom_.null(); }
  bool boolean(bool v) { return dom_.boolean(v); }
  bool number_integer(json::number_integer_t v) { return dom_.number_integer(v); }
  bool number_unsigned(json::number_unsigned_t v) { return dom_.number_unsigned(v); }
  bool number_float(json::number_float_t v, const json::string_t& s) {
    return dom_.number_float(v, s);
  }
  bool string(json::string_t& v) { return dom_.string(v); }
  bool binary(json::binary_t& v) { return dom_.binary(v); }
  bool start_object(std::size_t n) {
    keys_.emplace_back();
    return dom_.start_object(n);
  }
  bool key(json::string_t& v) {
    if (!keys_.back().insert(v).second) {
      duplicate = true;
      error = "duplicate key \"" + v + "\"";
      return false;
    }
    return dom_.key(v);
  }
  bool end_object() {
    keys_.pop_back();
    return dom_.end_object();
  }
  bool start_array(std::size_t n) { return dom_.start_array(n); }
  bool end_array() { return dom_.end_array(); }
  bool parse_error(std::size_t position, const std::string& token,
                   const nlohmann::detail::exception& e) {
    // `position` counts the bytes read: a syntax error is at the last one; a
    // number out of range is the token that ends there.
    const bool number = dynamic_cast<const json::out_of_range*>(&e) != nullptr;
    at = number && token.size() <= position ? position - token.size()
         : position > 0                     ? position - 1
                                            : 0;
    error = json_error_detail(e.what());
    return false;
  }

 private:
  nlohmann::detail::json_sax_dom_parser<json> dom_;
  std::vector<std::set<std::string>> keys_;  // of each open object
};

// The opening quote of the key whose closing quote ends at `end` (just past it).
std::size_t key_start(std::string_view text, std::size_t end) {
  for (std::size_t i = end >= 2 ? end - 2 : 0; i > 0; --i) {
    if (text[i] != '"') continue;
    std::size_t backslashes = 0;
    while (backslashes < i && text[i - 1 - backslashes] == '\\') ++backslashes;
    if (backslashes % 2 == 0) return i;
  }
  return 0;
}

// The policy as JSON: strict (no duplicate keys, numbers within a double),
// any error one line with its line and column.
json read_policy_json(std::string_view text, const std::string& source) {
  json root;
  StrictReader reader(root);
  const char* furthest = text.data();
  const TrackedChars first{text.data(), &furthest}, last{text.data() + text.size(), &furthest};
  if (json::sax_parse(first, last, &reader) && reader.error.empty()) return root;
  if (reader.duplicate) {
    const std::size_t end = static_cast<std::size_t>(furthest - text.data());
    throw InputError(source + ": " + line_column(text, key_start(text, end)) + ": " + reader.error +
                     " (each field once)");
  }
  throw InputError(source + ": not valid JSON at " + line_column(text, reader.at) + ": " +
                   reader.error +
                   " (a policy is {\"rules\": [{\"rule\": ..., \"severity\": ...}]})");
}

}  // namespace

const char* rule_name(RuleKind kind) {
  switch (kind) {
    case RuleKind::tier_downgrade:
      return "tier-downgrade";
    case RuleKind::tier_change:
      return "tier-change";
    case RuleKind::recommendation_removed:
      return "recommendation-removed";
    case RuleKind::section_removed:
      return "section-removed";
    case RuleKind::report_missing:
      return "report-missing";
    case RuleKind::statistic_change:
      return "statistic-change";
    case RuleKind::section_text_change:
      return "section-text-change";
    case RuleKind::tier_contradiction:
      return "tier-contradiction";
    case RuleKind::statistic_restated:
      return "statistic-restated";
  }
  return "?";
}

const char* severity_name(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::note:
      return "note";
  }
  return "";
}

bool rule_takes_percent(RuleKind kind) {
  return kind == RuleKind::statistic_change || kind == RuleKind::section_text_change;
}

Policy parse_policy(std::string_view json_text, const std::string& source) {
  const Complaint fail{source};
  const json root = read_policy_json(json_text, source);
  if (!root.is_object())
    fail("policy", std::string("must be a JSON object with \"rules\", not ") + json_type(root));
  for (const auto& [key, value] : root.items())
    if (key != "format" && key != "rules" && key != "description")
      fail(key, "unknown field (known: format, description, rules)");
  if (root.contains("format") &&
      (!root.at("format").is_string() || root.at("format").get<std::string>() != "yoy.policy/1"))
    fail("format", "must be \"yoy.policy/1\", not " + root.at("format").dump());
  if (!root.contains("rules")) fail("rules", "missing (an array of rules)");
  const json& rules = root.at("rules");
  if (!rules.is_array())
    fail("rules", std::string("must be an array of rules, not ") + json_type(rules));

  Policy policy;
  policy.source = source;
  for (std::size_t i = 0; i < rules.size(); ++i)
    policy.rules.push_back(parse_rule(rules[i], "rules[" + std::to_string(i) + "]", fail));
  return policy;
}

Policy load_policy(const std::string& path) {
  std::error_code ec;
  if (path != "-" && std::filesystem::is_directory(path, ec))
    throw InputError(path + ": is a directory; --policy takes a policy file (JSON, yoy.policy/1)");
  return parse_policy(read_file(path, kMaxPolicyBytes, "limit for a policy file"), path);
}

Policy default_policy() {
  // One rule at a time, each field named: the struct grows (points) without
  // every entry restating the defaults.
  const auto rule = [](RuleKind kind, Severity severity, double percent = 0) {
    PolicyRule r;
    r.kind = kind;
    r.severity = severity;
    r.percent = percent;
    return r;
  };
  Policy policy;
  policy.source = "default";
  // Rates and shares by percentage points: a small rate doubling is no news.
  PolicyRule statistics = rule(RuleKind::statistic_change, Severity::warning, 50);
  statistics.points = kDefaultStatisticPoints;
  policy.rules = {
      rule(RuleKind::tier_downgrade, Severity::error),
      rule(RuleKind::tier_contradiction, Severity::error),
      rule(RuleKind::report_missing, Severity::error),
      rule(RuleKind::recommendation_removed, Severity::warning),
      rule(RuleKind::section_removed, Severity::warning),
      statistics,
      rule(RuleKind::statistic_restated, Severity::warning),
      rule(RuleKind::section_text_change, Severity::warning, 50),
  };
  return policy;
}

}  // namespace yoy
