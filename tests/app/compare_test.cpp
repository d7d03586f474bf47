// Real TIP history (tests/fixtures/tip-history, read by hand into expected.json):
// every stored copy reads as the oracle says (tier, where it was read, stated
// movement, recommendations, section keys), every formatting- or chrome-only
// twin compares unchanged, and every real year pair compares and checks as it
// really went (a downgrade fires tier-downgrade, a stay fires no tier rule).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "yoy/app/compare.h"
#include "yoy/parse/country_ids.h"
#include "yoy/parse/parse.h"
#include "yoy/policy/policy.h"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const fs::path kDir = fs::path(YOY_SOURCE_DIR) / "tests" / "fixtures" / "tip-history";

const json& oracle() {
  static const json expected = [] {
    std::ifstream in(kDir / "expected.json");
    return json::parse(in);
  }();
  return expected;
}

yoy::Document parse(const std::string& name) {
  return yoy::parse_file((kDir / name).string(), yoy::Profile::automatic, 1u << 20);
}

std::string squeeze(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

const yoy::Section* recommendations(const yoy::Document& d) {
  for (const auto& s : d.sections)
    if (s.is_list) return &s;
  return nullptr;
}

TEST(TipHistory, EveryCopyReadsAsTheOracleSays) {
  int files = 0;
  for (const auto& [name, e] : oracle()["files"].items()) {
    SCOPED_TRACE(name);
    ++files;
    const yoy::Document d = parse(name);
    EXPECT_EQ(d.profile, "tip");
    const std::string tier = e["tier"].is_null() ? "" : e["tier"].get<std::string>();
    EXPECT_EQ(d.rating.value, tier);
    if (!tier.empty()) {
      EXPECT_EQ(d.rating.source, e["tier_source"].get<std::string>());
    }
    const std::string stated = e["stated"].is_null() ? "" : e["stated"].get<std::string>();
    EXPECT_EQ(yoy::stated_name(d.rating.stated), stated);
    // The section keys past the opening assessment ("summary").
    std::vector<std::string> keys;
    for (const auto& s : d.sections)
      if (s.key != "summary") keys.push_back(s.key);
    EXPECT_EQ(keys, e["sections"].get<std::vector<std::string>>());
    // Recommendations: the whole list where the copy holds it, else the items it holds.
    json count = e["recommendations"];
    if (count.is_null() && e.contains("recommendations_in_copy"))
      count = e["recommendations_in_copy"];
    const yoy::Section* recs = recommendations(d);
    if (!count.is_null()) {
      ASSERT_NE(recs, nullptr);
      EXPECT_EQ(recs->blocks.size(), count.get<std::size_t>());
    }
    if (e["first_recommendation"].is_string()) {
      ASSERT_NE(recs, nullptr);
      ASSERT_FALSE(recs->blocks.empty());
      EXPECT_EQ(squeeze(recs->blocks.front().text).rfind(e["first_recommendation"], 0), 0u)
          << recs->blocks.front().text;
      EXPECT_EQ(squeeze(recs->blocks.back().text).rfind(e["last_recommendation"], 0), 0u)
          << recs->blocks.back().text;
    }
    // One id per country, whatever the copy calls it.
    EXPECT_EQ(yoy::country_slug(d.title), e["country_id"].get<std::string>()) << d.title;
  }
  EXPECT_GE(files, 60);
}

TEST(TipHistory, TwinsThatDifferOnlyInFormattingOrChromeCompareUnchanged) {
  for (const auto& twin : oracle()["twins"]) {
    const std::string a = twin[0], b = twin[1];
    SCOPED_TRACE(a + " vs " + b);
    const yoy::Comparison c = yoy::compare_files((kDir / a).string(), (kDir / b).string(),
                                                 yoy::Profile::automatic, 1u << 20, {});
    EXPECT_FALSE(c.differs);
    EXPECT_EQ(c.changes.summary.changed, 0);
  }
}

TEST(TipHistory, YearPairsCompareAndCheckAsTheyReallyWent) {
  const yoy::Policy policy = yoy::default_policy();
  int downgrades = 0;
  for (const auto& pair : oracle()["pairs"]) {
    const std::string from = pair["from"], to = pair["to"];
    SCOPED_TRACE(from + " -> " + to);
    yoy::DiffOptions options;
    options.include_unchanged = true;
    const yoy::Comparison c = yoy::compare_files((kDir / from).string(), (kDir / to).string(),
                                                 yoy::Profile::automatic, 1u << 20, options);
    ASSERT_EQ(c.changes.reports.size(), 1u);
    const auto& rating = c.changes.reports[0].rating;
    const bool old_tier = !pair["tier_from"].is_null(), new_tier = !pair["tier_to"].is_null();
    if (!old_tier && !new_tier) {
      EXPECT_FALSE(rating.has_value());
    } else {
      ASSERT_TRUE(rating.has_value());
      // Without an old tier, the movement the new copy states is the direction
      // ("was upgraded to Tier 2 Watch List"), said to come from the text.
      const bool stated = rating->stated == yoy::StatedMovement::upgraded ||
                          rating->stated == yoy::StatedMovement::downgraded;
      EXPECT_EQ(std::string(yoy::direction_name(rating->direction)),
                old_tier || stated ? pair["direction"].get<std::string>() : "new");
      EXPECT_EQ(rating->direction_stated, !old_tier && stated);
    }
    // What the gate says: a real downgrade is an error; a stay fires no tier rule.
    const int from_year = oracle()["files"][from]["year"], to_year = oracle()["files"][to]["year"];
    const yoy::CheckResult check = yoy::evaluate_policy(policy, c.changes);
    bool downgrade = false, tier_rule = false;
    for (const auto& f : check.findings) {
      downgrade = downgrade || f.rule == yoy::RuleKind::tier_downgrade;
      const bool contradiction = f.rule == yoy::RuleKind::tier_contradiction;
      // A stated movement is about the year before: across a gap it may disagree.
      if (contradiction && to_year - from_year > 1) continue;
      tier_rule = tier_rule || f.rule == yoy::RuleKind::tier_downgrade ||
                  f.rule == yoy::RuleKind::tier_change || contradiction;
    }
    if (pair["direction"] == "downgrade") {  // shown by the editions or stated by the text
      ++downgrades;
      EXPECT_TRUE(downgrade);
    } else if (pair["direction"] == "unchanged") {
      EXPECT_FALSE(tier_rule);
    }
  }
  EXPECT_GE(downgrades, 5);
}

}  // namespace
