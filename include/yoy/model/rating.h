#pragma once
// The TIP tier scale, shared by the profiles that read ratings, the differ
// that compares them and the tier table that lists them: one canonical form,
// one rank, one way to name a move.
#include <string>
#include <string_view>

#include "yoy/model/changeset.h"

namespace yoy {

// Canonical tier name ("tier 2 watch list" → "Tier 2 Watch List"), or "" if not a tier.
std::string canonical_tier(std::string_view text);
// Rank on the tier scale: Tier 1 = 0 (best) ... Tier 3 = 3; Special Case = -1 (unordered); not a
// tier = -2.
int tier_rank(std::string_view canonical);
// A rating's value as compared and shown: its canonical tier name, or the
// value as written when it is no tier.
std::string canonical_rating(std::string_view value);
// How a rating moved between two editions, from canonical values ("" for no
// rating): toward Tier 1 is an upgrade; off the ordered scale (Special Case)
// it `changed`; none when neither edition is rated.
Direction rating_direction(std::string_view from, std::string_view to);

}  // namespace yoy
