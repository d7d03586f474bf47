#pragma once
// `--stat`: one line of counts per report, as `git diff --stat` gives one per
// file. Counted from a ChangeSet (tally/count), shown by render.
#include <string>
#include <vector>

#include "yoy/model/changeset.h"
#include "yoy/tally/count.h"

namespace yoy {

// A report's counts (ChangeCount) with what its line names: the report, how it
// changed, and its rating when that moved.
struct ReportStat : ChangeCount {
  std::string id, title;
  Change change = Change::unchanged;  // unchanged | changed | added | removed
  std::string rating_from, rating_to;
  Direction direction = Direction::none;  // none when the rating did not move
};

struct ChangeStat {
  EditionRef from, to;
  bool reversed = false;
  int reports_compared = 0;
  std::vector<ReportStat> reports;  // in the ChangeSet's order
  ReportStat total;                 // sums (id, title, change and rating empty)
};

// One report's line.
ReportStat stat_of(const ReportChange& report);

// Counts per report and in total.
ChangeStat change_stat(const ChangeSet& changes);

}  // namespace yoy
