// yoy log's text timeline: columns line up in what a terminal shows (code
// points), whatever the tier cell holds ("—" is one column, three bytes).
#include "yoy/render/history_output.h"

#include <gtest/gtest.h>

#include "support/text_lines.h"

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
