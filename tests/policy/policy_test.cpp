// Policy files: parse_policy / load_policy refuse what they cannot use, naming the field.
#include "yoy/policy/policy.h"

#include <gtest/gtest.h>

#include "support/scratch_dir.h"
#include "yoy/util/error.h"

using namespace yoy;

namespace {

std::string policy_error(const std::string& text) {
  try {
    parse_policy(text, "policy.json");
  } catch (const InputError& e) {
    return e.what();
  }
  return "(no error)";
}

}  // namespace

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
      {"{\"rules\": [", "policy.json: not valid JSON at line 1, column 12: syntax error"},
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
      {R"({"rules": [{"rule": "tier-change", "severity": "error", "measures": ["x"]}]})",
       "policy.json: rules[0].measures: rule 'tier-change' takes no measures"},
      {R"({"rules": [{"rule": "statistic-restated", "severity": "error", "measures": "x"}]})",
       "policy.json: rules[0].measures: must be an array of measures, not a string"},
      {R"({"rules": [{"rule": "statistic-restated", "severity": "error", "measures": [""]}]})",
       "policy.json: rules[0].measures[0]: must be a non-empty measure"},
      {R"({"rules": [{"rule": "statistic-restated", "severity": "error", "direction": "up"}]})",
       "policy.json: rules[0].direction: rule 'statistic-restated' takes no direction"},
      {R"({"rules": [{"rule": "statistic-change", "severity": "error", "percent": 5,
          "direction": "sideways"}]})",
       "policy.json: rules[0].direction: must be \"up\", \"down\" or \"either\""},
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
      {"rule": "statistic-change", "severity": "warning", "percent": 25.5, "reports": ["a", "b"]},
      {"rule": "statistic-change", "severity": "error", "percent": 30,
       "measures": ["prosecutions", "convictions"], "direction": "down"},
      {"rule": "statistic-restated", "severity": "warning", "measures": ["investigations"]}
    ]})",
                               "p.json");
  ASSERT_EQ(policy.rules.size(), 4u);
  EXPECT_EQ(policy.rules[2].measures, (std::vector<std::string>{"prosecutions", "convictions"}));
  EXPECT_EQ(policy.rules[2].direction, StatisticDirection::down);
  EXPECT_EQ(policy.rules[1].direction, StatisticDirection::either);
  EXPECT_EQ(policy.rules[3].kind, RuleKind::statistic_restated);
  EXPECT_EQ(policy.rules[3].measures, (std::vector<std::string>{"investigations"}));
  EXPECT_EQ(policy.source, "p.json");
  EXPECT_EQ(policy.rules[1].kind, RuleKind::statistic_change);
  EXPECT_EQ(policy.rules[1].severity, Severity::warning);
  EXPECT_DOUBLE_EQ(policy.rules[1].percent, 25.5);
  EXPECT_EQ(policy.rules[1].reports, (std::vector<std::string>{"a", "b"}));
}

TEST(PolicyParse, LoadPolicyReportsMissingFile) {
  EXPECT_THROW(load_policy("/nonexistent/policy.json"), InputError);
}

namespace {

std::string load_error(const std::string& path) {
  try {
    load_policy(path);
  } catch (const InputError& e) {
    return e.what();
  }
  return "(no error)";
}

}  // namespace

// Issue 21: {"rules": [...], "rules": []} ran no rule and passed. A key given
// twice is refused, saying where the second one is.
TEST(PolicyParse, DuplicateKeysAreRefusedWithWhere) {
  EXPECT_EQ(policy_error("{\"rules\": [{\"rule\": \"tier-downgrade\", \"severity\": \"error\"}],\n"
                         "  \"rules\": []}"),
            "policy.json: line 2, column 3: duplicate key \"rules\" (each field once)");
  EXPECT_EQ(
      policy_error(R"({"rules": [{"rule": "tier-change", "severity": "error", "rule": "x"}]})"),
      "policy.json: line 1, column 57: duplicate key \"rule\" (each field once)");
  EXPECT_EQ(policy_error(R"({"rules": [], "a\"b": 1, "a\"b": 2})"),
            "policy.json: line 1, column 26: duplicate key \"a\"b\" (each field once)");
  // The same key in two objects is no duplicate.
  EXPECT_EQ(policy_error(R"({"rules": [{"rule": "tier-change", "severity": "error"},
                                      {"rule": "tier-downgrade", "severity": "error"}]})"),
            "(no error)");
}

// Issue 21: "percent": 1e999 printed "internal error: [json.exception.out_of_range.406]".
TEST(PolicyParse, NumbersBeyondADoubleAreOneCleanLine) {
  EXPECT_EQ(
      policy_error(
          R"({"rules": [{"rule": "statistic-change", "severity": "error", "percent": 1e999}]})"),
      "policy.json: not valid JSON at line 1, column 73: number overflow parsing '1e999' (a "
      "policy is {\"rules\": [{\"rule\": ..., \"severity\": ...}]})");
  EXPECT_EQ(policy_error(R"({"rules": [], "description": "x"} trailing)")
                .rfind("policy.json: not valid JSON at line 1, column 37: syntax error", 0),
            0u);
}

// Issue 21: an oversized policy blamed --max-input, which does not govern it.
TEST(PolicyParse, PolicySizeLimitBothSidesNamesItsOwnLimit) {
  test::ScratchDir dir;
  const std::string head = R"({"rules": [], "description": ")";
  const std::string tail = "\"}";
  const std::string fits =
      head + std::string(kMaxPolicyBytes - head.size() - tail.size(), 'x') + tail;
  ASSERT_EQ(fits.size(), kMaxPolicyBytes);
  test::write_text(dir / "fits.json", fits);
  EXPECT_EQ(load_error(dir / "fits.json"), "(no error)");
  test::write_text(dir / "over.json", head + "x" + fits.substr(head.size()));
  EXPECT_EQ(load_error(dir / "over.json"),
            (dir / "over.json") + ": 1048577 bytes, over the 1048576-byte limit for a policy file");
}
