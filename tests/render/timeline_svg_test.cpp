// The tier timeline's SVG: one row per tier that occurs (best on top, off the
// scale last), a shaded band for each year without an edition, a solid line
// between consecutive rated editions and a dashed one across missing years,
// the latest rating marked, year labels that never touch. Coordinates are
// known answers of the layout (480 wide, 16 margins, rows 34 apart).
#include "render/timeline_svg.h"

#include <gtest/gtest.h>

#include <regex>
#include <string>
#include <vector>

namespace yoy {
namespace {

TimelineYear rated(int year, const std::string& tier, int rank) {
  TimelineYear y;
  y.year = year;
  y.tier = tier;
  y.rank = rank;
  return y;
}

TimelineYear unrated(int year, bool present = true, bool edition = true) {
  TimelineYear y;
  y.year = year;
  y.present = present;
  y.edition = edition;
  return y;
}

// Every capture of `pattern`'s first group, in order.
std::vector<std::string> all(const std::string& svg, const std::string& pattern) {
  std::vector<std::string> out;
  const std::regex re(pattern);
  for (std::sregex_iterator it(svg.begin(), svg.end(), re), end; it != end; ++it)
    out.push_back((*it)[1].str());
  return out;
}

using Strings = std::vector<std::string>;

TEST(TimelineSvg, NoRatingNoTimeline) {
  EXPECT_EQ(tier_timeline_svg({}), "");
  EXPECT_EQ(tier_timeline_svg({unrated(2019), unrated(2020, false)}), "");
}

// Burma-like: Tier 3, Tier 2 Watch List, no 2021 edition, Tier 2.
TEST(TimelineSvg, RowsGapAndLines) {
  const std::string svg = tier_timeline_svg(
      {rated(2022, "Tier 2", 1), rated(2019, "Tier 3", 3), rated(2020, "Tier 2 Watch List", 2)});
  EXPECT_EQ(all(svg, "<text class=\"tier\"[^>]*>([^<]*)</text>"),
            (Strings{"Tier 2", "Tier 2 Watch List", "Tier 3"}));
  EXPECT_EQ(all(svg, "aria-label=\"([^\"]*)\""),
            (Strings{"Tier timeline: 2019 Tier 3, 2020 Tier 2 Watch List, 2022 Tier 2"}));
  EXPECT_EQ(all(svg, "<rect class=\"gap\"[^>]*><title>([^<]*)</title>"),
            (Strings{"2021: no edition in the archive"}));
  // x: 16, 165.3, (314.7), 464; y of rows 0..2: 38, 72, 106.
  EXPECT_EQ(all(svg, "<rect class=\"gap\" x=\"([^\"]*)\""), (Strings{"240.0"}));
  EXPECT_EQ(all(svg, "<path class=\"unknown\" d=\"([^\"]*)\""),
            (Strings{"M165.3 72.0 L464.0 38.0"}));
  EXPECT_EQ(all(svg, "<path d=\"([^\"]*)\""), (Strings{"M16.0 106.0 L165.3 72.0 M464.0 38.0"}));
  // The latest rating is the filled, larger dot.
  EXPECT_EQ(all(svg, "<circle[^>]* r=\"([^\"]*)\""), (Strings{"4.5", "4.5", "6"}));
  EXPECT_EQ(all(svg, "<circle cx=\"([^\"]*)\"[^>]* r=\"6\""), (Strings{"464.0"}));
  EXPECT_EQ(all(svg, "<text class=\"year\"[^>]*>([^<]*)</text>"),
            (Strings{"2019", "2020", "2021", "2022"}));
  EXPECT_EQ(all(svg, "viewBox=\"([^\"]*)\""), (Strings{"0 0 480.0 152.0"}));
}

// An edition without a rating breaks the line (no dashes: that year is
// known); a report missing from an edition says so; a listed year with no
// edition is a gap band and left out of the label.
TEST(TimelineSvg, UnratedAndAbsentYearsBreakTheLine) {
  const std::string svg =
      tier_timeline_svg({rated(2019, "Tier 3", 3), unrated(2020), unrated(2021, false),
                         unrated(2022, false, false), rated(2023, "Tier 3", 3)});
  EXPECT_EQ(all(svg, "aria-label=\"([^\"]*)\""),
            (Strings{"Tier timeline: 2019 Tier 3, 2020 no rating, 2021 not in the edition, "
                     "2023 Tier 3"}));
  EXPECT_EQ(all(svg, "<rect class=\"gap\"[^>]*><title>([^<]*)</title>"),
            (Strings{"2022: no edition in the archive"}));
  EXPECT_EQ(all(svg, "<path class=\"unknown\" d=\"([^\"]*)\""), Strings{});
  EXPECT_EQ(all(svg, "<path d=\"([^\"]*)\""), (Strings{"M16.0 38.0 M464.0 38.0"}));
}

// Off the scale (rank < 0) goes below the ranked tiers, whatever came first.
TEST(TimelineSvg, OffTheScaleRowsLast) {
  const std::string svg = tier_timeline_svg(
      {rated(2010, "Special Case", -1), rated(2011, "Tier 2", 1), rated(2012, "Tier 1", 0)});
  EXPECT_EQ(all(svg, "<text class=\"tier\"[^>]*>([^<]*)</text>"),
            (Strings{"Tier 1", "Tier 2", "Special Case"}));
}

// One edition: in the middle, one label, centred.
TEST(TimelineSvg, OneYear) {
  const std::string svg = tier_timeline_svg({rated(2025, "Tier 3", 3)});
  EXPECT_EQ(all(svg, "<circle cx=\"([^\"]*)\""), (Strings{"240.0"}));
  EXPECT_EQ(all(svg, "text-anchor=\"([^\"]*)\">2025<"), (Strings{"middle"}));
  EXPECT_EQ(all(svg, "viewBox=\"([^\"]*)\""), (Strings{"0 0 480.0 84.0"}));
}

std::vector<TimelineYear> every_year(int first, int last) {
  std::vector<TimelineYear> years;
  for (int y = first; y <= last; ++y) years.push_back(rated(y, "Tier 2", 1));
  return years;
}

// Labels: every k-th year with k the least that keeps 38 units between
// neighbours; the last year always, the one before it dropped when too close.
TEST(TimelineSvg, YearLabelsNeverTouch) {
  // 25 years: 18.7 units a year, every third year, 2025 falls on the step.
  EXPECT_EQ(
      all(tier_timeline_svg(every_year(2001, 2025)), "<text class=\"year\"[^>]*>([^<]*)</text>"),
      (Strings{"2001", "2004", "2007", "2010", "2013", "2016", "2019", "2022", "2025"}));
  // 24 years: 19.5 a year, every second; 2023 is too close to 2024 and goes.
  EXPECT_EQ(
      all(tier_timeline_svg(every_year(2001, 2024)), "<text class=\"year\"[^>]*>([^<]*)</text>"),
      (Strings{"2001", "2003", "2005", "2007", "2009", "2011", "2013", "2015", "2017", "2019",
               "2021", "2024"}));
  // 12 years: 40.7 a year, every year.
  EXPECT_EQ(
      all(tier_timeline_svg(every_year(2001, 2012)), "<text class=\"year\"[^>]*>([^<]*)</text>")
          .size(),
      12u);
  // 13 years: 37.3 a year, just under 38: every second year, and the last.
  EXPECT_EQ(
      all(tier_timeline_svg(every_year(2001, 2013)), "<text class=\"year\"[^>]*>([^<]*)</text>"),
      (Strings{"2001", "2003", "2005", "2007", "2009", "2011", "2013"}));
  // The first label starts at the left, the last ends at the right.
  const std::string svg = tier_timeline_svg(every_year(2001, 2013));
  EXPECT_EQ(all(svg, "text-anchor=\"([^\"]*)\">2001<"), (Strings{"start"}));
  EXPECT_EQ(all(svg, "text-anchor=\"([^\"]*)\">2013<"), (Strings{"end"}));
  EXPECT_EQ(all(svg, "text-anchor=\"([^\"]*)\">2007<"), (Strings{"middle"}));
}

TEST(TimelineSvg, TierNamesAreEscaped) {
  const std::string svg = tier_timeline_svg({rated(2020, "Tier <2> & \"3\"", 1)});
  EXPECT_EQ(svg.find("<2>"), std::string::npos);
  EXPECT_NE(svg.find("Tier &lt;2&gt; &amp;"), std::string::npos) << svg;
}

}  // namespace
}  // namespace yoy
