// yoy check on real editions: the shared factbook (the downgrades its 2025
// text states fail the gate; no stay does), the corpus' Burma 2015 → 2019 (a
// downgrade, and a "remained" across missing years that is a note), and
// policies that name nothing (a mistyped report id, a rule with nothing to judge).
#include "yoy/app/check.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

#include "support/command_runner.h"
#include "support/factbook_archive.h"
#include "support/scratch_dir.h"
#include "yoy/app/edition_diff.h"
#include "yoy/archive/archive.h"
#include "yoy/util/error.h"

namespace yoy {
namespace {

EditionRef edition(const std::string& series, int year) {
  EditionRef ref{series, year, ""};
  ref.label = edition_label(ref);
  return ref;
}

std::set<std::string> ids_of(const CheckResult& result, RuleKind rule, Severity severity) {
  std::set<std::string> ids;
  for (const Finding& finding : result.findings)
    if (finding.rule == rule && finding.severity == severity) ids.insert(finding.report_id);
  return ids;
}

// One archive of the shared factbook 2021–2025 (175 reports a year) for the tests below.
class FactbookCheck : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new test::ScratchDir;
    if (!test::make_factbook_editions(*dir_ / "archive", {2021, 2022, 2023, 2024, 2025})) {
      delete dir_;
      dir_ = nullptr;
    }
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }
  void SetUp() override {
    if (!dir_) GTEST_SKIP() << "no shared factbook corpus (../shared/corpus/factbook)";
  }
  static Archive archive() { return Archive::open(*dir_ / "archive", false); }
  static test::ScratchDir* dir_;
};
test::ScratchDir* FactbookCheck::dir_ = nullptr;

// 2024 → 2025: the five reports whose 2024 entry has no tier field and whose 2025
// text says "was downgraded to Tier 2 Watch List" (Barbados, Cabo Verde, South
// Africa, Saint Lucia, Tunisia) fail the default policy, and are its
// only tier-downgrade errors; each finding says the direction is the text's.
TEST_F(FactbookCheck, TheDowngradesThe2025TextStatesFailTheGate) {
  const Archive a = archive();
  const CheckResult result =
      check_editions(a, edition("factbook", 2024), edition("factbook", 2025), default_policy());
  EXPECT_TRUE(result.failed());
  EXPECT_EQ(ids_of(result, RuleKind::tier_downgrade, Severity::error),
            (std::set<std::string>{"bb", "cv", "sf", "st", "ts"}));
  for (const Finding& finding : result.findings) {
    if (finding.rule != RuleKind::tier_downgrade) continue;
    ASSERT_TRUE(finding.rating.has_value());
    EXPECT_TRUE(finding.rating->direction_stated) << finding.report_id;
    EXPECT_EQ(finding.from, "") << finding.report_id;
    EXPECT_EQ(finding.to, "Tier 2 Watch List") << finding.report_id;
  }
  EXPECT_TRUE(ids_of(result, RuleKind::tier_contradiction, Severity::error).empty());
}

// Every consecutive pair of 2021–2025: each report whose new text states a
// downgrade fails the gate (unless the old entry said the same word for word of
// the same tier: carried over, no news), and no report the texts and tiers
// show staying (same tier both years, stated "remained" or nothing) fires a tier error.
TEST_F(FactbookCheck, EveryStatedDowngradeFailsAndNoStayDoes) {
  const Archive a = archive();
  int stated_downgrades = 0, stays = 0, carried = 0;
  for (int year = 2021; year < 2025; ++year) {
    const EditionRef from = edition("factbook", year), to = edition("factbook", year + 1);
    DiffOptions options;
    options.include_unchanged = true;
    const ChangeSet changes = diff_editions(a, from, to, {}, options);
    const CheckResult result = check_editions(a, from, to, default_policy());
    std::set<std::string> tier_errors = ids_of(result, RuleKind::tier_downgrade, Severity::error);
    for (const std::string& id : ids_of(result, RuleKind::tier_contradiction, Severity::error))
      tier_errors.insert(id);
    for (const ReportChange& report : changes.reports) {
      if (!report.rating) continue;
      const RatingChange& r = *report.rating;
      const bool stay = r.direction == Direction::unchanged &&
                        (r.stated == StatedMovement::remained || r.stated == StatedMovement::none);
      const bool carried_over = r.direction == Direction::unchanged &&
                                r.stated == StatedMovement::downgraded && !r.stated_contradicts;
      if (stay || carried_over) {
        EXPECT_FALSE(tier_errors.count(report.id)) << report.id << " " << year << " stays";
        stays += stay;
        carried += carried_over;
      }
      if (r.stated == StatedMovement::downgraded && !carried_over) {
        EXPECT_TRUE(tier_errors.count(report.id))
            << report.id << " " << year << " states a downgrade";
        ++stated_downgrades;
      }
    }
  }
  // Known from the corpus: 2021 → 2022 carries five statements over unchanged
  // (Guinea, Macau, Mauritania, Niue, Senegal: four "downgraded", one "upgraded").
  EXPECT_GE(stated_downgrades, 20);
  EXPECT_GE(stays, 40);
  EXPECT_EQ(carried, 4);
}

