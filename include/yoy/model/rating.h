#pragma once
// The TIP tier scale, shared by the profiles that read ratings and the differ
// that compares them.
#include <string>
#include <string_view>

namespace yoy {

// Canonical tier name ("tier 2 watch list" → "Tier 2 Watch List"), or "" if not a tier.
std::string canonical_tier(std::string_view text);
// Rank on the tier scale: Tier 1 = 0 (best) ... Tier 3 = 3; Special Case = -1 (unordered); not a
// tier = -2.
int tier_rank(std::string_view canonical);

}  // namespace yoy
