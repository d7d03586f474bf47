// yoy check at scale: text grouped by rule with counts; GitHub annotations
// bounded (errors first, file= the report's path); the Markdown job summary.
#include "yoy/render/check_output.h"

#include <gtest/gtest.h>

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

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1)
    out.push_back(text.substr(start, end - start));
  return out;
}

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
