// Statistics through the years: one series per figure, continued from one
// edition to the next wherever link_statistics pairs it.
#include "yoy/app/statistics_history.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "yoy/diff/diff.h"

namespace yoy {

namespace {

using Position = std::tuple<int, int, int>;  // section, block, index

Position position_of(const StatisticRef& ref) { return {ref.section, ref.block, ref.index}; }

}  // namespace

StatisticsHistory build_statistics_history(const std::string& series, const std::string& id,
                                           const std::vector<ReportEdition>& editions) {
  StatisticsHistory history;
  history.series = series;
  history.id = id;
  std::vector<const ReportEdition*> present;
  for (const ReportEdition& edition : editions)
    if (edition.document) present.push_back(&edition);
  for (const ReportEdition* edition : present) history.years.push_back(edition->year);
  const std::size_t n = present.size();

  // Series index of each statistic of the previous edition, by position.
  std::map<Position, std::size_t> previous;
  // Where each series sits in the last edition that has it (for the order).
  std::vector<std::pair<std::size_t, Position>> last_seen;
  for (std::size_t k = 0; k < n; ++k) {
    const Document& document = *present[k]->document;
    history.title = document.title.empty() ? history.title : document.title;
    std::map<Position, std::size_t> current;
    if (k > 0) {
      const Document& before = *present[k - 1]->document;
      if (&before == &document) {
        current = previous;  // identical bytes: every figure continues in place
      } else {
        for (const StatisticLink& link : link_statistics(before, document)) {
          auto from = previous.find(position_of(link.from));
          if (from != previous.end()) current[position_of(link.to)] = from->second;
        }
      }
    }
    for (std::size_t s = 0; s < document.sections.size(); ++s) {
      const Section& section = document.sections[s];
      for (std::size_t b = 0; b < section.blocks.size(); ++b) {
        const Block& block = section.blocks[b];
        for (std::size_t i = 0; i < block.statistics.size(); ++i) {
          const Statistic& statistic = block.statistics[i];
          const Position at{static_cast<int>(s), static_cast<int>(b), static_cast<int>(i)};
          auto found = current.find(at);
          std::size_t row;
          if (found == current.end()) {
            row = history.rows.size();
            history.rows.emplace_back().points.resize(n);
            last_seen.push_back({0, at});
            current[at] = row;
          } else {
            row = found->second;
          }
          StatisticSeries& series_row = history.rows[row];
          series_row.section = section.heading;
          series_row.label = !block.path.empty() ? block.path : statistic.context;
          if (!statistic.unit.empty()) series_row.unit = statistic.unit;
          series_row.points[k] = {true, statistic.surface, statistic.values};
          last_seen[row] = {k, at};
        }
      }
    }
    previous = std::move(current);
  }
  for (StatisticSeries& row : history.rows) {
    const StatisticPoint* before = nullptr;
    for (const StatisticPoint& point : row.points) {
      if (!point.present) continue;
      if (before && before->values != point.values) ++row.changes;
      before = &point;
    }
  }
  // The latest edition's order first; series that ended earlier after, latest first.
  std::vector<std::size_t> order(history.rows.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (last_seen[a].first != last_seen[b].first) return last_seen[a].first > last_seen[b].first;
    return last_seen[a].second < last_seen[b].second;
  });
  std::vector<StatisticSeries> sorted;
  sorted.reserve(order.size());
  for (std::size_t i : order) sorted.push_back(std::move(history.rows[i]));
  history.rows = std::move(sorted);
  return history;
}

StatisticsHistory report_statistics(const Archive& archive, const std::string& series,
                                    const std::string& id, const HistoryProgress& progress,
                                    bool changed_only) {
  LoadedHistory loaded = load_history(archive, series, id, 0, progress);
  StatisticsHistory history = build_statistics_history(series, id, loaded.editions);
  if (changed_only)
    std::erase_if(history.rows, [](const StatisticSeries& row) { return row.changes == 0; });
  return history;
}

}  // namespace yoy
