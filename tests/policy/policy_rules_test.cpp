#include "yoy/policy/policy.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "support/command_runner.h"
#include "yoy/render/check_output.h"
#include "yoy/util/error.h"
#include "yoy/util/files.h"

namespace fs = std::filesystem;
using namespace yoy;

namespace {

// A report that changed in every way the rules look at.
ReportChange eventful_report() {
  ReportChange report;
  report.id = "north-korea";
  report.title = "Korea, Democratic People's Republic of";
  report.change = Change::changed;
  report.rating =
      RatingChange{"tier", "Tier 2 Watch List", "Tier 3", "downgrade", "upgraded", true};
  ListChange list;
  list.section = "Prioritized Recommendations";
  list.items.push_back(
      {Change::removed, "End forced labor, in all its forms.", "", "", 2, -1, 0, {}});
  list.items.push_back({Change::added, "", "Close the camps.", "", -1, 0, 0, {}});
  report.lists.push_back(list);
  StatisticChange big;
  big.section = "Trafficking Profile";
  big.from = "80,000 to 120,000";
  big.to = "80,000 to 200,000";
  big.from_values = {80000, 120000};
  big.to_values = {80000, 200000};
  big.context = "The DPRK holds an estimated 80,000 to 200,000 persons in camps.";
  StatisticChange small = big;
  small.from = "100";
  small.to = "110";
  small.from_values = {100};
  small.to_values = {110};
  small.context = "Officials identified 110 victims.";
  report.statistics = {big, small};
  SectionChange removed;
  removed.section = "Protection";
  removed.change = Change::removed;
  SectionChange rewritten;
  rewritten.section = "Prosecution";
  rewritten.change = Change::modified;
  rewritten.text_change = 0.62;
  SectionChange touched;
  touched.section = "Prevention";
  touched.change = Change::modified;
  touched.text_change = 0.05;
  report.sections = {removed, rewritten, touched};
  return report;
}

ReportChange quiet_report(const std::string& id) {
  ReportChange report;
  report.id = id;
  report.title = id;
  report.change = Change::unchanged;
  report.rating = RatingChange{"tier", "Tier 1", "Tier 1", "unchanged", "remained", false};
  return report;
}

ChangeSet changes_of(std::vector<ReportChange> reports) {
  ChangeSet changes;
  changes.from = {"tip", 2024, ""};
  changes.to = {"tip", 2025, ""};
  changes.reports = std::move(reports);
  return changes;
}

Policy one_rule(const std::string& rule_json) {
  return parse_policy("{\"rules\": [" + rule_json + "]}", "test-policy.json");
}

std::vector<Finding> findings_of(const std::string& rule_json, const ChangeSet& changes) {
  return evaluate_policy(one_rule(rule_json), changes).findings;
}

std::string policy_error(const std::string& text) {
  try {
    parse_policy(text, "policy.json");
  } catch (const InputError& e) {
    return e.what();
  }
  return "(no error)";
}

}  // namespace

TEST(PolicyRules, TierDowngradeFiresOnlyOnDowngrade) {
  auto eventful = changes_of({eventful_report(), quiet_report("zambia")});
  auto findings = findings_of(R"({"rule": "tier-downgrade", "severity": "error"})", eventful);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].report_id, "north-korea");
  EXPECT_EQ(findings[0].from, "Tier 2 Watch List");
  EXPECT_EQ(findings[0].to, "Tier 3");

  ReportChange upgraded = eventful_report();
  upgraded.rating = RatingChange{"tier", "Tier 3", "Tier 2", "upgrade", "", false};
  EXPECT_TRUE(
      findings_of(R"({"rule": "tier-downgrade", "severity": "error"})", changes_of({upgraded}))
          .empty());
}

TEST(PolicyRules, TierChangeFiresEitherWayButNotWhenEqual) {
  ReportChange upgraded = eventful_report();
  upgraded.rating = RatingChange{"tier", "Tier 3", "Tier 2", "upgrade", "", false};
  const char* rule = R"({"rule": "tier-change", "severity": "warning"})";
  EXPECT_EQ(findings_of(rule, changes_of({upgraded})).size(), 1u);
  EXPECT_EQ(findings_of(rule, changes_of({eventful_report()})).size(), 1u);
  EXPECT_TRUE(findings_of(rule, changes_of({quiet_report("a")})).empty());
  ReportChange added = eventful_report();
  added.change = Change::added;
  added.rating = RatingChange{"tier", "", "Tier 2", "new", "", false};
  EXPECT_TRUE(findings_of(rule, changes_of({added})).empty())
      << "a new report is not a tier change";
}

