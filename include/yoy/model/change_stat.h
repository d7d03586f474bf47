#pragma once
// `--stat`: one line of counts per report, as `git diff --stat` gives one per
// file. Computed from a ChangeSet by the engine (diff/change_stat), shown by render.
#include <string>
#include <vector>

#include "yoy/model/changeset.h"

namespace yoy {

struct ReportStat {
  std::string id, title;
  Change change = Change::unchanged;  // unchanged | changed | added | removed
  std::string rating_from, rating_to;
  Direction direction = Direction::none;  // none when the rating did not move
  int items_added = 0, items_removed = 0, items_reworded = 0, items_moved = 0;
  int statistics_changed = 0, statistics_added = 0, statistics_removed = 0;
  int blocks_added = 0, blocks_removed = 0, blocks_modified = 0, blocks_moved = 0;
  int sections_changed = 0;                // sections not unchanged
  int words_added = 0, words_removed = 0;  // the size of the text change
};

struct ChangeStat {
  EditionRef from, to;
  bool reversed = false;
  int reports_compared = 0;
  std::vector<ReportStat> reports;  // in the ChangeSet's order
  ReportStat total;                 // sums (id, title, change and rating empty)
};

}  // namespace yoy
