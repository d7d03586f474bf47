#pragma once
// How report text names a tier and the movement it states ("remained on Tier 3",
// "was downgraded to Tier 2 Watch List", "remains a Special Case"): the one
// table of stated-movement phrases, shared by the TIP and Factbook profiles.
#include <cstddef>
#include <string>
#include <string_view>

namespace yoy::tier_text {

// The tier named at the start of `text` ("Tier 2 Watch List", "TIER 2 - WATCH
// LIST", "Tier 2 Watchlist", "Special Case", "Tier 3") in canonical form, and
// how many bytes it took; "" when text does not start with a tier.
std::string tier_at(std::string_view text, std::size_t& length);

struct Placement {
  std::string tier;      // canonical, "" when none stated
  std::string movement;  // "remained" | "upgraded" | "downgraded" | "" ("is placed on")
  std::size_t at = std::string_view::npos;  // byte offset of the phrase
};

// The first placement the text states: a phrase of the table directly followed
// by a tier. "has been placed on Tier 2 Watch List for the last two years" (the
// history) and "an otherwise required downgrade to Tier 3" (a waiver) are not.
Placement first_placement(std::string_view text);

// first_placement(text).movement.
std::string stated_movement(std::string_view text);

}  // namespace yoy::tier_text
