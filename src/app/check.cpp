// check_editions: diff every report (unchanged ones too, so they count as
// checked), apply the policy, and say where each report's file is. A gate never
// passes because a policy names nothing: a report id neither edition has, or a
// rule with nothing to judge in either edition, is refused before any verdict.
#include "yoy/app/check.h"

#include <algorithm>
#include <set>

#include "yoy/app/edition_diff.h"
#include "yoy/archive/archive.h"
#include "yoy/model/report_path.h"
#include "yoy/util/error.h"
#include "yoy/util/suggest.h"

namespace yoy {

namespace {

std::string rule_field(const Policy& policy, std::size_t r) {
  return policy.source + ": rules[" + std::to_string(r) + "]";
}

// Every id a rule's `reports` names is in one of the two editions.
void require_policy_reports(const Policy& policy, const std::set<std::string>& ids,
                            const std::string& where) {
  const std::vector<std::string> known(ids.begin(), ids.end());
  for (std::size_t r = 0; r < policy.rules.size(); ++r) {
    const std::vector<std::string>& named = policy.rules[r].reports;
    for (std::size_t i = 0; i < named.size(); ++i)
      if (!ids.count(named[i]))
        throw InputError(rule_field(policy, r) + ".reports[" + std::to_string(i) +
                         "]: no report '" + named[i] + "' in " + where +
                         did_you_mean(named[i], known));
  }
}

bool covers(const PolicyRule& rule, const std::string& id) {
  return rule.reports.empty() ||
         std::find(rule.reports.begin(), rule.reports.end(), id) != rule.reports.end();
}

bool on_both_sides(const ReportChange& report) {
  return report.change == Change::changed || report.change == Change::unchanged;
}

// What a rule judges, if a report of either edition has it (the ChangeSet keeps
// unchanged sections and items: check diffs with include_unchanged); "" when
// the rule always has something, or its subject cannot be told from the
// ChangeSet (unchanged statistics are not listed).
std::string missing_subject(const PolicyRule& rule, const ChangeSet& changes) {
  auto any = [&](auto has) {
    return std::any_of(
        changes.reports.begin(), changes.reports.end(),
        [&](const ReportChange& report) { return covers(rule, report.id) && has(report); });
  };
  switch (rule.kind) {
    case RuleKind::tier_downgrade:
    case RuleKind::tier_change:
    case RuleKind::tier_contradiction:
      if (!any([](const ReportChange& report) { return report.rating.has_value(); }))
        return "a rating";
      return "";
    case RuleKind::recommendation_removed:
      if (!any([](const ReportChange& report) {
            return on_both_sides(report) && !report.lists.empty();
          }))
        return "a ranked list (recommendations) in both editions";
      return "";
    case RuleKind::section_removed:
    case RuleKind::section_text_change:
      if (!any([](const ReportChange& report) {
            return on_both_sides(report) && !report.sections.empty();
          }))
        return "a section of text in both editions";
      return "";
    case RuleKind::report_missing:
      if (!any([](const ReportChange& report) { return report.change != Change::added; }))
        return "a report in the old edition";
      return "";
    case RuleKind::statistic_change:
    case RuleKind::statistic_restated:
      return "";
  }
  return "";
}

// A rule of a policy file with nothing to judge in either edition could never
// fire: the policy was written for other reports. (The built-in policy applies
// to any series, so its rules may find nothing.)
void require_rule_subjects(const Policy& policy, const ChangeSet& changes,
                           const std::string& where) {
  if (policy.source == "default") return;
  for (std::size_t r = 0; r < policy.rules.size(); ++r) {
    const std::string missing = missing_subject(policy.rules[r], changes);
    if (missing.empty()) continue;
    const PolicyRule& rule = policy.rules[r];
    throw InputError(rule_field(policy, r) + " (" + rule_name(rule.kind) + "): no report" +
                     (rule.reports.empty() ? "" : " it names") + " of " + where + " has " +
                     missing + ", so the rule could never fire");
  }
}

}  // namespace

CheckResult check_editions(const Archive& archive, const EditionRef& from, const EditionRef& to,
                           const Policy& policy, DiffOptions options) {
  const std::string where = edition_label(from) + " or " + edition_label(to);
  std::set<std::string> ids;
  for (const EditionRef* edition : {&from, &to})
    for (const ReportEntry& entry : archive.reports(edition->series, edition->year))
      ids.insert(entry.id);
  require_policy_reports(policy, ids, where);
  options.include_unchanged = true;
  const ChangeSet changes = diff_editions(archive, from, to, {}, options);
  require_rule_subjects(policy, changes, where);
  CheckResult result = evaluate_policy(policy, changes);
  // The old edition's path first, the new one's over it: a removed report keeps its old file.
  for (const EditionRef* edition : {&from, &to})
    for (const ReportEntry& entry : archive.reports(edition->series, edition->year))
      result.paths[entry.id] = archive_path(edition->series, edition->year, entry.path);
  return result;
}

}  // namespace yoy
