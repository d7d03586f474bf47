// `yoy check` output: text, GitHub annotations, JUnit XML.
#include "yoy/render/check_output.h"

#include "yoy/render/archive_output.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <utility>

#include "render/render_common.h"
#include "render/render_escape.h"
#include "yoy/render/render.h"
#include "yoy/util/error.h"
#include "yoy/util/printable.h"
#include "yoy/util/utf8.h"

namespace yoy {

namespace {

using render_common::plural;
using render_common::section_label;

std::string percent_text(double percent) {
  if (std::isinf(percent)) return "from zero";
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", percent);
  std::string text = buffer;
  if (text.size() > 2 && text.compare(text.size() - 2, 2, ".0") == 0) text.resize(text.size() - 2);
  return text + "%";
}

std::string or_none(const std::string& text) { return text.empty() ? "none" : text; }

// "convictions", "share of exports (Senegal)"; "statistic" when no measure is known.
std::string statistic_words(const Finding& finding) {
  std::string name = finding.measure.empty() ? "statistic" : finding.measure;
  if (!finding.subject.empty()) name += " (" + finding.subject + ")";
  return name;
}

std::string with_period(const std::string& figure, const std::string& period) {
  return period.empty() ? figure : figure + " (" + period + ")";
}

bool is_statistic_rule(RuleKind kind) {
  return kind == RuleKind::statistic_change || kind == RuleKind::statistic_restated;
}

// "statistic-change over 50%": a rule's label (the same rule may appear with two thresholds).
std::string rule_label(const PolicyRule& rule) {
  std::string label = rule_name(rule.kind);
  if (rule_takes_percent(rule.kind)) label += " over " + percent_text(rule.percent);
  std::string only;  // "(prosecutions, convictions; falling)"
  for (const std::string& measure : rule.measures) only += (only.empty() ? "" : ", ") + measure;
  if (rule.direction != StatisticDirection::either)
    only += std::string(only.empty() ? "" : "; ") +
            (rule.direction == StatisticDirection::up ? "rising" : "falling");
  if (!only.empty()) label += " (" + only + ")";
  return label;
}

std::string range_label(const CheckResult& result) {
  std::string label = edition_label(result.from) + " → " + edition_label(result.to);
  if (result.reversed) label += " (reversed: FROM is later than TO)";
  return label;
}

std::string verdict(const CheckResult& result) {
  std::string counts = plural(result.errors, "error") + ", " + plural(result.warnings, "warning");
  return (result.failed() ? "FAIL: " : "OK: ") + counts;
}

// printable() line by line: GitHub escapes a line break (%0A), so it may stay,
// while ANSI escapes would be interpreted by the log viewer.
std::string printable_lines(std::string_view text) {
  std::string out;
  for (std::size_t start = 0;;) {
    const std::size_t end = text.find('\n', start);
    out += printable(text.substr(start, end - start));
    if (end == std::string_view::npos) return out;
    out += '\n';
    start = end + 1;
  }
}

}  // namespace

CheckFormat check_format_from_name(std::string_view name) {
  if (name == "text") return CheckFormat::text;
  if (name == "github") return CheckFormat::github;
  if (name == "junit") return CheckFormat::junit;
  if (name == "json") return CheckFormat::json;
  throw InputError("--format: unknown check format '" + std::string(name) +
                   "' (known: text, github, junit, json)");
}

std::string describe_finding(const Finding& finding, const CheckResult& result) {
  switch (finding.rule) {
    case RuleKind::tier_downgrade:
      return "tier downgraded: " + or_none(finding.from) + " → " + or_none(finding.to);
    case RuleKind::tier_change:
      return "tier changed: " + or_none(finding.from) + " → " + or_none(finding.to);
    case RuleKind::tier_contradiction:
      return "the new text says \"" + or_none(finding.context) + "\", but the tier went " +
             or_none(finding.from) + " → " + or_none(finding.to);
    case RuleKind::report_missing:
      return "report missing from " + edition_label(result.to) + " (present in " +
             edition_label(result.from) + ")";
    case RuleKind::recommendation_removed:
      return "recommendation removed from " + section_label(finding.section) + ": \"" +
             finding.from + "\"";
    case RuleKind::section_removed:
      return "section removed: " + section_label(finding.section);
    case RuleKind::statistic_change:
      return statistic_words(finding) + " changed by " + percent_text(finding.measured) +
             " (over " + percent_text(finding.threshold) + ") in " +
             section_label(finding.section) + ": " +
             with_period(finding.from, finding.from_period) + " → " +
             with_period(finding.to, finding.to_period);
    case RuleKind::statistic_restated:
      return statistic_words(finding) + " restated in " + section_label(finding.section) +
             ": the old edition said " + finding.from + ", the new one says " + finding.to +
             (finding.to_period.empty() ? "" : " for " + finding.to_period);
    case RuleKind::section_text_change:
      return "section " + section_label(finding.section) + ": " + percent_text(finding.measured) +
             " of its words changed (over " + percent_text(finding.threshold) + ")";
  }
  return "?";
}

std::string render_check_text(const Policy& policy, const CheckResult& result, bool color) {
  const char* red = color ? "\x1b[31m" : "";
  const char* yellow = color ? "\x1b[33m" : "";
  const char* bold = color ? "\x1b[1m" : "";
  const char* reset = color ? "\x1b[0m" : "";
  // Report text and names pass through printable(): a report cannot paint the
  // terminal or forge a line ("OK: 0 errors") of this output.
  std::string out =
      std::string(bold) + "yoy check " + printable(range_label(result)) + reset + "\n";
  out += "policy: " + printable(policy.source) + " (" +
         plural(static_cast<int>(policy.rules.size()), "rule") + "), " +
         plural(static_cast<int>(result.reports.size()), "report") + " checked\n";
  // Findings come grouped by rule (policy order); each group opens with its count.
  std::map<std::size_t, int> per_rule;
  for (const Finding& finding : result.findings) ++per_rule[finding.rule_index];
  std::size_t group = static_cast<std::size_t>(-1);
  for (const Finding& finding : result.findings) {
    const bool error = finding.severity == Severity::error;
    if (finding.rule_index != group) {
      group = finding.rule_index;
      const int count = per_rule[group];
      out += std::string(bold) + rule_label(policy.rules[group]) + ": " +
             plural(count, error ? "error" : "warning") + reset + "\n";
    }
    out += std::string(error ? red : yellow) + (error ? "error  " : "warning") + reset + " " +
           printable(finding.report_id) + ": " + printable(describe_finding(finding, result)) +
           " [" + rule_name(finding.rule) + "]\n";
    if (is_statistic_rule(finding.rule) && !finding.context.empty())
      out += "        in: " + printable(finding.context) + "\n";
  }
  out += std::string(result.failed() ? red : "") + verdict(result) +
         (result.failed() ? reset : "") + "\n";
  return out;
}

std::string github_escape_data(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '%')
      out += "%25";
    else if (c == '\r')
      out += "%0D";
    else if (c == '\n')
      out += "%0A";
    else
      out += c;
  }
  return out;
}

