// yoy log's text timeline: columns line up in what a terminal shows (code
// points), whatever the tier cell holds ("—" is one column, three bytes).
#include "yoy/render/history_output.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace yoy {
namespace {

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1)
    out.push_back(text.substr(start, end - start));
  return out;
}

// Code points before `needle` (what a terminal shows as the column).
std::size_t column_of(const std::string& line, const std::string& needle) {
  std::size_t n = 0, at = line.find(needle);
  for (std::size_t i = 0; i < at && at != std::string::npos; ++i)
    n += (static_cast<unsigned char>(line[i]) & 0xC0) != 0x80;
  return n;
}

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
