#pragma once
// One id per country, whatever an edition calls it: "Korea, Democratic People's
// Republic of", "North Korea" and "DPRK" are all "north-korea"; "Türkiye" and
// "Turkey" are "turkey". The ids are the state.gov URL slugs yoy fetch
// uses, so a narrative from a PDF, a web page or a copy lines up with the others.
#include <string>
#include <string_view>

namespace yoy {

// The country's id for a name as an edition writes it (any case, accents,
// curly apostrophes, "Gambia, The" inversions, a leading "The"); "" when the
// name is not a country the TIP Report covers.
std::string country_slug(std::string_view name);

// The country's display name for an id ("north-korea" → "North Korea"); "" when unknown.
std::string country_display_name(std::string_view slug);

}  // namespace yoy
