// --stat: a ChangeSet counted per report, as `git diff --stat` counts per file.
#include "yoy/tally/change_stat.h"

namespace yoy {

ReportStat stat_of(const ReportChange& report) {
  ReportStat stat;
  static_cast<ChangeCount&>(stat) = count(report);
  stat.id = report.id;
  stat.title = report.title;
  stat.change = report.change;
  if (report.rating && report.rating->direction != Direction::unchanged) {
    stat.rating_from = report.rating->from;
    stat.rating_to = report.rating->to;
    stat.direction = report.rating->direction;
  }
  return stat;
}

ChangeStat change_stat(const ChangeSet& changes) {
  ChangeStat out;
  out.from = changes.from;
  out.to = changes.to;
  out.reversed = changes.reversed;
  out.reports_compared = changes.summary.reports;
  for (const ReportChange& report : changes.reports) {
    out.reports.push_back(stat_of(report));
    add_to(out.total, out.reports.back());
  }
  return out;
}

}  // namespace yoy