std::string github_escape_property(std::string_view text) {
  std::string out;
  for (char c : github_escape_data(text)) {
    if (c == ':')
      out += "%3A";
    else if (c == ',')
      out += "%2C";
    else
      out += c;
  }
  return out;
}

std::string render_check_github(const Policy& policy, const CheckResult& result,
                                std::size_t max_annotations) {
  // The most severe first: errors in policy order, then warnings.
  std::vector<const Finding*> ordered;
  for (const Finding& finding : result.findings)
    if (finding.severity == Severity::error) ordered.push_back(&finding);
  for (const Finding& finding : result.findings)
    if (finding.severity != Severity::error) ordered.push_back(&finding);
  std::string out;
  int left_errors = 0, left_warnings = 0;
  for (std::size_t k = max_annotations; k < ordered.size(); ++k)
    ++(ordered[k]->severity == Severity::error ? left_errors : left_warnings);
  if (ordered.size() > max_annotations) ordered.resize(max_annotations);
  for (const Finding* shown : ordered) {
    const Finding& finding = *shown;
    // GitHub's log viewer interprets ANSI escapes: report text passes through printable().
    std::string message =
        printable(finding.report_id) + ": " + printable_lines(describe_finding(finding, result));
    if (is_statistic_rule(finding.rule) && !finding.context.empty())
      message += "\nin: " + printable_lines(finding.context);
    const std::string title =
        "yoy " + std::string(rule_name(finding.rule)) + " (" + printable(finding.report_id) + ")";
    std::string properties;
    auto path = result.paths.find(finding.report_id);
    if (path != result.paths.end())
      properties += "file=" + github_escape_property(path->second) + ",";
    out += std::string("::") + severity_name(finding.severity) + " " + properties +
           "title=" + github_escape_property(title) + "::" + github_escape_data(message) + "\n";
  }
  if (left_errors + left_warnings > 0)
    out +=
        "::notice title=" + github_escape_property("yoy check") + "::" +
        github_escape_data(std::to_string(left_errors + left_warnings) +
                           " more findings not shown as annotations (" +
                           plural(left_errors, "error") + ", " + plural(left_warnings, "warning") +
                           "): see the job summary or yoy check --format text") +
        "\n";
  const std::string summary = printable(range_label(result)) + ": " + verdict(result) +
                              " (policy " + printable(policy.source) + ", " +
                              plural(static_cast<int>(result.reports.size()), "report") + ")";
  out += "::notice title=" + github_escape_property("yoy check") +
         "::" + github_escape_data(summary) + "\n";
  return out;
}

