#include "support/sample_tiers.h"

#include "yoy/app/tier_table.h"

namespace yoy::test {

TierTable sample_tier_table() {
  TierTableOptions all;
  all.include_unrated = true;
  return make_tier_table(
      "tip",
      {{2017, {{"a", "Alpha, \"the first\"", "Tier 3"}, {"x", "Xylo <b>|</b>", ""}}},
       {2019,
        {{"a", "Alpha, \"the first\"", "Tier 2 Watch List"}, {"c", "Côte d'Ivoire", "Tier 1"}}},
       {2020, {{"a", "Alpha, \"the first\"", "Tier 3"}, {"c", "Côte d'Ivoire", "Tier 2"}}}},
      all);
}

}  // namespace yoy::test
