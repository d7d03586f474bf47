#pragma once
// `yoy tiers`: every report of a series × every edition year, its rating in
// each. Computed in app/tier_table, formatted in render/tier_output.
#include <string>
#include <vector>

#include "yoy/model/changeset.h"

namespace yoy {

struct TierCell {
  bool present = false;  // the report is in that year's edition
  std::string tier;      // rating value ("Tier 3"); "" when none
  int rank = -2;         // tier_rank(tier): 0 = best; -1 unordered (Special Case); -2 none
  // vs the previous edition that had the report; none in its first edition or
  // when neither side is rated; changed: a move off the ordered scale.
  Direction direction = Direction::none;
};

struct TierRow {
  std::string id, title;
  std::vector<TierCell> cells;  // one per TierTable::years entry
  int last_change = 0;          // latest year the rating moved (up, down, new, dropped); 0: never
  bool ever_rated = false;
};

struct TierTable {
  std::string series;
  // Every calendar year from the first to the last edition in range, ascending;
  // in_archive[i] is false for a year the archive has no edition of (a gap).
  std::vector<int> years;
  std::vector<bool> in_archive;
  std::vector<TierRow> rows;  // in the order asked for (TierSort)
  int unrated = 0;            // reports never rated, left out of rows unless asked for
};

enum class TierSort { country, change };

}  // namespace yoy
