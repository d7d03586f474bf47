#pragma once
// Heading recognition in plain text and readable casing of all-caps names.
#include <string>
#include <string_view>

namespace yoy {

// A short line written in capitals with no sentence ending: "PROSECUTION",
// "TRAFFICKING PROFILE:", "ANNEX". Body sentences never qualify.
bool is_all_caps_heading(std::string_view text);

// "KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF" → "Korea, Democratic People's Republic of";
// "GUINEA-BISSAU" → "Guinea-Bissau"; "COTE D'IVOIRE" → "Cote d'Ivoire".
std::string readable_case(std::string_view all_caps);

}  // namespace yoy
