// The stated-movement phrase table and the tier reader behind it.
#include "parse/tier_phrases.h"

#include <array>

#include "yoy/model/rating.h"
#include "yoy/util/ascii.h"

namespace yoy::tier_text {

namespace {

bool is_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Spaces, hyphens and dashes between the words of a tier name ("Tier 2 - Watch List").
std::size_t skip_joiners(std::string_view s, std::size_t i) {
  for (;;) {
    if (i < s.size() && (s[i] == ' ' || s[i] == '-' || s[i] == '\t' || s[i] == '\n')) {
      ++i;
    } else if (s.substr(i, 3) == "\xE2\x80\x93" || s.substr(i, 3) == "\xE2\x80\x94" ||
               s.substr(i, 2) == "\xC2\xA0") {
      i += s[i] == '\xC2' ? 2 : 3;
    } else {
      return i;
    }
  }
}

// One phrase of the table: its words (lower case, ending in a space) and the
// movement it states.
struct Phrase {
  std::string_view words;
  StatedMovement movement;
};

// Ordered as written in the reports; every phrase must be followed by a tier.
// "downgraded to" alone is no phrase: "was granted a waiver from being
// downgraded to Tier 3" (Bosnia and Herzegovina, Factbook 2021) stayed put.
constexpr std::array<Phrase, 19> kPhrases = {{
    {"remained on ", StatedMovement::remained},
    {"remains on ", StatedMovement::remained},
    {"remain on ", StatedMovement::remained},
    {"remained in ", StatedMovement::remained},
    {"remains in ", StatedMovement::remained},
    {"remained a ", StatedMovement::remained},
    {"remains a ", StatedMovement::remained},
    {"remain a ", StatedMovement::remained},
    {"was upgraded to ", StatedMovement::upgraded},
    {"been upgraded to ", StatedMovement::upgraded},
    {"is upgraded to ", StatedMovement::upgraded},
    {"was downgraded to ", StatedMovement::downgraded},
    {"been downgraded to ", StatedMovement::downgraded},
    {"is downgraded to ", StatedMovement::downgraded},
    {"is placed on ", StatedMovement::none},
    {"is therefore placed on ", StatedMovement::none},
    {"is being placed on ", StatedMovement::none},
    {"was placed on ", StatedMovement::none},
    {"is a ", StatedMovement::none},
}};

// "for a fourth consecutive year", "for the 19th consecutive year" right after
// the tier: the placement is a stay, whatever the verb.
bool consecutive_year_follows(std::string_view rest) {
  std::size_t i = 0;
  while (i < rest.size() && rest[i] == ' ') ++i;
  rest.remove_prefix(i);
  if (ascii_istarts_with(rest, "for a ")) {
    rest.remove_prefix(6);
  } else if (ascii_istarts_with(rest, "for the ")) {
    rest.remove_prefix(8);
  } else {
    return false;
  }
  const std::size_t word_end = rest.find(' ');
  if (word_end == std::string_view::npos || word_end == 0) return false;
  return ascii_istarts_with(rest.substr(word_end + 1), "consecutive year");
}

}  // namespace

std::string tier_at(std::string_view text, std::size_t& length) {
  length = 0;
  if (ascii_istarts_with(text, "special case")) {
    if (text.size() > 12 && is_alnum(text[12])) return "";
    length = 12;
    return "Special Case";
  }
  if (!ascii_istarts_with(text, "tier")) return "";
  std::size_t i = skip_joiners(text, 4);
  if (i == 4 || i >= text.size() || text[i] < '1' || text[i] > '3') return "";
  const char digit = text[i++];
  if (i < text.size() && is_alnum(text[i])) return "";  // "Tier 23", "Tier 2a"
  length = i;
  if (digit == '2') {
    const std::size_t w = skip_joiners(text, i);
    const std::string_view rest = text.substr(w);
    std::size_t extra = 0;
    if (ascii_istarts_with(rest, "watchlist")) {
      extra = 9;
    } else if (ascii_istarts_with(rest, "watch")) {
      const std::size_t l = skip_joiners(rest, 5);
      if (l > 5 && ascii_istarts_with(rest.substr(l), "list")) extra = l + 4;
    }
    if (extra > 0 && !(w + extra < text.size() && is_alnum(text[w + extra]))) {
      length = w + extra;
      return "Tier 2 Watch List";
    }
  }
  return canonical_tier(text.substr(0, i));
}

Placement first_placement(std::string_view text) {
  Placement found;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i > 0 && is_alnum(text[i - 1])) continue;  // phrases start at a word
    const char c = ascii_lower(text[i]);
    if (c != 'r' && c != 'w' && c != 'b' && c != 'i' && c != 'u' && c != 'd') continue;
    for (const Phrase& p : kPhrases) {
      if (!ascii_istarts_with(text.substr(i), p.words)) continue;
      std::size_t length = 0;
      std::string tier = tier_at(text.substr(i + p.words.size()), length);
      if (tier.empty()) continue;
      found.tier = std::move(tier);
      found.movement = p.movement;
      if (found.movement == StatedMovement::none &&
          consecutive_year_follows(text.substr(i + p.words.size() + length)))
        found.movement = StatedMovement::remained;
      found.at = i;
      return found;
    }
  }
  return found;
}

StatedMovement stated_movement(std::string_view text) { return first_placement(text).movement; }

}  // namespace yoy::tier_text
