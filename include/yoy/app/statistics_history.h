#pragma once
// `yoy stats`: every statistic of a report through the years, one series per
// figure, followed from edition to edition by the differ's alignment
// (link_statistics): the same sentence or field, reworded, moved or not.
#include <string>

#include "yoy/app/history.h"
#include "yoy/app/statistics_history_result.h"

namespace yoy {

class Archive;

// `editions` as load_history gives them (absent years are skipped).
StatisticsHistory build_statistics_history(const std::string& series, const std::string& id,
                                           const std::vector<ReportEdition>& editions);

// Throws InputError for an unknown series or report. `changed_only` (--changed)
// keeps the statistics whose value changed at least once.
StatisticsHistory report_statistics(const Archive& archive, const std::string& series,
                                    const std::string& id, const HistoryProgress& progress = {},
                                    bool changed_only = false);

}  // namespace yoy
