#pragma once
// The overview of `yoy summary`: one row per report, biggest changes first.
// Computed in app/summary_index, formatted in render/index_render.
#include <string>
#include <vector>

#include "yoy/model/changeset.h"

namespace yoy {

struct IndexRow {
  std::string id, title;
  Change change = Change::unchanged;  // unchanged | changed | added | removed
  std::string tier_from, tier_to;
  Direction direction = Direction::none;  // as in RatingChange; none without ratings
  int items_added = 0, items_removed = 0, items_reworded = 0, items_moved = 0;
  int statistics_changed = 0;  // changed + added + removed
  int sections_changed = 0;    // sections not unchanged
  int blocks_changed = 0;      // blocks added, removed, modified or moved
  bool has_pages = false;      // <id>.md / <id>.html were written (the report changed)
};

struct SummaryIndex {
  EditionRef from, to;
  bool reversed = false;
  int changed = 0, added = 0, removed = 0, unchanged = 0;
  std::vector<IndexRow> rows;
};

// The file name of a report's page in the summary directory ("md" or "html"),
// shared by the pages that are written and the overview that links to them.
inline std::string summary_report_page(const std::string& id, const std::string& extension) {
  return id + "." + extension;
}

}  // namespace yoy