TEST(PolicyRules, TierContradiction) {
  const char* rule = R"({"rule": "tier-contradiction", "severity": "error"})";
  auto findings = findings_of(rule, changes_of({eventful_report()}));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].context, "upgraded");
  ReportChange consistent = eventful_report();
  consistent.rating->stated = "downgraded";
  consistent.rating->stated_contradicts = false;
  EXPECT_TRUE(findings_of(rule, changes_of({consistent})).empty());
}

TEST(PolicyRules, RecommendationRemoved) {
  const char* rule = R"({"rule": "recommendation-removed", "severity": "warning"})";
  auto findings = findings_of(rule, changes_of({eventful_report()}));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].section, "Prioritized Recommendations");
  EXPECT_EQ(findings[0].from, "End forced labor, in all its forms.");
  EXPECT_EQ(findings[0].severity, Severity::warning);
  ReportChange only_added = eventful_report();
  only_added.lists[0].items.erase(only_added.lists[0].items.begin());
  EXPECT_TRUE(findings_of(rule, changes_of({only_added})).empty());
}

TEST(PolicyRules, SectionRemoved) {
  const char* rule = R"({"rule": "section-removed", "severity": "warning"})";
  auto findings = findings_of(rule, changes_of({eventful_report()}));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].section, "Protection");
  ReportChange kept = eventful_report();
  kept.sections.erase(kept.sections.begin());
  EXPECT_TRUE(findings_of(rule, changes_of({kept})).empty());
  ReportChange gone = eventful_report();
  gone.change = Change::removed;
  EXPECT_TRUE(findings_of(rule, changes_of({gone})).empty())
      << "a removed report is report-missing, not every section removed";
}

TEST(PolicyRules, ReportMissing) {
  const char* rule = R"({"rule": "report-missing", "severity": "error"})";
  ReportChange gone = quiet_report("burma");
  gone.change = Change::removed;
  auto findings = findings_of(rule, changes_of({gone, eventful_report()}));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].report_id, "burma");
  ReportChange added = quiet_report("chad");
  added.change = Change::added;
  EXPECT_TRUE(findings_of(rule, changes_of({added, eventful_report()})).empty());
}

TEST(PolicyRules, StatisticChangeUsesStrictThreshold) {
  auto changes = changes_of({eventful_report()});
  // 120,000 → 200,000 is +66.7%; 100 → 110 is +10%.
  auto at_50 =
      findings_of(R"({"rule": "statistic-change", "severity": "warning", "percent": 50})", changes);
  ASSERT_EQ(at_50.size(), 1u);
  EXPECT_EQ(at_50[0].to, "80,000 to 200,000");
  EXPECT_NEAR(at_50[0].measured, 66.6667, 0.001);
  EXPECT_EQ(
      findings_of(R"({"rule": "statistic-change", "severity": "warning", "percent": 5})", changes)
          .size(),
      2u);
  EXPECT_EQ(
      findings_of(R"({"rule": "statistic-change", "severity": "warning", "percent": 10})", changes)
          .size(),
      1u)
      << "exactly 10% is not more than 10%";
  EXPECT_TRUE(
      findings_of(R"({"rule": "statistic-change", "severity": "warning", "percent": 70})", changes)
          .empty());
}

TEST(PolicyRules, StatisticChangePercent) {
  StatisticChange s;
  s.from_values = {0};
  s.to_values = {5};
  EXPECT_TRUE(std::isinf(statistic_change_percent(s)));
  s.from_values = {120000};
  s.to_values = {80000, 200000};
  EXPECT_NEAR(statistic_change_percent(s), 66.6667, 0.001);
  s.from_values = {};
  EXPECT_LT(statistic_change_percent(s), 0);
  s.from_values = {200};
  s.to_values = {50};
  EXPECT_NEAR(statistic_change_percent(s), 75, 1e-9);
}

TEST(PolicyRules, SectionTextChange) {
  auto changes = changes_of({eventful_report()});
  auto findings = findings_of(
      R"({"rule": "section-text-change", "severity": "warning", "percent": 50})", changes);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].section, "Prosecution");
  EXPECT_NEAR(findings[0].measured, 62, 1e-9);
  EXPECT_EQ(findings_of(R"({"rule": "section-text-change", "severity": "warning", "percent": 1})",
                        changes)
                .size(),
            2u);
  EXPECT_TRUE(
      findings_of(R"({"rule": "section-text-change", "severity": "warning", "percent": 62})",
                  changes)
          .empty());
}