std::string render_check_step_summary(const Policy& policy, const CheckResult& result,
                                      std::size_t max_rows) {
  auto cell = [](const std::string& text) { return escape_markdown(printable(text)); };
  std::string out = "## yoy check " + cell(range_label(result)) + "\n\n**" + cell(verdict(result)) +
                    "** (policy " + cell(policy.source) + ", " +
                    plural(static_cast<int>(result.reports.size()), "report") + " checked)\n\n";
  std::map<std::size_t, int> per_rule;
  for (const Finding& finding : result.findings) ++per_rule[finding.rule_index];
  out += "| Rule | Severity | Findings |\n|---|---|---:|\n";
  for (std::size_t r = 0; r < policy.rules.size(); ++r)
    out += "| " + cell(rule_label(policy.rules[r])) + " | " +
           severity_name(policy.rules[r].severity) + " | " + std::to_string(per_rule[r]) + " |\n";
  if (result.findings.empty()) return out;
  out += "\n| Severity | Report | Finding |\n|---|---|---|\n";
  std::size_t rows = 0;
  for (int pass = 0; pass < 2; ++pass)  // errors first
    for (const Finding& finding : result.findings) {
      if ((finding.severity == Severity::error) != (pass == 0)) continue;
      if (rows++ == max_rows) break;
      auto path = result.paths.find(finding.report_id);
      std::string report = cell(finding.report_id);
      if (path != result.paths.end()) report += " (" + cell(path->second) + ")";
      out += std::string("| ") + severity_name(finding.severity) + " | " + report + " | " +
             cell(describe_finding(finding, result)) + " |\n";
    }
  if (result.findings.size() > max_rows)
    out += "\n" + std::to_string(result.findings.size() - max_rows) +
           " more findings: run yoy check --format text.\n";
  return out;
}

std::string render_check_junit(const Policy& policy, const CheckResult& result) {
  // Findings grouped per rule × report: one test case each.
  std::map<std::pair<std::size_t, std::string>, std::vector<const Finding*>> grouped;
  for (const Finding& finding : result.findings)
    grouped[{finding.rule_index, finding.report_id}].push_back(&finding);

  int tests = 0, failures = 0;
  std::string cases;
  for (std::size_t r = 0; r < policy.rules.size(); ++r) {
    const PolicyRule& rule = policy.rules[r];
    for (const std::string& id : result.reports) {
      if (!rule.reports.empty() &&
          std::find(rule.reports.begin(), rule.reports.end(), id) == rule.reports.end())
        continue;
      ++tests;
      const std::string series = result.to.series.empty() ? "yoy" : result.to.series;
      cases += "    <testcase classname=\"" + escape_xml(series + "." + id) + "\" name=\"" +
               escape_xml(rule_label(rule)) + "\"";
      auto found = grouped.find({r, id});
      if (found == grouped.end()) {
        cases += "/>\n";
        continue;
      }
      std::string details;
      for (const Finding* finding : found->second) {
        details += describe_finding(*finding, result) + "\n";
        if (is_statistic_rule(finding->rule) && !finding->context.empty())
          details += "  in: " + finding->context + "\n";
      }
      cases += ">\n";
      if (rule.severity == Severity::error) {
        ++failures;
        const std::string message = found->second.size() == 1
                                        ? describe_finding(*found->second.front(), result)
                                        : plural(static_cast<int>(found->second.size()), "finding");
        cases += "      <failure type=\"" + std::string(rule_name(rule.kind)) + "\" message=\"" +
                 escape_xml(message) + "\">" + escape_xml(details) + "</failure>\n";
      } else {
        cases += "      <system-out>warning: " + escape_xml(details) + "</system-out>\n";
      }
      cases += "    </testcase>\n";
    }
  }
  const std::string counts = "tests=\"" + std::to_string(tests) + "\" failures=\"" +
                             std::to_string(failures) + "\" errors=\"0\" skipped=\"0\"";
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += "<testsuites name=\"yoy check\" " + counts + ">\n";
  out += "  <testsuite name=\"" + escape_xml("yoy check " + range_label(result)) + "\" " + counts +
         ">\n";
  out += "    <properties>\n      <property name=\"policy\" value=\"" + escape_xml(policy.source) +
         "\"/>\n      <property name=\"warnings\" value=\"" + std::to_string(result.warnings) +
         "\"/>\n    </properties>\n";
  out += cases;
  out += "  </testsuite>\n</testsuites>\n";
  return out;
}

std::string render_check(const Policy& policy, const CheckResult& result, CheckFormat format,
                         bool color) {
  switch (format) {
    case CheckFormat::text:
      return render_check_text(policy, result, color);
    case CheckFormat::github:
      return render_check_github(policy, result);
    case CheckFormat::junit:
      return render_check_junit(policy, result);
    case CheckFormat::json:
      return render_check_json(policy, result);
  }
  return {};
}

}  // namespace yoy
