// yoy log's text timeline: columns line up in what a terminal shows (code
// points), whatever the tier cell holds ("—" is one column, three bytes).
#include "yoy/render/history_output.h"

#include <gtest/gtest.h>

#include "support/text_lines.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace yoy {
namespace {

using yoy::test::column_of;
using yoy::test::lines;

TimelineEntry entry(int year, const std::string& tier, int recommendations) {
  TimelineEntry e;
  e.year = year;
  e.present = true;
  e.tier = tier;
  e.recommendations = recommendations;
  e.first = year == 2019;
  return e;
}

TEST(TimelineText, ColumnsLineUpWithAMissingTier) {
  Timeline timeline;
  timeline.series = "tip";
  timeline.id = "burma";
  timeline.title = "Burma";
  timeline.entries = {entry(2019, "Tier 3", 17), entry(2020, "", 23),
                      entry(2021, "Tier 2 Watch List", 31)};
  const std::vector<std::string> out = lines(render_timeline_text(timeline, false));
  ASSERT_EQ(out.size(), 5u);
  EXPECT_NE(out[3].find("—"), std::string::npos) << out[3];
  const std::size_t recs = column_of(out[1], "recs") + 3;  // right-aligned under "recs"
  EXPECT_EQ(column_of(out[2], "17") + 1, recs) << out[2];
  EXPECT_EQ(column_of(out[3], "23") + 1, recs) << out[3];
  EXPECT_EQ(column_of(out[4], "31") + 1, recs) << out[4];
}

}  // namespace
}  // namespace yoy

namespace yoy {
namespace {

// Blame says where earlier copies stop before a line: a gap line under an item
// found further back, "≤" on a line no earlier copy reaches, and a legend; a
// blame without either keeps its columns.
TEST(BlameText, GapsAndLinesBeyondEveryEarlierCopy) {
  Blame blame;
  blame.series = "tip";
  blame.id = "north-korea";
  blame.year = 2025;
  BlameLine accede;
  accede.kind = BlameLine::Kind::recommendation;
  accede.section = "PRIORITIZED RECOMMENDATIONS";
  accede.rank = 10;
  accede.text = "Accede to the 2000 UN TIP Protocol.";
  accede.first_year = 2017;
  accede.editions = 3;
  accede.gaps = {2020, 2021, 2022, 2023};
  BlameLine fair;
  fair.section = "PROSECUTION";
  fair.text = "Fair trials did not occur in the DPRK.";
  fair.first_year = 2025;
  fair.unreached = {2014, 2018, 2020, 2021, 2022, 2023};
  blame.lines = {accede, fair};
  const std::vector<std::string> out = lines(render_blame_text(blame, false));
  ASSERT_EQ(out.size(), 8u);
  EXPECT_EQ(out[1], "since  editions  reworded  text");
  EXPECT_EQ(out[3], "2017          3         -  11. Accede to the 2000 UN TIP Protocol.");
  EXPECT_EQ(out[4],
            "                           (not in the 2020–2023 copies, which stop before it: a gap, "
            "not an absence)");
  EXPECT_EQ(out[6], "≤2025         1         -  Fair trials did not occur in the DPRK.");
  EXPECT_EQ(out[7].rfind("≤YEAR: first in YEAR as far as the archive's copies reach", 0), 0u);
  const auto json = nlohmann::json::parse(render_blame_json(blame));
  EXPECT_EQ(json["lines"][0]["gaps"], nlohmann::json({2020, 2021, 2022, 2023}));
  EXPECT_FALSE(json["lines"][0].contains("unreached"));
  EXPECT_EQ(json["lines"][1]["unreached"].size(), 6u);

  blame.lines = {accede};
  blame.lines[0].gaps.clear();
  const std::vector<std::string> plain = lines(render_blame_text(blame, false));
  ASSERT_EQ(plain.size(), 4u);
  EXPECT_EQ(plain[1], "since  editions  reworded  text");
  EXPECT_EQ(plain[3], "2017         3         -  11. Accede to the 2000 UN TIP Protocol.");
}

}  // namespace
}  // namespace yoy