TEST(PolicyRules, ReportsFilterLimitsARule) {
  ReportChange other = eventful_report();
  other.id = "burma";
  auto changes = changes_of({eventful_report(), other});
  EXPECT_EQ(findings_of(R"({"rule": "tier-downgrade", "severity": "error"})", changes).size(), 2u);
  auto only = findings_of(
      R"({"rule": "tier-downgrade", "severity": "error", "reports": ["burma"]})", changes);
  ASSERT_EQ(only.size(), 1u);
  EXPECT_EQ(only[0].report_id, "burma");
}

TEST(PolicyRules, SeverityDecidesFailure) {
  auto changes = changes_of({eventful_report()});
  auto warn =
      evaluate_policy(one_rule(R"({"rule": "tier-downgrade", "severity": "warning"})"), changes);
  EXPECT_FALSE(warn.failed());
  EXPECT_EQ(warn.warnings, 1);
  auto fail =
      evaluate_policy(one_rule(R"({"rule": "tier-downgrade", "severity": "error"})"), changes);
  EXPECT_TRUE(fail.failed());
  EXPECT_EQ(fail.errors, 1);
  auto quiet = evaluate_policy(default_policy(), changes_of({quiet_report("zambia")}));
  EXPECT_FALSE(quiet.failed());
  EXPECT_TRUE(quiet.findings.empty());
  EXPECT_EQ(quiet.reports, std::vector<std::string>{"zambia"});
}

TEST(PolicyRules, DefaultPolicyFailsOnDowngradeAndWarnsOnTheRest) {
  auto result = evaluate_policy(default_policy(), changes_of({eventful_report()}));
  EXPECT_TRUE(result.failed());
  // tier-downgrade + tier-contradiction are errors; recommendation, section,
  // statistic (66.7% > 50%) and section text (62% > 50%) are warnings.
  EXPECT_EQ(result.errors, 2);
  EXPECT_EQ(result.warnings, 4);
}

TEST(PolicyParse, RejectsUnknownRuleNamingTheField) {
  std::string message = policy_error(
      R"({"rules": [{"rule": "tier-change", "severity": "error"},
                    {"rule": "report-missing", "severity": "error"},
                    {"rule": "tier-dowgrade", "severity": "error"}]})");
  EXPECT_EQ(message.rfind("policy.json: rules[2].rule: unknown rule 'tier-dowgrade' (known: "
                          "tier-downgrade, tier-change, ",
                          0),
            0u)
      << message;
}

TEST(PolicyParse, RejectsMalformedPolicies) {
  struct Case {
    const char* text;
    const char* expected;
  };
  const Case cases[] = {
      {"{\"rules\": [", "policy.json: not valid JSON at byte"},
      {"[]", "policy.json: policy: must be a JSON object"},
      {"{}", "policy.json: rules: missing"},
      {R"({"rules": {}})", "policy.json: rules: must be an array of rules, not an object"},
      {R"({"rules": [], "rulez": 1})", "policy.json: rulez: unknown field"},
      {R"({"format": "yoy.policy/9", "rules": []})", "policy.json: format: must be"},
      {R"({"rules": [3]})", "policy.json: rules[0]: must be an object, not a number"},
      {R"({"rules": [{"severity": "error"}]})", "policy.json: rules[0].rule: missing"},
      {R"({"rules": [{"rule": 7, "severity": "error"}]})",
       "policy.json: rules[0].rule: must be a string, not a number"},
      {R"({"rules": [{"rule": "tier-change"}]})", "policy.json: rules[0].severity: missing"},
      {R"({"rules": [{"rule": "tier-change", "severity": "fatal"}]})",
       "policy.json: rules[0].severity: unknown severity 'fatal' (known: error, warning)"},
      {R"({"rules": [{"rule": "statistic-change", "severity": "error"}]})",
       "policy.json: rules[0].percent: missing"},
      {R"({"rules": [{"rule": "statistic-change", "severity": "error", "percent": "50"}]})",
       "policy.json: rules[0].percent: must be a number, not a string"},
      {R"({"rules": [{"rule": "statistic-change", "severity": "error", "percent": -1}]})",
       "policy.json: rules[0].percent: must be 0 or more"},
      {R"({"rules": [{"rule": "tier-change", "severity": "error", "percent": 5}]})",
       "policy.json: rules[0].percent: rule 'tier-change' takes no threshold"},
      {R"({"rules": [{"rule": "tier-change", "severity": "error", "reports": "x"}]})",
       "policy.json: rules[0].reports: must be an array"},
      {R"({"rules": [{"rule": "tier-change", "severity": "error", "reports": [""]}]})",
       "policy.json: rules[0].reports[0]: must be a non-empty report id"},
      {R"({"rules": [{"rule": "tier-change", "severity": "error", "sevrity": "x"}]})",
       "policy.json: rules[0].sevrity: unknown field"},
  };
  for (const Case& c : cases) {
    std::string message = policy_error(c.text);
    EXPECT_EQ(message.rfind(c.expected, 0), 0u) << c.text << "\n  gave: " << message;
    EXPECT_EQ(message.find('\n'), std::string::npos) << "one line: " << message;
  }
}

