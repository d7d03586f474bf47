#pragma once
// TIP country titles as printed ("BURMA: TIER 3", "KOREA, DEMOCRATIC PEOPLE'S
// REPUBLIC OF: TIER 3", "LIBYA: SPECIAL CASE", "CHAD (Tier 2 Watch List)",
// "CHAD: Tier 2 Watch List") and the state.gov slug of a country name.
// Narrow on purpose: to be folded into the project's one country-identity
// table when that lands.
#include <string>
#include <string_view>

namespace yoy {

struct CountryTitle {
  std::string name;  // as printed: "KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF"
  std::string tier;  // canonical: "Tier 3", "Tier 2 Watch List", "Special Case"
};

// True when `line` is a country title of any printed form; fills `out`.
bool parse_country_title(std::string_view line, CountryTitle& out);

// "KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF" → "north-korea"; "CÔTE D'IVOIRE" →
// "cote-divoire"; "CONGO, DEMOCRATIC REPUBLIC OF THE" → "congo-democratic-republic-of-the".
std::string country_slug(std::string_view name);

// The title line as the TIP profile reads it: "BURMA (Tier 3)".
std::string profile_title_line(const CountryTitle& title);

}  // namespace yoy
