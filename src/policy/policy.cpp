// Policy files: names, strict parsing and the default policy.
// Evaluation lives in policy_rules.cpp.
#include "yoy/policy/policy.h"

#include <cmath>
#include <nlohmann/json.hpp>
#include <set>

#include "yoy/util/error.h"
#include "yoy/util/files.h"
#include "yoy/util/suggest.h"

namespace yoy {

namespace {

using json = nlohmann::json;

constexpr RuleKind kAllRules[] = {
    RuleKind::tier_downgrade,      RuleKind::tier_change,        RuleKind::recommendation_removed,
    RuleKind::section_removed,     RuleKind::report_missing,     RuleKind::statistic_change,
    RuleKind::section_text_change, RuleKind::tier_contradiction,
};

constexpr std::size_t kMaxPolicyBytes = 1 << 20;

std::string known_rules() {
  std::string out;
  for (RuleKind kind : kAllRules) {
    if (!out.empty()) out += ", ";
    out += rule_name(kind);
  }
  return out;
}

const char* json_type(const json& value) {
  if (value.is_null()) return "null";
  if (value.is_boolean()) return "a boolean";
  if (value.is_number()) return "a number";
  if (value.is_string()) return "a string";
  if (value.is_array()) return "an array";
  return "an object";
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
  static const std::set<std::string> kKeys = {"rule", "severity", "percent", "reports",
                                              "description"};
  for (const auto& [key, value] : entry.items())
    if (!kKeys.count(key))
      fail(where + "." + key,
           "unknown field (known: rule, severity, percent, reports, description)");

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
  if (entry.contains("description") && !entry.at("description").is_string())
    fail(where + ".description", "must be a string");
  return rule;
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
  json root;
  try {
    root = json::parse(json_text.begin(), json_text.end());
  } catch (const json::parse_error& e) {
    throw InputError(source + ": not valid JSON at byte " + std::to_string(e.byte) +
                     " (a policy is {\"rules\": [{\"rule\": ..., \"severity\": ...}]})");
  }
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
  return parse_policy(read_file(path, kMaxPolicyBytes), path);
}

Policy default_policy() {
  Policy policy;
  policy.source = "default";
  policy.rules = {
      {RuleKind::tier_downgrade, Severity::error, 0, {}},
      {RuleKind::tier_contradiction, Severity::error, 0, {}},
      {RuleKind::report_missing, Severity::error, 0, {}},
      {RuleKind::recommendation_removed, Severity::warning, 0, {}},
      {RuleKind::section_removed, Severity::warning, 0, {}},
      {RuleKind::statistic_change, Severity::warning, 50, {}},
      {RuleKind::section_text_change, Severity::warning, 50, {}},
  };
  return policy;
}

}  // namespace yoy