// The 2024 → 2025 ChangeSet itself: the five are downgrades, said to come from the text.
TEST_F(FactbookCheck, TheDiffCallsAStatedDowngradeADowngrade) {
  const Archive a = archive();
  const ChangeSet changes =
      diff_editions(a, edition("factbook", 2024), edition("factbook", 2025), {"bb", "bx"}, {});
  ASSERT_EQ(changes.reports.size(), 2u);
  const RatingChange& barbados = *changes.reports[0].rating;
  EXPECT_EQ(barbados.direction, Direction::downgrade);
  EXPECT_TRUE(barbados.direction_stated);
  EXPECT_EQ(barbados.stated, StatedMovement::downgraded);
  const RatingChange& brunei = *changes.reports[1].rating;  // Tier 3 → Tier 2 Watch List
  EXPECT_EQ(brunei.direction, Direction::upgrade);
  EXPECT_FALSE(brunei.direction_stated);
}

// A policy naming a report neither edition has is refused, with the closest id.
TEST_F(FactbookCheck, APolicyNamingAnUnknownReportIsRefused) {
  const Archive a = archive();
  const Policy policy = parse_policy(
      R"({"rules": [{"rule": "tier-downgrade", "severity": "error", "reports": ["bx", "bbb"]}]})",
      "policy.json");
  try {
    check_editions(a, edition("factbook", 2024), edition("factbook", 2025), policy);
    FAIL() << "a policy naming no report passed";
  } catch (const InputError& e) {
    const std::string message = e.what();
    EXPECT_NE(message.find("policy.json: rules[0].reports[1]: no report 'bbb' in factbook/2024 or "
                           "factbook/2025; did you mean 'bb'?"),
              std::string::npos)
        << message;
  }
}

// A rule of a policy file with nothing to judge in either edition (the factbook
// has no ranked lists) could never fire: refused, not passed. The built-in
// policy, written for any series, is not.
TEST_F(FactbookCheck, APolicyRuleWithNothingToJudgeIsRefused) {
  const Archive a = archive();
  const Policy policy = parse_policy(
      R"({"rules": [{"rule": "tier-downgrade", "severity": "error"},
                    {"rule": "recommendation-removed", "severity": "error"}]})",
      "policy.json");
  try {
    check_editions(a, edition("factbook", 2024), edition("factbook", 2025), policy);
    FAIL() << "a rule with nothing to judge passed";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("policy.json: rules[1] (recommendation-removed): no "
                                         "report of factbook/2024 or factbook/2025 has a ranked "
                                         "list"),
              std::string::npos)
        << e.what();
  }
  // Limited to reports that have no tier field in either year: no rating to judge.
  const Policy unrated = parse_policy(
      R"({"rules": [{"rule": "tier-downgrade", "severity": "error", "reports": ["us"]}]})",
      "policy.json");
  EXPECT_THROW(check_editions(a, edition("factbook", 2024), edition("factbook", 2025), unrated),
               InputError);
  EXPECT_NO_THROW(
      check_editions(a, edition("factbook", 2024), edition("factbook", 2025), default_policy()));
}

// The shipped corpus: Burma was Tier 2 Watch List in 2015, and the 2019 text says
// it "remained on Tier 3" (it was downgraded in 2018, a year the corpus lacks):
// a downgrade error, and the contradiction only a note.
TEST(CorpusCheck, Burma2015To2019IsADowngradeAndNoContradiction) {
  test::ScratchDir dir;
  const auto ingest = test::run_command({YOY_EXE, "-q", "--archive", dir / "archive", "ingest",
                                         std::string(YOY_SOURCE_DIR) + "/corpus"});
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  const Archive a = Archive::open(dir / "archive", false);
  const CheckResult result =
      check_editions(a, edition("tip", 2015), edition("tip", 2019), default_policy());
  EXPECT_TRUE(ids_of(result, RuleKind::tier_downgrade, Severity::error).count("burma"));
  EXPECT_TRUE(ids_of(result, RuleKind::tier_contradiction, Severity::error).empty());
  EXPECT_EQ(ids_of(result, RuleKind::tier_contradiction, Severity::note),
            std::set<std::string>{"burma"});
  for (const Finding& finding : result.findings)
    if (finding.rule == RuleKind::tier_contradiction) {
      ASSERT_TRUE(finding.rating.has_value());
      EXPECT_EQ(finding.rating->skipped_from, 2016);
      EXPECT_EQ(finding.rating->skipped_to, 2018);
    }
  EXPECT_EQ(result.notes, 1);
}

}  // namespace
}  // namespace yoy
