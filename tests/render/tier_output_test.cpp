// yoy tiers output: every format says the same table; names are escaped.
#include "yoy/render/tier_output.h"

#include <gtest/gtest.h>

#include "support/text_lines.h"

#include <nlohmann/json.hpp>

#include "yoy/app/tier_table.h"
#include "yoy/util/error.h"

namespace yoy {
namespace {

using yoy::test::column_of;
using yoy::test::lines;

TierTable sample() {
  TierTableOptions all;
  all.include_unrated = true;
  return make_tier_table(
      "tip",
      {{2017, {{"a", "Alpha, \"the first\"", "Tier 3"}, {"x", "Xylo <b>|</b>", ""}}},
       {2019,
        {{"a", "Alpha, \"the first\"", "Tier 2 Watch List"}, {"c", "Côte d'Ivoire", "Tier 1"}}},
       {2020, {{"a", "Alpha, \"the first\"", "Tier 3"}, {"c", "Côte d'Ivoire", "Tier 2"}}}},
      all);
}

TEST(TierOutput, ShortNames) {
  EXPECT_EQ(tier_short("Tier 1"), "1");
  EXPECT_EQ(tier_short("Tier 2"), "2");
  EXPECT_EQ(tier_short("Tier 2 Watch List"), "2WL");
  EXPECT_EQ(tier_short("Tier 3"), "3");
  EXPECT_EQ(tier_short("Special Case"), "SC");
}

TEST(TierOutput, TextHasOneColumnPerYearGapsAndArrows) {
  const std::vector<std::string> out = lines(render_tiers_text(sample(), false));
  ASSERT_GE(out.size(), 6u);
  EXPECT_EQ(out[0], "tip tiers 2017–2020: 3 reports");
  EXPECT_EQ(out[1], "no edition in the archive: 2018");
  EXPECT_NE(out[2].find("2017  2018  2019  2020  last change"), std::string::npos);
  // Rows in name order; columns line up whatever the bytes of the name.
  EXPECT_EQ(out[3].rfind("Alpha, \"the first\" (a)", 0), 0u) << out[3];
  EXPECT_NE(out[3].find("3     ·     2WL↑  3↓    2020"), std::string::npos) << out[3];
  EXPECT_EQ(out[4].rfind("Côte d'Ivoire (c)", 0), 0u);
  EXPECT_NE(out[4].find("      ·     1     2↓    2020"), std::string::npos) << out[4];
  EXPECT_NE(out[5].find("–     ·                 -"), std::string::npos) << out[5];
  // Columns line up on screen: the gap column sits at the same code point in every row.
  EXPECT_EQ(column_of(out[3], "·"), column_of(out[4], "·"));
  EXPECT_EQ(column_of(out[3], "·"), column_of(out[5], "·"));
  EXPECT_EQ(column_of(out[2], "2018"), column_of(out[3], "·"));
}

TEST(TierOutput, TextColourMarksMovesOnly) {
  const std::string out = render_tiers_text(sample(), true);
  EXPECT_NE(out.find("\x1b[32m2WL↑"), std::string::npos);
  EXPECT_NE(out.find("\x1b[31m3↓"), std::string::npos);
  EXPECT_EQ(render_tiers_text(sample(), false).find('\x1b'), std::string::npos);
}

TEST(TierOutput, CsvQuotesAndLeavesGapYearsOut) {
  const std::vector<std::string> out = lines(render_tiers_csv(sample()));
  ASSERT_EQ(out.size(), 4u);
  EXPECT_EQ(out[0], "id,title,last_change,2017,2019,2020");
  EXPECT_EQ(out[1], "a,\"Alpha, \"\"the first\"\"\",2020,Tier 3,Tier 2 Watch List,Tier 3");
  EXPECT_EQ(out[2], "c,Côte d'Ivoire,2020,,Tier 1,Tier 2");
  EXPECT_EQ(out[3], "x,Xylo <b>|</b>,,none,,");
}

TEST(TierOutput, JsonListsEditionYearsAndMissingOnes) {
  const nlohmann::json j = nlohmann::json::parse(render_tiers_json(sample()));
  EXPECT_EQ(j["format"], "yoy.tiers/1");
  EXPECT_EQ(j["years"], nlohmann::json::parse("[2017,2019,2020]"));
  EXPECT_EQ(j["missing_years"], nlohmann::json::parse("[2018]"));
  ASSERT_EQ(j["reports"].size(), 3u);
  const auto& a = j["reports"][0];
  EXPECT_EQ(a["id"], "a");
  EXPECT_EQ(a["last_change"], 2020);
  EXPECT_EQ(a["tiers"][1]["tier"], "Tier 2 Watch List");
  EXPECT_EQ(a["tiers"][1]["direction"], "upgrade");
  EXPECT_TRUE(a["tiers"][0]["direction"].is_null());
  EXPECT_FALSE(j["reports"][1]["tiers"][0]["present"]);
  EXPECT_TRUE(j["reports"][2]["tiers"][0]["tier"].is_null());
  EXPECT_TRUE(j["reports"][2]["last_change"].is_null());
}

TEST(TierOutput, MarkdownEscapesNames) {
  const std::string out = render_tiers_markdown(sample());
  EXPECT_NE(out.find("| Report | 2017 | 2018 | 2019 | 2020 | Last change |"), std::string::npos);
  EXPECT_NE(out.find("Xylo &lt;b&gt;\\|&lt;/b&gt;"), std::string::npos) << out;
  EXPECT_EQ(out.find("<b>"), std::string::npos);
  EXPECT_NE(out.find("| 3 | · | 2WL↑ | 3↓ | 2020 |"), std::string::npos) << out;
}

TEST(TierOutput, HtmlHeatMapEscapesAndLinks) {
  const std::string out = tier_heatmap_html(sample(), {{"c", "c.html"}});
  EXPECT_NE(out.find("<a href=\"c.html\">Côte d&#39;Ivoire</a>"), std::string::npos);
  EXPECT_EQ(out.find("<b>|"), std::string::npos);
  EXPECT_NE(out.find("Xylo &lt;b&gt;|&lt;/b&gt;"), std::string::npos);
  EXPECT_NE(out.find("<td class=\"gap\"></td>"), std::string::npos);
  EXPECT_NE(out.find("class=\"t2wl\" title=\"2019: Tier 2 Watch List (upgrade)\""),
            std::string::npos);
  EXPECT_NE(out.find("<tr data-change=\"2020\">"), std::string::npos);
  const std::string page = render_tiers_html(sample());
  EXPECT_NE(page.find("<title>Tiers tip 2017–2020</title>"), std::string::npos);
  EXPECT_NE(page.find("No edition in the archive: 2018."), std::string::npos);
  EXPECT_EQ(page.find("src="), std::string::npos) << "no external scripts";
}

// Issue 21, item 9: a title is report text; ESC, BEL and U+202E in it are
// shown ("\x1b", "\u202e") in every format but JSON (data, escaped as JSON).
TEST(TierOutput, ControlsInATitleAreShownInEveryFormat) {
  TierTableOptions all;
  all.include_unrated = true;
  const TierTable table = make_tier_table(
      "tip", {{2024, {{"kn", "Korea\x1b[2J\x07 \xe2\x80\xaeNorth", "Tier 3"}}}}, all);
  for (TableFormat format :
       {TableFormat::text, TableFormat::csv, TableFormat::md, TableFormat::html}) {
    const std::string out = render_tiers(table, format, false);
    EXPECT_EQ(out.find('\x1b'), std::string::npos) << out;
    EXPECT_EQ(out.find('\x07'), std::string::npos) << out;
    EXPECT_EQ(out.find("\xe2\x80\xae"), std::string::npos) << out;
    EXPECT_NE(out.find("u202e"), std::string::npos) << out;
  }
  EXPECT_NE(render_tiers(table, TableFormat::csv, false).find("Korea\\x1b[2J\\x07 \\u202eNorth"),
            std::string::npos);
}

TEST(TierOutput, FormatNames) {
  EXPECT_EQ(table_format_from_name("csv"), TableFormat::csv);
  EXPECT_EQ(table_format_from_name("markdown"), TableFormat::md);
  EXPECT_THROW(table_format_from_name("xml"), InputError);
}

}  // namespace
}  // namespace yoy
