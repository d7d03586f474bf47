// Policy evaluation: each rule looks at a ReportChange and yields findings.
#include <algorithm>
#include <cmath>
#include <limits>

#include "yoy/policy/policy.h"
#include "yoy/util/ascii.h"

namespace yoy {

namespace {

bool rule_covers(const PolicyRule& rule, const std::string& id) {
  return rule.reports.empty() ||
         std::find(rule.reports.begin(), rule.reports.end(), id) != rule.reports.end();
}

// A report present on both sides: section-level rules only make sense there
// (a removed report is report-missing, not "every section removed").
bool on_both_sides(const ReportChange& report) {
  return report.change == Change::changed || report.change == Change::unchanged;
}

struct RuleEvaluation {
  const PolicyRule& rule;
  std::size_t rule_index;
  const ReportChange& report;
  std::vector<Finding>& out;

  Finding& add() {
    Finding& finding = out.emplace_back();
    finding.rule_index = rule_index;
    finding.rule = rule.kind;
    finding.severity = rule.severity;
    finding.report_id = report.id;
    finding.report_title = report.title;
    finding.threshold = rule.percent;
    return finding;
  }

  Finding& add_statistic(const StatisticChange& statistic) {
    Finding& finding = add();
    finding.section = statistic.section;
    finding.from = statistic.from;
    finding.to = statistic.to;
    finding.context = statistic.context;
    finding.measure = statistic.measure;
    finding.subject = statistic.subject;
    finding.from_period = statistic.from_period;
    finding.to_period = statistic.to_period;
    return finding;
  }

  bool names_measure(const StatisticChange& statistic) const {
    if (rule.measures.empty()) return true;
    for (const std::string& measure : rule.measures)
      if (ascii_iequals(measure, statistic.measure)) return true;
    return false;
  }

  // "falling by more than 30%": the engine's delta says which way it went.
  bool goes_the_rules_way(const StatisticChange& statistic) const {
    if (rule.direction == StatisticDirection::either) return true;
    if (!statistic.delta) return false;
    return rule.direction == StatisticDirection::up ? *statistic.delta > 0 : *statistic.delta < 0;
  }

  void add_rating() {
    Finding& finding = add();
    finding.from = report.rating->from;
    finding.to = report.rating->to;
    finding.context = stated_name(report.rating->stated);
  }

  void run() {
    switch (rule.kind) {
      case RuleKind::tier_downgrade:
        if (report.rating && report.rating->direction == Direction::downgrade) add_rating();
        break;
      case RuleKind::tier_change:
        if (report.rating && on_both_sides(report) && report.rating->from != report.rating->to)
          add_rating();
        break;
      case RuleKind::tier_contradiction:
        if (report.rating && report.rating->stated_contradicts) add_rating();
        break;
      case RuleKind::report_missing:
        if (report.change == Change::removed) add();
        break;
      case RuleKind::recommendation_removed:
        if (!on_both_sides(report)) break;
        for (const ListChange& list : report.lists)
          for (const ItemChange& item : list.items)
            if (item.change == Change::removed) {
              Finding& finding = add();
              finding.section = list.section;
              finding.from = item.from;
            }
        break;
      case RuleKind::section_removed:
        if (!on_both_sides(report)) break;
        for (const SectionChange& section : report.sections)
          if (section.change == Change::removed) {
            Finding& finding = add();
            finding.section = section.section;
            finding.from = section.section;
          }
        break;
      case RuleKind::statistic_change:
        for (const StatisticChange& statistic : report.statistics) {
          if (statistic.change != Change::changed || !names_measure(statistic)) continue;
          const double percent = statistic_change_percent(statistic);
          if (percent < 0 || !(percent > rule.percent) || !goes_the_rules_way(statistic)) continue;
          add_statistic(statistic).measured = percent;
        }
        break;
      case RuleKind::statistic_restated:
        for (const StatisticChange& statistic : report.statistics)
          if (statistic.change == Change::restated && names_measure(statistic))
            add_statistic(statistic);
        break;
      case RuleKind::section_text_change:
        for (const SectionChange& section : report.sections) {
          if (section.change != Change::modified && section.change != Change::renamed) continue;
          const double percent = section.text_change * 100.0;
          if (!(percent > rule.percent)) continue;
          Finding& finding = add();
          finding.section = section.section;
          finding.from = section.from_section.empty() ? section.section : section.from_section;
          finding.to = section.section;
          finding.measured = percent;
        }
        break;
    }
  }
};

}  // namespace

double statistic_change_percent(const StatisticChange& statistic) {
  if (statistic.percent) return std::fabs(*statistic.percent);
  // The engine gives no percent from 0: any change from nothing is larger than every threshold.
  if (statistic.delta) return *statistic.delta == 0 ? 0 : std::numeric_limits<double>::infinity();
  return -1;
}

CheckResult evaluate_policy(const Policy& policy, const ChangeSet& changes) {
  CheckResult result;
  result.from = changes.from;
  result.to = changes.to;
  result.reversed = changes.reversed;

  std::vector<const ReportChange*> reports;
  for (const ReportChange& report : changes.reports) reports.push_back(&report);
  std::sort(reports.begin(), reports.end(),
            [](const ReportChange* a, const ReportChange* b) { return a->id < b->id; });
  for (const ReportChange* report : reports) result.reports.push_back(report->id);

  for (std::size_t r = 0; r < policy.rules.size(); ++r) {
    const PolicyRule& rule = policy.rules[r];
    for (const ReportChange* report : reports) {
      if (!rule_covers(rule, report->id)) continue;
      RuleEvaluation{rule, r, *report, result.findings}.run();
    }
  }
  for (const Finding& finding : result.findings)
    (finding.severity == Severity::error ? result.errors : result.warnings)++;
  return result;
}

}  // namespace yoy
