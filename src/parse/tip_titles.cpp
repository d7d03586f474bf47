// Country titles of TIP narratives and their slugs.
#include "yoy/parse/tip_titles.h"

#include <utf8proc.h>

#include <array>
#include <cstdlib>

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

}  // namespace

bool parse_country_title(std::string_view line, CountryTitle& out) {
  std::string_view t = trim(line);
  while (!t.empty() && t.back() == '.') t.remove_suffix(1);
  t = trim(t);
  if (t.size() > 140) return false;
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
  std::string canonical = canonical_tier(tier);
  if (canonical.empty() || !plausible_name(name)) return false;
  out.name = std::string(name);
  out.tier = std::move(canonical);
  return true;
}

std::string country_slug(std::string_view name) {
  // Casefolded, accents stripped: "CÔTE D’IVOIRE" → "cote d’ivoire".
  utf8proc_uint8_t* folded = nullptr;
  const auto n = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(name.data()),
      static_cast<utf8proc_ssize_t>(name.size()), &folded,
      static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK));
  std::string lower =
      n >= 0 ? std::string(reinterpret_cast<char*>(folded), static_cast<std::size_t>(n))
             : std::string(name);
  std::free(folded);
  // Names whose slug is not their words: the two Koreas.
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 4> kSpecial = {{
      {"korea, democratic people's republic of", "north-korea"},
      {"democratic people's republic of korea", "north-korea"},
      {"korea, republic of", "south-korea"},
      {"republic of korea", "south-korea"},
  }};
  std::string plain;  // apostrophes as ASCII, for the table
  for (std::size_t i = 0; i < lower.size(); ++i) {
    if (lower.compare(i, 3, "\xE2\x80\x99") == 0) {
      plain += '\'';
      i += 2;
    } else {
      plain += lower[i];
    }
  }
  for (const auto& [from, slug] : kSpecial)
    if (plain == from) return std::string(slug);
  std::string slug;
  for (char c : plain) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      slug += c;
    } else if (c == '\'') {
      continue;  // "d'ivoire" → "divoire"
    } else if (!slug.empty() && slug.back() != '-') {
      slug += '-';
    }
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug;
}

std::string profile_title_line(const CountryTitle& title) {
  return title.name + " (" + title.tier + ")";
}

}  // namespace yoy
