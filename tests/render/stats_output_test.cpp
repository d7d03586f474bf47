// yoy stats output: the table in every format, and charts on a true time axis.
#include "yoy/render/stats_output.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>

namespace yoy {
namespace {

StatisticsHistory sample() {
  StatisticsHistory history;
  history.series = "tip";
  history.id = "x";
  history.title = "Example <land>";
  history.years = {2015, 2016, 2020};
  StatisticSeries camps;
  camps.section = "Profile";
  camps.label = "The camps hold \"80,000\" persons, | more";
  camps.unit = "persons";
  camps.points = {
      {true, "80,000", {80000}}, {true, "120,000", {120000}}, {true, "200,000", {200000}}};
  camps.changes = 2;
  StatisticSeries boats;
  boats.section = "Profile";
  boats.label = "It counted 7 boats.";
  boats.points = {{true, "7", {7}}, {true, "7", {7}}, {false, "", {}}};
  history.rows = {camps, boats};
  return history;
}

TEST(StatsOutput, TextOneRowPerStatisticOneColumnPerEdition) {
  const std::string out = render_stats_text(sample());
  EXPECT_EQ(
      out.rfind("tip/x — Example <land>: 2 statistics in 3 editions (2015–2020), 1 changed at "
                "least once\n",
                0),
      0u)
      << out;
  EXPECT_NE(out.find("2015     2016     2020\n"), std::string::npos) << out;
  EXPECT_NE(out.find("| more           persons  80,000  120,000  200,000\n"), std::string::npos)
      << out;
  EXPECT_NE(out.find("It counted 7 boats."), std::string::npos);
}

TEST(StatsOutput, CsvJsonMarkdown) {
  const std::string csv = render_stats_csv(sample());
  EXPECT_NE(csv.find("section,statistic,unit,changes,2015,2016,2020\n"), std::string::npos);
  EXPECT_NE(csv.find("Profile,\"The camps hold \"\"80,000\"\" persons, | "
                     "more\",persons,2,\"80,000\",\"120,000\""),
            std::string::npos)
      << csv;
  EXPECT_NE(csv.find("Profile,It counted 7 boats.,,0,7,7,\n"), std::string::npos) << csv;
  const auto j = nlohmann::json::parse(render_stats_json(sample()));
  EXPECT_EQ(j["format"], "yoy.stats/1");
  EXPECT_EQ(j["statistics"][0]["values"][2]["values"][0], 200000);
  EXPECT_TRUE(j["statistics"][1]["values"][2]["surface"].is_null());
  const std::string md = render_stats_markdown(sample());
  EXPECT_NE(md.find("persons, \\| more"), std::string::npos) << md;
  EXPECT_NE(md.find("Example &lt;land&gt;"), std::string::npos);
}

TEST(StatsOutput, ChartPutsYearsOnATrueTimeAxis) {
  const std::string html = statistics_charts_html(sample(), false);
  std::regex circle("<circle cx=\"([0-9.]+)\" cy=\"([0-9.]+)\"");
  std::vector<double> xs, ys;
  const std::string first_svg = html.substr(0, html.find("</svg>"));
  for (std::sregex_iterator it(first_svg.begin(), first_svg.end(), circle), end; it != end; ++it) {
    xs.push_back(std::stod((*it)[1]));
    ys.push_back(std::stod((*it)[2]));
  }
  ASSERT_EQ(xs.size(), 3u);
  // 2015, 2016, 2020: the second point a fifth of the way, not half.
  EXPECT_NEAR((xs[1] - xs[0]) / (xs[2] - xs[0]), 0.2, 0.01);
  EXPECT_GT(ys[0], ys[1]);  // larger values higher up (smaller y)
  EXPECT_GT(ys[1], ys[2]);
  EXPECT_EQ(html.find("<land>"), std::string::npos);
  EXPECT_NE(html.find("persons, | more"), std::string::npos);
  // Only changed statistics when asked.
  const std::string changed = statistics_charts_html(sample(), true);
  EXPECT_EQ(changed.find("7 boats"), std::string::npos);
  EXPECT_NE(changed.find("camps"), std::string::npos);
  StatisticsHistory none = sample();
  none.rows.pop_back();
  none.rows[0].changes = 0;
  EXPECT_EQ(statistics_charts_html(none, true), "");
}

TEST(StatsOutput, ALineBreaksWhereTheFigureIsMissing) {
  StatisticsHistory history = sample();
  history.rows[0].points[1].present = false;
  const std::string html = statistics_charts_html(history, false);
  const std::string svg = html.substr(0, html.find("</svg>"));
  // Two separate pieces: M…  M… (no L joining them across the missing edition).
  EXPECT_EQ(std::count(svg.begin(), svg.end(), 'M'), 2) << svg;
}

}  // namespace
}  // namespace yoy
