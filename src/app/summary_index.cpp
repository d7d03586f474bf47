// The overview rows of `yoy summary` and their order.
#include "yoy/app/summary_index.h"

#include <algorithm>
#include <tuple>

#include "yoy/tally/count.h"

namespace yoy {

namespace {

IndexRow row_of(const ReportChange& report) {
  IndexRow row;
  row.id = report.id;
  row.title = report.title;
  row.change = report.change;
  if (report.rating) {
    row.tier_from = report.rating->from;
    row.tier_to = report.rating->to;
    row.direction = report.rating->direction;
  }
  const ChangeCount c = count(report);
  row.items_added = c.items_added;
  row.items_removed = c.items_removed;
  row.items_reworded = c.items_reworded;
  row.items_moved = c.items_moved;
  row.statistics_changed = c.statistics();
  row.sections_changed = c.sections_changed;
  row.blocks_changed = c.blocks();
  row.has_pages = report.change != Change::unchanged;
  return row;
}

// Larger is bigger; compared lexicographically.
std::tuple<int, int, int> magnitude(const IndexRow& row) {
  const bool tier_moved =
      row.direction == Direction::upgrade || row.direction == Direction::downgrade;
  const bool came_or_went = row.change == Change::added || row.change == Change::removed;
  const int changes = row.items_added + row.items_removed + row.items_reworded + row.items_moved +
                      row.statistics_changed + row.blocks_changed;
  return {tier_moved ? 1 : 0, came_or_went ? 1 : 0, changes};
}

}  // namespace

SummaryIndex build_summary_index(const ChangeSet& changes,
                                 const std::vector<std::string>& unchanged_ids) {
  SummaryIndex index;
  index.from = changes.from;
  index.to = changes.to;
  index.reversed = changes.reversed;
  for (const ReportChange& report : changes.reports) index.rows.push_back(row_of(report));
  for (const std::string& id : unchanged_ids) {
    const bool listed = std::any_of(index.rows.begin(), index.rows.end(),
                                    [&](const IndexRow& row) { return row.id == id; });
    if (listed) continue;
    IndexRow row;
    row.id = id;
    index.rows.push_back(row);
  }
  for (const IndexRow& row : index.rows) {
    if (row.change == Change::added)
      ++index.added;
    else if (row.change == Change::removed)
      ++index.removed;
    else if (row.change == Change::unchanged)
      ++index.unchanged;
    else
      ++index.changed;
  }
  std::stable_sort(index.rows.begin(), index.rows.end(), [](const IndexRow& a, const IndexRow& b) {
    const auto ma = magnitude(a), mb = magnitude(b);
    if (ma != mb) return ma > mb;
    return a.id < b.id;
  });
  return index;
}

}  // namespace yoy
