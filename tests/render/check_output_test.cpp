// yoy check's output: text, GitHub annotations and JUnit XML say what fired.
#include "yoy/render/check_output.h"

#include <gtest/gtest.h>

#include <unistd.h>
#include "support/text_lines.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <sstream>

#include "render/render_escape.h"
#include "support/command_runner.h"
#include "support/sample_changes.h"
#include "yoy/policy/policy.h"
#include "yoy/util/error.h"
#include "yoy/util/files.h"

namespace fs = std::filesystem;
using namespace yoy;
using yoy::testing::changes_of;
using yoy::testing::eventful_report;
using yoy::testing::quiet_report;

namespace {

using yoy::test::lines;

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
  EXPECT_EQ(escape_xml("a<b>&\"'"), "a&lt;b&gt;&amp;&quot;&apos;");
  EXPECT_EQ(escape_xml(std::string("x\x01y")), "x\\x01y");  // shown, as printable() does
  EXPECT_EQ(escape_xml("line\nnext"), "line&#10;next");
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
  // 8 rules × 2 reports; failures: tier-downgrade and tier-contradiction on north-korea.
  EXPECT_EQ(line, "suite 16 2");
  std::vector<std::string> cases;
  while (std::getline(lines, line)) cases.push_back(line);
  ASSERT_EQ(cases.size(), 16u);
  EXPECT_EQ(
      cases[0],
      "case tip.north-korea|tier-downgrade|failure|tier downgraded: Tier 2 Watch List → Tier 3");
  EXPECT_EQ(cases[1], "case tip.zambia|tier-downgrade|ok|");
  bool saw_escaped = false;
  for (const auto& c : cases)
    if (c.rfind("case tip.north-korea|recommendation-removed|warning|", 0) == 0) {
      saw_escaped = true;
      EXPECT_NE(c.find("Stop <forced> labor & \\x02 abuse ]]> now"), std::string::npos) << c;
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
  // The statistic named by its measure, the figures by their periods when known.
  EXPECT_NE(plain.find("persons changed by 66.7% (over 50%) in Trafficking Profile: 80,000 to "
                       "120,000 → 80,000 to 200,000"),
            std::string::npos)
      << plain;
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

// ---- report text reaches terminals and CI logs inert (#17 item 9) ----------

namespace {

const std::string kHostile = "\x1b[2J\x1b[32mOK: 0 errors\x07\nOK: 0 errors\xe2\x80\xae";

CheckResult hostile_result() {
  CheckResult result;
  result.from = {"tip", 2024, ""};
  result.to = {"tip", 2025, ""};
  Finding finding;
  finding.rule = RuleKind::recommendation_removed;
  finding.severity = Severity::error;
  finding.report_id = "north-korea\x1b]0;title\x07";
  finding.section = "PRIORITIZED RECOMMENDATIONS:\x1b[8m";
  finding.from = kHostile;
  result.findings.push_back(finding);
  Finding statistic;
  statistic.rule = RuleKind::statistic_change;
  statistic.severity = Severity::warning;
  statistic.report_id = "north-korea";
  statistic.from = "80,000";
  statistic.to = "200,000\x1b[0m";
  statistic.context = kHostile;
  statistic.measured = 150;
  statistic.threshold = 50;
  result.findings.push_back(statistic);
  result.errors = 1;
  result.warnings = 1;
  result.reports = {"north-korea"};
  return result;
}

bool has_raw_controls(const std::string& text, bool allow_color) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n' || c == '\t') continue;
    if (c == 0x1b && allow_color) continue;  // our own colours are checked separately
    if (c < 0x20 || c == 0x7f) return true;
    if (text.compare(i, 3, "\xe2\x80\xae") == 0) return true;
  }
  return false;
}

}  // namespace

TEST(CheckOutput, TextShowsHostileReportTextInertAndOnItsLine) {
  const Policy policy = default_policy();
  const std::string out = render_check_text(policy, hostile_result(), false);
  EXPECT_FALSE(has_raw_controls(out, false)) << out;
  // Exactly one verdict line, the real one, and it is last.
  std::size_t verdicts = 0;
  for (std::size_t at = out.find("\nOK: "); at != std::string::npos;
       at = out.find("\nOK: ", at + 1))
    ++verdicts;
  for (std::size_t at = out.find("\nFAIL: "); at != std::string::npos;
       at = out.find("\nFAIL: ", at + 1))
    ++verdicts;
  EXPECT_EQ(verdicts, 1u) << out;
  EXPECT_NE(out.find("\nFAIL: 1 error, 1 warning\n"), std::string::npos) << out;
  EXPECT_NE(out.find("\\x1b[2J\\x1b[32mOK: 0 errors\\x07 OK: 0 errors\\u202e"), std::string::npos)
      << out;
  // With colour, the only escapes are yoy's own SGR codes.
  const std::string colored = render_check_text(policy, hostile_result(), true);
  for (std::size_t at = colored.find('\x1b'); at != std::string::npos;
       at = colored.find('\x1b', at + 1)) {
    const std::string code = colored.substr(at, 5);
    EXPECT_TRUE(code.rfind("\x1b[31m", 0) == 0 || code.rfind("\x1b[33m", 0) == 0 ||
                code.rfind("\x1b[1m", 0) == 0 || code.rfind("\x1b[0m", 0) == 0)
        << "foreign escape at " << at << ": " << colored.substr(at, 12);
  }
}

TEST(CheckOutput, GithubAnnotationsCarryNoControls) {
  const std::string out = render_check_github(default_policy(), hostile_result());
  EXPECT_FALSE(has_raw_controls(out, false)) << out;
  EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 3) << "two annotations and the notice";
  // A line break inside a message is GitHub's escape, never a raw one.
  EXPECT_NE(out.find("\\x07%0AOK: 0 errors\\u202e"), std::string::npos) << out;
  for (std::size_t start = 0; start < out.size();) {
    const std::size_t end = out.find('\n', start);
    EXPECT_EQ(out.compare(start, 2, "::"), 0) << out.substr(start, end - start);
    start = end + 1;
  }
}

