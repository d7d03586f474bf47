// The rules `yoy check` applies to a ChangeSet: each fires exactly when it should.
#include <gtest/gtest.h>

#include <cmath>

#include "support/sample_changes.h"
#include "yoy/policy/policy.h"

using namespace yoy;
using yoy::testing::changes_of;
using yoy::testing::eventful_report;
using yoy::testing::quiet_report;

namespace {

Policy one_rule(const std::string& rule_json) {
  return parse_policy("{\"rules\": [" + rule_json + "]}", "test-policy.json");
}

std::vector<Finding> findings_of(const std::string& rule_json, const ChangeSet& changes) {
  return evaluate_policy(one_rule(rule_json), changes).findings;
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
  upgraded.rating =
      RatingChange{"tier", "Tier 3", "Tier 2", Direction::upgrade, StatedMovement::none, false};
  EXPECT_TRUE(
      findings_of(R"({"rule": "tier-downgrade", "severity": "error"})", changes_of({upgraded}))
          .empty());
}

TEST(PolicyRules, TierChangeFiresEitherWayButNotWhenEqual) {
  ReportChange upgraded = eventful_report();
  upgraded.rating =
      RatingChange{"tier", "Tier 3", "Tier 2", Direction::upgrade, StatedMovement::none, false};
  const char* rule = R"({"rule": "tier-change", "severity": "warning"})";
  EXPECT_EQ(findings_of(rule, changes_of({upgraded})).size(), 1u);
  EXPECT_EQ(findings_of(rule, changes_of({eventful_report()})).size(), 1u);
  EXPECT_TRUE(findings_of(rule, changes_of({quiet_report("a")})).empty());
  ReportChange added = eventful_report();
  added.change = Change::added;
  added.rating =
      RatingChange{"tier", "", "Tier 2", Direction::new_rating, StatedMovement::none, false};
  EXPECT_TRUE(findings_of(rule, changes_of({added})).empty())
      << "a new report is not a tier change";
}

TEST(PolicyRules, TierContradiction) {
  const char* rule = R"({"rule": "tier-contradiction", "severity": "error"})";
  auto findings = findings_of(rule, changes_of({eventful_report()}));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].context, "upgraded");
  ReportChange consistent = eventful_report();
  consistent.rating->stated = StatedMovement::downgraded;
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

// The policy applies the engine's one measure of a change (StatisticChange::percent),
// unsigned; from 0 (a delta, no percent) any change counts as infinite.
TEST(PolicyRules, StatisticChangePercent) {
  StatisticChange s;
  s.from_values = {0};
  s.to_values = {5};
  s.delta = 5;
  EXPECT_TRUE(std::isinf(statistic_change_percent(s)));
  s.delta = 0;
  EXPECT_EQ(statistic_change_percent(s), 0);
  s.percent = 66.6667;
  s.delta = 80000;
  EXPECT_NEAR(statistic_change_percent(s), 66.6667, 0.001);
  s.percent = -75;
  EXPECT_NEAR(statistic_change_percent(s), 75, 1e-9);
  s.percent.reset();
  s.delta.reset();  // vague, or values that do not pair
  EXPECT_LT(statistic_change_percent(s), 0);
}

