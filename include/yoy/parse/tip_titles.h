#pragma once
// TIP country titles as printed ("BURMA: TIER 3", "KOREA, DEMOCRATIC PEOPLE'S
// REPUBLIC OF: TIER 3", "LIBYA: SPECIAL CASE", "CHAD (Tier 2 Watch List)",
// "CHAD: Tier 2 Watch List"). A country's id is country_slug (country_ids.h).
#include <string>
#include <string_view>

#include "yoy/parse/country_ids.h"

namespace yoy {

struct CountryTitle {
  std::string name;       // as printed: "KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF"
  std::string tier;       // canonical: "Tier 3", "Tier 2 Watch List", "Special Case"
  std::string mark = "";  // a footnote mark after the tier ("BURMA: TIER 3*"), "" when none
};

// True when `line` is a country title of any printed form; fills `out`.
bool parse_country_title(std::string_view line, CountryTitle& out);

// The title line as the TIP profile reads it: "BURMA (Tier 3)".
std::string profile_title_line(const CountryTitle& title);

}  // namespace yoy
