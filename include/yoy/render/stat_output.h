#pragma once
// `--stat` output: one line per report, like `git diff --stat`. Formatting only.
#include <string>

#include "yoy/tally/change_stat.h"

namespace yoy {

// " north-korea | 87 ++++++++------  tier ↓, recommendations +1 -1 ~2 ↕1, statistics 5, sections 3"
// then a total line. Bars are scaled to fit `width` columns.
std::string render_stat_text(const ChangeStat& stat, bool color, int width = 80);
std::string render_stat_json(const ChangeStat& stat);  // "format": "yoy.stat/1"

}  // namespace yoy
