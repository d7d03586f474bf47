#pragma once
// A tier table for renderer tests, made by the use case that makes it (app's
// make_tier_table), so renderer tests include only render and below.
#include "yoy/model/tier_table.h"

namespace yoy::test {

// tip, 2017–2020 with no 2018 edition; every report, rated or not:
// "Alpha, \"the first\"" (a): Tier 3, ·, Tier 2 Watch List, Tier 3;
// "Côte d'Ivoire" (c): in 2019 (Tier 1) and 2020 (Tier 2); "Xylo <b>|</b>" (x): 2017, no tier.
TierTable sample_tier_table();

}  // namespace yoy::test
