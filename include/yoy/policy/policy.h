#pragma once
// Policies for `yoy check`: rules over a ChangeSet, each with a severity.
// Evaluation returns plain findings; check_output.h turns them into text,
// GitHub annotations or JUnit XML.
#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "yoy/model/changeset.h"

namespace yoy {

enum class Severity { warning, error };

enum class RuleKind {
  tier_downgrade,          // the rating moved down
  tier_change,             // the rating moved either way (both editions have the report)
  recommendation_removed,  // an item of a ranked list was dropped
  section_removed,         // a section of a report present in both editions was dropped
  report_missing,          // a report of the old edition is absent from the new one
  statistic_change,        // a statistic's value changed year over year by more than `percent`
  section_text_change,     // a section's words changed by more than `percent`
  tier_contradiction,      // the text says "upgraded"/"downgraded" but the tier moved otherwise
  statistic_restated,      // the new edition gives another figure for a past period
};

// Which way a statistic_change rule looks: "up" (rising), "down" (falling) or "either".
enum class StatisticDirection { either, up, down };

struct PolicyRule {
  RuleKind kind = RuleKind::tier_downgrade;
  Severity severity = Severity::error;
  double percent = 0;                // statistic_change, section_text_change: strictly more than
  std::vector<std::string> reports;  // only these report ids; empty = every report
  // statistic_change, statistic_restated: only statistics of these measures
  // ("prosecutions", "convictions"; any case); empty = every measure.
  std::vector<std::string> measures;
  StatisticDirection direction = StatisticDirection::either;  // statistic_change
};

struct Policy {
  std::string source;  // file name, or "default"
  std::vector<PolicyRule> rules;
};

// "tier-downgrade", ... (the names used in policy files).
const char* rule_name(RuleKind kind);
const char* severity_name(Severity severity);
bool rule_takes_percent(RuleKind kind);

// Parses a policy file's text. Throws InputError naming the file and the field:
// "policy.json: rules[2].rule: unknown rule 'tier-dowgrade' (known: ...)".
Policy parse_policy(std::string_view json_text, const std::string& source);
// Reads and parses a policy file.
Policy load_policy(const std::string& path);
// A policy file is a few rules: a larger one is refused before it is parsed.
inline constexpr std::size_t kMaxPolicyBytes = std::size_t{1} << 20;
// What `yoy check` applies when no --policy is given.
Policy default_policy();

struct Finding {
  std::size_t rule_index = 0;  // into Policy::rules
  RuleKind rule = RuleKind::tier_downgrade;
  Severity severity = Severity::error;
  std::string report_id, report_title;
  std::string section;   // where in the report; "" for report-level findings
  std::string from, to;  // tiers, statistic surfaces, the removed item or section
  std::string context;   // statistic_*: the sentence; tier_contradiction: the stated movement
  // statistic_*: what the statistic measures, of whom, and each side's period ("" unknown).
  std::string measure, subject, from_period, to_period;
  double measured = 0;   // statistic_change / section_text_change: percent measured
  double threshold = 0;  // the rule's percent
};

struct CheckResult {
  EditionRef from, to;
  bool reversed = false;
  std::vector<std::string> reports;  // every report id checked, sorted
  std::vector<Finding> findings;     // by rule (policy order), then report, then position
  int errors = 0, warnings = 0;
  // Where each report sits in the archive ("tip/2025/north-korea.txt": the new
  // edition's file, the old one's for a removed report), when the caller knows.
  std::map<std::string, std::string> paths;
  bool failed() const { return errors > 0; }
};

// Applies every rule to every report of the ChangeSet (pass one made with
// include_unchanged so unchanged reports are listed as checked too).
CheckResult evaluate_policy(const Policy& policy, const ChangeSet& changes);

// The size of a statistic's change in percent, as the engine measured it
// (StatisticChange::percent, unsigned); a change from 0 counts as infinite.
// Negative when it has none (vague figures, values that do not pair).
double statistic_change_percent(const StatisticChange& statistic);

}  // namespace yoy
