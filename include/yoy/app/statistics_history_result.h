#pragma once
// `yoy stats`: each statistic of one report followed through every edition.
// Computed in app/statistics_history, formatted in render/stats_output.
#include <string>
#include <vector>

namespace yoy {

struct StatisticPoint {
  bool present = false;        // the statistic is in that edition
  std::string surface;         // as written: "80,000 to 200,000"
  std::vector<double> values;  // 80000, 200000
};

struct StatisticSeries {
  std::string section;  // display heading, latest edition that has it
  std::string label;    // field path (structured reports) or the sentence, latest edition
  std::string unit;
  std::vector<StatisticPoint> points;  // one per StatisticsHistory::years entry
  int changes = 0;                     // editions whose value differs from the one before
};

struct StatisticsHistory {
  std::string series, id, title;
  std::vector<int> years;             // editions that hold the report, ascending
  std::vector<StatisticSeries> rows;  // in the latest edition's order; ended ones after
};

}  // namespace yoy
