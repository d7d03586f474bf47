#pragma once
// `yoy stats` output: text, CSV, JSON, Markdown, or HTML with one small line
// chart (inline SVG) per statistic. Formatting only.
#include <string>

#include "yoy/app/statistics_history_result.h"
#include "yoy/render/tier_output.h"

namespace yoy {

std::string render_stats_text(const StatisticsHistory& history);
std::string render_stats_csv(const StatisticsHistory& history);
std::string render_stats_json(const StatisticsHistory& history);
std::string render_stats_markdown(const StatisticsHistory& history);
std::string render_stats_html(const StatisticsHistory& history);  // one self-contained page
std::string render_stats(const StatisticsHistory& history, TableFormat format);

// The charts table alone, for pages that hold it; only statistics that changed
// at least once when `changed_only`. "" when there is nothing to show.
std::string statistics_charts_html(const StatisticsHistory& history, bool changed_only);
// CSS the charts table needs (part of the pages that hold it).
extern const char* const kStatisticsChartStyle;

}  // namespace yoy