// ---- at scale: grouped text, bounded annotations, the job summary ----

namespace yoy {
namespace {

// 2 tier downgrades (errors) and 15 removed recommendations (warnings).
struct Sample {
  Policy policy = default_policy();
  CheckResult result;
  Sample() {
    result.from = {"tip", 2024, "tip/2024"};
    result.to = {"tip", 2025, "tip/2025"};
    std::size_t downgrade = 0, removed = 0;
    for (std::size_t r = 0; r < policy.rules.size(); ++r) {
      if (policy.rules[r].kind == RuleKind::tier_downgrade) downgrade = r;
      if (policy.rules[r].kind == RuleKind::recommendation_removed) removed = r;
    }
    for (int i = 0; i < 15; ++i) {  // warnings listed first on purpose: severity decides order
      Finding f;
      f.rule_index = removed;
      f.rule = RuleKind::recommendation_removed;
      f.severity = Severity::warning;
      f.report_id = "w" + std::to_string(i);
      f.section = "Prioritized Recommendations";
      f.from = "Item " + std::to_string(i) + " | with a pipe";
      result.findings.push_back(f);
      result.reports.push_back(f.report_id);
      ++result.warnings;
    }
    for (const char* id : {"e1", "e2"}) {
      Finding f;
      f.rule_index = downgrade;
      f.rule = RuleKind::tier_downgrade;
      f.severity = Severity::error;
      f.report_id = id;
      f.from = "Tier 2";
      f.to = "Tier 3";
      result.findings.push_back(f);
      result.reports.push_back(id);
      ++result.errors;
    }
    result.paths["e1"] = "tip/2025/e1.txt";
    result.paths["w0"] = "tip/2025/w0,x.txt";
  }
};

TEST(CheckOutputAtScale, TextGroupsFindingsByRuleWithCounts) {
  Sample s;
  const std::string out = render_check_text(s.policy, s.result, false);
  const std::size_t warnings = out.find("recommendation-removed: 15 warnings\n");
  const std::size_t errors = out.find("tier-downgrade: 2 errors\n");
  ASSERT_NE(warnings, std::string::npos) << out;
  ASSERT_NE(errors, std::string::npos) << out;
  EXPECT_EQ(out.find("recommendation-removed: 15 warnings", warnings + 1), std::string::npos);
  EXPECT_LT(warnings, out.find("warning w0: recommendation removed"));
  EXPECT_LT(errors, out.find("error   e1: tier downgraded: Tier 2 → Tier 3"));
  EXPECT_NE(out.find("FAIL: 2 errors, 15 warnings"), std::string::npos);
}

TEST(CheckOutputAtScale, GithubAnnotationsAreBoundedErrorsFirstWithFile) {
  Sample s;
  const std::vector<std::string> out = lines(render_check_github(s.policy, s.result, 5));
  ASSERT_EQ(out.size(), 7u);  // 5 annotations, "more" notice, verdict
  EXPECT_EQ(out[0].rfind("::error file=tip/2025/e1.txt,title=yoy tier-downgrade (e1)::e1: ", 0), 0u)
      << out[0];
  EXPECT_EQ(out[1].rfind("::error title=yoy tier-downgrade (e2)::", 0), 0u) << out[1];
  EXPECT_EQ(out[2].rfind("::warning file=tip/2025/w0%2Cx.txt,title=", 0), 0u) << out[2];
  for (int i = 3; i < 5; ++i) EXPECT_EQ(out[i].rfind("::warning ", 0), 0u);
  EXPECT_NE(out[5].find("12 more findings not shown as annotations (0 errors, 12 warnings)"),
            std::string::npos)
      << out[5];
  EXPECT_NE(out[6].find("FAIL: 2 errors, 15 warnings"), std::string::npos);
  // Under the bound: every finding, no "more" notice.
  const std::vector<std::string> all = lines(render_check_github(s.policy, s.result, 17));
  EXPECT_EQ(all.size(), 18u);
  EXPECT_EQ(all.back().find("more findings"), std::string::npos);
  EXPECT_EQ(lines(render_check_github(s.policy, s.result, 16)).size(), 18u);  // 16 + more + verdict
}

TEST(CheckOutputAtScale, StepSummaryCountsRulesAndListsFindings) {
  Sample s;
  const std::string md = render_check_step_summary(s.policy, s.result, 3);
  EXPECT_EQ(md.rfind("## yoy check tip/2024 → tip/2025\n\n**FAIL: 2 errors, 15 warnings**", 0), 0u)
      << md;
  EXPECT_NE(md.find("| tier-downgrade | error | 2 |"), std::string::npos) << md;
  EXPECT_NE(md.find("| recommendation-removed | warning | 15 |"), std::string::npos);
  EXPECT_NE(md.find("| section-removed | warning | 0 |"), std::string::npos);  // every rule
  // Errors first, at most 3 rows, the rest counted; pipes in report text escaped.
  const std::size_t e1 = md.find("| error | e1 (tip/2025/e1.txt) | tier downgraded");
  ASSERT_NE(e1, std::string::npos) << md;
  EXPECT_LT(e1, md.find("| warning | w0"));
  EXPECT_NE(md.find("Item 0 \\| with a pipe"), std::string::npos);
  EXPECT_EQ(md.find("| warning | w1 "), std::string::npos);
  EXPECT_NE(md.find("14 more findings"), std::string::npos);
}

}  // namespace
}  // namespace yoy