// "prosecutions or convictions falling by more than 30%": a rule names measures
// and a direction.
TEST(PolicyRules, StatisticChangeNamesMeasuresAndDirection) {
  ReportChange report = eventful_report();
  StatisticChange convictions;
  convictions.section = "Prosecution";
  convictions.change = Change::changed;
  convictions.measure = "convictions";
  convictions.from = "nine";
  convictions.to = "six";
  convictions.from_values = {9};
  convictions.to_values = {6};
  convictions.delta = -3;
  convictions.percent = -100.0 / 3;
  StatisticChange prosecutions = convictions;
  prosecutions.measure = "prosecutions";
  prosecutions.delta = 3;
  prosecutions.percent = 50;
  report.statistics.push_back(convictions);
  report.statistics.push_back(prosecutions);
  const auto changes = changes_of({report});
  const auto falling = findings_of(
      R"({"rule": "statistic-change", "severity": "error", "percent": 30,
          "measures": ["Prosecutions", "convictions"], "direction": "down"})",
      changes);
  ASSERT_EQ(falling.size(), 1u);
  EXPECT_EQ(falling[0].measure, "convictions");
  EXPECT_NEAR(falling[0].measured, 33.333, 0.001);
  const auto rising = findings_of(
      R"({"rule": "statistic-change", "severity": "error", "percent": 30,
          "measures": ["prosecutions", "convictions"], "direction": "up"})",
      changes);
  ASSERT_EQ(rising.size(), 1u);
  EXPECT_EQ(rising[0].measure, "prosecutions");
  EXPECT_EQ(findings_of(R"({"rule": "statistic-change", "severity": "error", "percent": 30,
                            "measures": ["prosecutions", "convictions"]})",
                        changes)
                .size(),
            2u);
  // Every measure: the camps (66.7%) too.
  EXPECT_EQ(
      findings_of(R"({"rule": "statistic-change", "severity": "error", "percent": 30})", changes)
          .size(),
      3u);
  // A threshold one above what convictions fell by leaves them out.
  EXPECT_TRUE(findings_of(R"({"rule": "statistic-change", "severity": "error", "percent": 34,
                              "measures": ["convictions"]})",
                          changes)
                  .empty());
}

TEST(PolicyRules, StatisticRestated) {
  ReportChange report = eventful_report();
  StatisticChange restated;
  restated.section = "Prosecution";
  restated.change = Change::restated;
  restated.measure = "investigations";
  restated.from_period = restated.to_period = "2022";
  restated.from = "31";
  restated.to = "33";
  restated.from_values = {31};
  restated.to_values = {33};
  StatisticChange revised = restated;  // a structured report's revision is no restatement
  revised.change = Change::revised;
  report.statistics.push_back(restated);
  report.statistics.push_back(revised);
  const auto changes = changes_of({report});
  const auto found =
      findings_of(R"({"rule": "statistic-restated", "severity": "warning"})", changes);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].from, "31");
  EXPECT_EQ(found[0].to, "33");
  EXPECT_EQ(found[0].to_period, "2022");
  EXPECT_TRUE(findings_of(R"({"rule": "statistic-restated", "severity": "warning",
                              "measures": ["convictions"]})",
                          changes)
                  .empty());
  // statistic-change looks at year-over-year changes only.
  for (const auto& f :
       findings_of(R"({"rule": "statistic-change", "severity": "warning", "percent": 0})", changes))
    EXPECT_NE(f.from, "31");
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

// A renamed section's text change counts like a modified one's (its words
// changed under a new heading); an added or removed section is all new or all
// gone and has rules of its own, so it never fires here.
TEST(PolicyRules, SectionTextChangeCountsRenamedSectionsNotAddedOrRemoved) {
  ReportChange report = quiet_report("north-korea");
  report.change = Change::changed;
  SectionChange renamed;
  renamed.section = "Prevention";
  renamed.from_section = "Prevention Efforts";
  renamed.change = Change::renamed;
  renamed.text_change = 0.4;
  SectionChange added;
  added.section = "Trafficking Profile";
  added.change = Change::added;
  added.text_change = 1;
  SectionChange removed;
  removed.section = "Protection";
  removed.change = Change::removed;
  removed.text_change = 1;
  report.sections = {renamed, added, removed};
  const auto changes = changes_of({report});
  const auto findings = findings_of(
      R"({"rule": "section-text-change", "severity": "warning", "percent": 30})", changes);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].section, "Prevention");
  EXPECT_EQ(findings[0].from, "Prevention Efforts");
  EXPECT_EQ(findings[0].to, "Prevention");
  EXPECT_NEAR(findings[0].measured, 40, 1e-9);
  // 40% is not more than 40%.
  EXPECT_TRUE(
      findings_of(R"({"rule": "section-text-change", "severity": "warning", "percent": 40})",
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
