// `yoy check` output carries report text to terminals and CI logs: a report
// must not paint the screen, ring the bell or forge a verdict line there.
#include "yoy/render/check_output.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

using namespace yoy;

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
