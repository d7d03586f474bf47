// Country titles of TIP narratives.
#include "yoy/parse/tip_titles.h"

#include <algorithm>

#include "parse/tip_text.h"

namespace yoy {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// A country name: capitals first, letters and the punctuation of names only
// ("ST. LUCIA", "GUINEA-BISSAU", "COTE D'IVOIRE", "CHINA (INCLUDES TIBET)").
bool plausible_name(std::string_view name) {
  if (name.size() < 2 || name.size() > 90) return false;
  const auto first = static_cast<unsigned char>(name.front());
  if (!((first >= 'A' && first <= 'Z') || first >= 0x80)) return false;
  int words = 1;
  for (std::size_t i = 0; i < name.size(); ++i) {
    const auto c = static_cast<unsigned char>(name[i]);
    if (c == ' ') {
      ++words;
      continue;
    }
    const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80 || c == ',' ||
                    c == '\'' || c == '.' || c == '-' || c == '(' || c == ')' || c == '&';
    if (!ok) return false;
  }
  return words <= 10;
}

}  // namespace

bool parse_country_title(std::string_view line, CountryTitle& out) {
  std::string_view t = trim(line);
  while (!t.empty() && t.back() == '.') t.remove_suffix(1);
  t = trim(t);
  if (t.size() > 140) return false;
  // Every form the narratives' own parser reads ("BURMA: Tier 2 Watch List",
  // "SPECIAL CASE: SOMALIA", "Korea, Democratic People's Republic of (Tier 3)",
  // "RUSSIA (TIER 2 - WATCH LIST)"), as the whole line and with a name; a
  // footnote mark after the tier ("BURMA: TIER 3*") is kept.
  tip::Title title;
  if (!tip::find_title(t, title) || title.name.empty() || title.begin != 0) return false;
  std::string_view rest = trim(t.substr(std::min(title.end, t.size())));
  if (!rest.empty()) return false;
  if (!plausible_name(title.name)) return false;
  out.name = title.name;
  out.tier = title.tier;
  out.mark = title.mark;
  return true;
}

std::string profile_title_line(const CountryTitle& title) {
  return title.name + " (" + title.tier + title.mark + ")";
}

}  // namespace yoy
