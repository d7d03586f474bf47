#pragma once
// `yoy tiers`: the rating of every report of a series in every edition.
#include <string>
#include <vector>

#include "yoy/app/tier_table_result.h"

namespace yoy {

class Archive;

struct TierTableOptions {
  int since = 0, until = 0;      // edition years in range (0: unbounded)
  bool include_unrated = false;  // also rows for reports never rated
  TierSort sort = TierSort::country;
};

// One report of one edition as the tier table needs it.
struct RatedReport {
  std::string id, title, tier;  // tier: rating value, "" when none
};
struct RatedEdition {
  int year = 0;
  std::vector<RatedReport> reports;
};

// The table of `editions` (any order; years outside since..until are left out).
// Throws InputError when no edition is in range.
TierTable make_tier_table(const std::string& series, std::vector<RatedEdition> editions,
                          const TierTableOptions& options);

// Reads every edition of `series` (reports with identical bytes parsed once, without
// sentence analysis). Throws InputError for an unknown series or an empty range.
TierTable build_tier_table(const Archive& archive, const std::string& series,
                           const TierTableOptions& options);

}  // namespace yoy
