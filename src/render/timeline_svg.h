#pragma once
// The tier timeline as inline SVG: years on a true time axis (a year without
// an edition is a shaded gap, not a missing step), one row per tier that
// occurs (best on top), year labels spaced so they never collide. Private to render/.
#include <string>
#include <vector>

namespace yoy {

struct TimelineYear {
  int year = 0;
  bool edition = true;  // the archive has an edition that year
  bool present = true;  // the report is in it
  std::string tier;     // "" when unrated (or absent)
  int rank = -2;        // tier_rank: 0 = best; < 0 off the scale
};

// `years` ascending, consecutive or not (missing calendar years count as gaps).
// "" when no year has a rating: a report never rated has no timeline.
std::string tier_timeline_svg(const std::vector<TimelineYear>& years);

// What each mark of the timeline means, as a line under it (<p class="legend">):
// the filled dot, the hollow dots, the dashed line and the shaded band, each
// drawn as in the timeline.
std::string tier_timeline_legend_html();

}  // namespace yoy
