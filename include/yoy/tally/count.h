#pragma once
// One report's changes counted by kind, once: what every summary, --stat line,
// headline phrase, overview row and timeline shows is this count.
#include "yoy/model/changeset.h"

namespace yoy {

struct ChangeCount {
  int items_added = 0, items_removed = 0, items_reworded = 0, items_moved = 0;
  // changed: every statistic whose value differs that was neither added nor removed.
  int statistics_changed = 0, statistics_added = 0, statistics_removed = 0;
  int sections_changed = 0;  // sections not unchanged (renamed, added, removed, modified)
  int blocks_added = 0, blocks_removed = 0, blocks_modified = 0, blocks_moved = 0;
  // The size of the text change, in words (normalize/words.h): whole items and
  // blocks added or removed, the runs of word diffs (both texts of a coarse block).
  int words_added = 0, words_removed = 0;
  // 1 when the rating moved between two editions that both have the report (a
  // rating that comes or goes with its whole report is no rating change).
  int rating_changes = 0;

  int statistics() const { return statistics_changed + statistics_added + statistics_removed; }
  int blocks() const { return blocks_added + blocks_removed + blocks_modified + blocks_moved; }
};

ChangeCount count(const ReportChange& report);

// Counts of disjoint sets add up (id-free sums: a --stat total, say).
void add_to(ChangeCount& total, const ChangeCount& more);

// One report's counts added to a ChangeSet's summary; summaries of disjoint
// sets of reports add up.
void add_to_summary(ChangeSummary& summary, const ReportChange& report);
void add_to_summary(ChangeSummary& summary, const ChangeSummary& more);
// Recomputes `summary` from `reports`; `summary.reports` counts the reports
// compared (`reports` leaves out unchanged ones unless --all), or reports.size().
void summarize(ChangeSet& changes);
void summarize(ChangeSet& changes, int reports_compared);

}  // namespace yoy
