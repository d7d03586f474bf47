// Country titles of TIP narratives.
#include "yoy/parse/tip_titles.h"

#include "yoy/model/rating.h"

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

// A footnote mark at the end of `s` ("*", "†", "‡"), taken off and returned.
std::string take_mark(std::string_view& s) {
  std::size_t n = s.size();
  while (n > 0) {
    if (s[n - 1] == '*')
      --n;
    else if (n >= 3 && (s.substr(n - 3, 3) == "\u2020" || s.substr(n - 3, 3) == "\u2021"))
      n -= 3;
    else
      break;
  }
  std::string mark(s.substr(n));
  s = s.substr(0, n);
  return mark;
}

}  // namespace

bool parse_country_title(std::string_view line, CountryTitle& out) {
  std::string_view t = trim(line);
  while (!t.empty() && t.back() == '.') t.remove_suffix(1);
  t = trim(t);
  if (t.size() > 140) return false;
  std::string mark = take_mark(t);  // "BURMA (Tier 3)*"
  t = trim(t);
  std::string_view name, tier;
  if (!t.empty() && t.back() == ')') {
    const std::size_t open = t.rfind('(');
    if (open == std::string_view::npos) return false;
    name = trim(t.substr(0, open));
    tier = t.substr(open + 1, t.size() - open - 2);
  } else {
    const std::size_t colon = t.rfind(':');
    if (colon == std::string_view::npos) return false;
    name = trim(t.substr(0, colon));
    tier = t.substr(colon + 1);
  }
  tier = trim(tier);
  if (mark.empty()) mark = take_mark(tier);  // "BURMA: TIER 3*", "CHAD (Tier 2 Watch List*)"
  std::string canonical = canonical_tier(tier);
  if (canonical.empty() || !plausible_name(name)) return false;
  out.name = std::string(name);
  out.tier = std::move(canonical);
  out.mark = std::move(mark);
  return true;
}

std::string profile_title_line(const CountryTitle& title) {
  return title.name + " (" + title.tier + title.mark + ")";
}

}  // namespace yoy
