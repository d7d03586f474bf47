// The JSON renderer: the yoy.changes/2 contract's shape, deterministic bytes,
// and the format names the CLI accepts.
#include "yoy/render/render.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/doc_builder.h"
#include "support/stage_inputs.h"
#include "yoy/tally/count.h"

using yoy::ReportChange;
using yoy::testing::make_document;
using yoy::testing::SectionSpec;

namespace {

const std::string kP1 =
    "The government did not report any trafficking-related law enforcement efforts.";
const std::string kP2 =
    "Government authorities did not report identifying any victims or providing protective "
    "services. Authorities penalized trafficking victims for unlawful acts.";
const std::string kP3 =
    "The DPRK holds an estimated 80,000 to 120,000 persons in political prison camps. In many "
    "cases, these prisoners have not been charged with a crime.";
const std::string kP4 =
    "Political repression and economic deprivation prompted North Koreans to flee.";

std::vector<SectionSpec> base_sections() {
  return {
      {"PROSECUTION", {kP1, kP2}},
      {"TRAFFICKING PROFILE:", {kP3, kP4}},
      {"PRIORITIZED RECOMMENDATIONS:",
       {"End the use of state-sponsored forced labor.",
        "Criminalize sex trafficking and labor trafficking.", "Accede to the 2000 UN TIP Protocol.",
        "Provide assistance to victims exploited in the DPRK."},
       true}};
}

ReportChange diff(const yoy::Document& a, const yoy::Document& b) {
  return yoy::test::diffed(&a, &b);
}

}  // namespace

TEST(RenderJson, ContractShapeAndDeterminism) {
  auto specs = base_sections();
  auto a = make_document("x", "", specs);
  specs[0].blocks.push_back("A new paragraph about nothing in particular.");
  auto b = make_document("x", "", specs);
  yoy::ChangeSet changes;
  changes.from = {"tip", 2024, ""};
  changes.to = {"tip", 2025, ""};
  changes.reports.push_back(diff(a, b));
  yoy::summarize(changes);
  std::string json = yoy::render_json(changes);
  EXPECT_EQ(json, yoy::render_json(changes));
  EXPECT_NE(json.find("\"format\": \"yoy.changes/2\""), std::string::npos);
  EXPECT_NE(json.find("\"rating\": null"), std::string::npos);
  EXPECT_EQ(json.find("\"coarse\""), std::string::npos);
  EXPECT_EQ(json.find("\"stated\""), std::string::npos);
  EXPECT_NE(json.find("\"blocks_added\": 1"), std::string::npos);
  EXPECT_NE(json.find("{\n              \"change\": \"added\",\n              \"to\": \"A new"),
            std::string::npos)
      << json;
}

// Each statistic entry says what it measures, of whom, for which periods and how
// it changed (the summary paragraph, 2023 → 2024).
TEST(RenderJson, StatisticsCarryTheirIdentity) {
  auto a = make_document("x", "",
                         {{"PROSECUTION",
                           {"The government reported investigating 31 "
                            "suspected traffickers, compared with 20 "
                            "investigations the previous year."}}});
  auto b = make_document("x", "",
                         {{"PROSECUTION",
                           {"The government reported investigating 48 "
                            "suspected traffickers, compared with 33 "
                            "investigations the previous year."}}});
  a.year = 2023;
  b.year = 2024;
  yoy::ChangeSet changes;
  changes.reports.push_back(diff(a, b));
  yoy::summarize(changes);
  const nlohmann::json j = nlohmann::json::parse(yoy::render_json(changes));
  const auto& stats = j["reports"][0]["statistics"];
  ASSERT_EQ(stats.size(), 2u) << stats.dump(2);
  EXPECT_EQ(stats[0]["change"], "changed");
  EXPECT_EQ(stats[0]["measure"], "investigations");
  EXPECT_TRUE(stats[0]["subject"].is_null());
  EXPECT_EQ(stats[0]["from_period"], "2022");
  EXPECT_EQ(stats[0]["to_period"], "2023");
  EXPECT_EQ(stats[0]["delta"], 17);
  EXPECT_EQ(stats[1]["change"], "restated");
  EXPECT_EQ(stats[1]["from_period"], "2022");
  EXPECT_EQ(stats[1]["to_period"], "2022");
  EXPECT_EQ(stats[1]["from"], "31");
  EXPECT_EQ(stats[1]["to"], "33");
  EXPECT_EQ(j["summary"]["statistics_changed"], 2);  // changed and restated alike
}

TEST(RenderJson, FormatNames) {
  EXPECT_EQ(yoy::format_from_name("json"), yoy::Format::json);
  EXPECT_EQ(yoy::format_from_name("markdown"), yoy::Format::md);
  EXPECT_THROW(yoy::format_from_name("pdf"), std::exception);
}

// render_json writes each report on its own and the document around them
// (so edition diffs can render in their workers): the joins must give exactly
// what a JSON library prints for the whole document, with 0, 1 and 3 reports.
TEST(RenderJson, PiecesJoinIntoTheWholeDocument) {
  auto specs = base_sections();
  auto a = make_document("x", "Tier 2", specs);
  specs[0].blocks.push_back("A new paragraph about nothing in particular.");
  auto b = make_document("x", "Tier 3", specs);
  for (std::size_t n : {0u, 1u, 3u}) {
    yoy::ChangeSet changes;
    changes.from = {"tip", 2024, ""};
    changes.to = {"tip", 2025, ""};
    changes.reversed = n == 3;
    for (std::size_t i = 0; i < n; ++i) changes.reports.push_back(diff(a, b));
    yoy::summarize(changes);
    const std::string json = yoy::render_json(changes);
    EXPECT_EQ(nlohmann::ordered_json::parse(json).dump(2) + "\n", json) << n << " reports";
    std::vector<std::string> pieces;
    for (const auto& r : changes.reports) pieces.push_back(yoy::render_json_report(r));
    EXPECT_EQ(yoy::render_json_around(changes, pieces), json);
    for (const std::string& piece : pieces) EXPECT_TRUE(piece.empty()) << "pieces are consumed";
  }
}