TEST(PolicyParse, AcceptsAFullPolicy) {
  Policy policy = parse_policy(R"({
    "format": "yoy.policy/1",
    "description": "gate for the TIP report",
    "rules": [
      {"rule": "tier-downgrade", "severity": "error", "description": "no silent downgrades"},
      {"rule": "statistic-change", "severity": "warning", "percent": 25.5, "reports": ["a", "b"]}
    ]})",
                               "p.json");
  ASSERT_EQ(policy.rules.size(), 2u);
  EXPECT_EQ(policy.source, "p.json");
  EXPECT_EQ(policy.rules[1].kind, RuleKind::statistic_change);
  EXPECT_EQ(policy.rules[1].severity, Severity::warning);
  EXPECT_DOUBLE_EQ(policy.rules[1].percent, 25.5);
  EXPECT_EQ(policy.rules[1].reports, (std::vector<std::string>{"a", "b"}));
}

TEST(PolicyParse, LoadPolicyReportsMissingFile) {
  EXPECT_THROW(load_policy("/nonexistent/policy.json"), InputError);
}

// ---- output ----

namespace {

struct Annotation {
  std::string command;
  std::map<std::string, std::string> properties;
  std::string message;
};

std::string github_unescape(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size()) {
      out += static_cast<char>(std::stoi(text.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

// Parses "::command key=value,key=value::message" lines the way the runner does.
std::vector<Annotation> parse_annotations(const std::string& output) {
  std::vector<Annotation> annotations;
  std::istringstream lines(output);
  std::string line;
  while (std::getline(lines, line)) {
    EXPECT_EQ(line.rfind("::", 0), 0u) << "not a workflow command: " << line;
    auto end = line.find("::", 2);
    EXPECT_NE(end, std::string::npos) << line;
    Annotation a;
    std::string head = line.substr(2, end - 2);
    a.message = github_unescape(line.substr(end + 2));
    auto space = head.find(' ');
    a.command = head.substr(0, space);
    if (space != std::string::npos) {
      std::istringstream props(head.substr(space + 1));
      std::string prop;
      while (std::getline(props, prop, ',')) {
        auto eq = prop.find('=');
        a.properties[prop.substr(0, eq)] = github_unescape(prop.substr(eq + 1));
      }
    }
    annotations.push_back(a);
  }
  return annotations;
}

}  // namespace

TEST(CheckOutput, GithubEscaping) {
  EXPECT_EQ(github_escape_data("50% a\r\nb: c, d"), "50%25 a%0D%0Ab: c, d");
  EXPECT_EQ(github_escape_property("50% a\nb: c, d"), "50%25 a%0Ab%3A c%2C d");
}

TEST(CheckOutput, GithubAnnotationsParseBack) {
  ReportChange report = eventful_report();
  report.id = "korea,north:dprk";  // property separators inside a value
  report.lists[0].items[0].from = "Stop 100% of\nforced labor, now: all of it.";
  auto changes = changes_of({report});
  Policy policy = default_policy();
  CheckResult result = evaluate_policy(policy, changes);
  auto annotations = parse_annotations(render_check_github(policy, result));
  ASSERT_EQ(annotations.size(), result.findings.size() + 1);
  EXPECT_EQ(annotations[0].command, "error");
  EXPECT_EQ(annotations[0].properties["title"], "yoy tier-downgrade (korea,north:dprk)");
  EXPECT_EQ(annotations[0].message,
            "korea,north:dprk: tier downgraded: Tier 2 Watch List → Tier 3");
  bool saw_recommendation = false;
  for (auto& a : annotations)
    if (a.properties["title"] == "yoy recommendation-removed (korea,north:dprk)") {
      saw_recommendation = true;
      EXPECT_EQ(a.command, "warning");
      EXPECT_NE(a.message.find("\"Stop 100% of\nforced labor, now: all of it.\""),
                std::string::npos)
          << a.message;
    }
  EXPECT_TRUE(saw_recommendation);
  EXPECT_EQ(annotations.back().command, "notice");
  EXPECT_NE(annotations.back().message.find("FAIL: 2 errors, 4 warnings"), std::string::npos);
}

TEST(CheckOutput, XmlEscaping) {
  EXPECT_EQ(xml_escape("a<b>&\"'"), "a&lt;b&gt;&amp;&quot;&apos;");
  EXPECT_EQ(xml_escape(std::string("x\x01y")), "x\xEF\xBF\xBDy");
  EXPECT_EQ(xml_escape("line\nnext"), "line&#10;next");
}

TEST(CheckOutput, JunitIsWellFormedAndHasOneCasePerRuleAndReport) {
  if (std::system("python3 -c 'import xml.etree.ElementTree' >/dev/null 2>&1") != 0)
    GTEST_SKIP() << "python3 with xml.etree is needed to parse the JUnit XML back";
  ReportChange report = eventful_report();
  report.title = "Korea <North> & \"friends\"";
  report.lists[0].items[0].from = "Stop <forced> labor & \x02 abuse ]]> now";
  auto changes = changes_of({report, quiet_report("zambia")});
  Policy policy = default_policy();
  CheckResult result = evaluate_policy(policy, changes);
  fs::path xml = fs::temp_directory_path() / ("yoy-junit-" + std::to_string(::getpid()) + ".xml");
  write_file_atomic(xml.string(), render_check_junit(policy, result));
  auto parsed = test::run_command({"/usr/bin/env", "python3",
                                   std::string(YOY_SOURCE_DIR) + "/tests/support/junit_summary.py",
                                   xml.string()});
  fs::remove(xml);
  ASSERT_EQ(parsed.exit_code, 0) << parsed.out << parsed.err;
  std::istringstream lines(parsed.out);
  std::string line;
  std::getline(lines, line);
  // 7 rules × 2 reports; failures: tier-downgrade and tier-contradiction on north-korea.
  EXPECT_EQ(line, "suite 14 2");
  std::vector<std::string> cases;
  while (std::getline(lines, line)) cases.push_back(line);
  ASSERT_EQ(cases.size(), 14u);
  EXPECT_EQ(
      cases[0],
      "case tip.north-korea|tier-downgrade|failure|tier downgraded: Tier 2 Watch List → Tier 3");
  EXPECT_EQ(cases[1], "case tip.zambia|tier-downgrade|ok|");
  bool saw_escaped = false;
  for (const auto& c : cases)
    if (c.rfind("case tip.north-korea|recommendation-removed|warning|", 0) == 0) {
      saw_escaped = true;
      EXPECT_NE(c.find("Stop <forced> labor & \xEF\xBF\xBD abuse ]]> now"), std::string::npos) << c;
    }
  EXPECT_TRUE(saw_escaped);
  EXPECT_NE(std::find(cases.begin(), cases.end(), "case tip.zambia|statistic-change over 50%|ok|"),
            cases.end());
}

TEST(CheckOutput, TextSaysWhatFiredAndTheVerdict) {
  auto changes = changes_of({eventful_report()});
  Policy policy = default_policy();
  CheckResult result = evaluate_policy(policy, changes);
  std::string plain = render_check_text(policy, result, false);
  EXPECT_NE(plain.find("yoy check tip/2024 → tip/2025\n"), std::string::npos) << plain;
  EXPECT_NE(plain.find("error   north-korea: tier downgraded: Tier 2 Watch List → Tier 3 "
                       "[tier-downgrade]"),
            std::string::npos)
      << plain;
  EXPECT_NE(plain.find("statistic changed by 66.7% (over 50%) in Trafficking Profile"),
            std::string::npos);
  EXPECT_NE(plain.find("FAIL: 2 errors, 4 warnings"), std::string::npos);
  EXPECT_EQ(plain.find("\x1b["), std::string::npos);
  std::string coloured = render_check_text(policy, result, true);
  EXPECT_NE(coloured.find("\x1b[31merror"), std::string::npos);

  changes.reversed = true;
  EXPECT_NE(render_check_text(policy, evaluate_policy(policy, changes), false)
                .find("(reversed: FROM is later than TO)"),
            std::string::npos);
}

TEST(CheckOutput, FormatNames) {
  EXPECT_EQ(check_format_from_name("github"), CheckFormat::github);
  EXPECT_EQ(check_format_from_name("junit"), CheckFormat::junit);
  EXPECT_THROW(check_format_from_name("md"), InputError);
}
