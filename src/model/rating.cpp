// The TIP tier scale (canonical names and ranks, whatever the case or spacing)
// and the names of stated movements.
#include <string>

#include "yoy/model/model.h"
#include "yoy/model/rating.h"
#include "yoy/util/ascii.h"

namespace yoy {

std::string canonical_tier(std::string_view text) {
  std::string
      squeezed;  // lower-case letters and digits only: "Tier 2 Watch-List" → "tier2watchlist"
  squeezed.reserve(text.size());
  for (char c : text) {
    const char l = ascii_lower(c);
    if (is_ascii_alnum(l)) squeezed += l;
  }
  if (squeezed == "tier1") return "Tier 1";
  if (squeezed == "tier2") return "Tier 2";
  if (squeezed == "tier2watchlist" || squeezed == "tier2wl" || squeezed == "tier2watch")
    return "Tier 2 Watch List";
  if (squeezed == "tier3") return "Tier 3";
  if (squeezed == "specialcase") return "Special Case";
  return "";
}

int tier_rank(std::string_view canonical) {
  if (canonical == "Tier 1") return 0;
  if (canonical == "Tier 2") return 1;
  if (canonical == "Tier 2 Watch List") return 2;
  if (canonical == "Tier 3") return 3;
  if (canonical == "Special Case") return -1;
  return -2;
}

std::string canonical_rating(std::string_view value) {
  std::string canonical = canonical_tier(value);
  return canonical.empty() ? std::string(value) : canonical;
}

Direction rating_direction(std::string_view from, std::string_view to) {
  if (from.empty() && to.empty()) return Direction::none;
  if (from.empty()) return Direction::new_rating;
  if (to.empty()) return Direction::dropped;
  if (from == to) return Direction::unchanged;
  const int a = tier_rank(from), b = tier_rank(to);
  if (a < 0 || b < 0) return Direction::changed;  // off the ordered scale: moved, no direction
  return b < a ? Direction::upgrade : Direction::downgrade;
}

const char* stated_name(StatedMovement stated) {
  switch (stated) {
    case StatedMovement::none:
      return "";
    case StatedMovement::upgraded:
      return "upgraded";
    case StatedMovement::downgraded:
      return "downgraded";
    case StatedMovement::remained:
      return "remained";
  }
  return "";
}

StatedMovement stated_from_name(std::string_view name) {
  if (name == "upgraded") return StatedMovement::upgraded;
  if (name == "downgraded") return StatedMovement::downgraded;
  if (name == "remained") return StatedMovement::remained;
  return StatedMovement::none;
}

}  // namespace yoy
