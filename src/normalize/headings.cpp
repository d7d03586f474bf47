// Heading heuristics and readable casing shared by the text profiles.
#include "yoy/normalize/headings.h"

#include <utf8proc.h>

#include <array>
#include <vector>

#include "yoy/util/utf8.h"

namespace yoy {

bool is_all_caps_heading(std::string_view text) {
  if (text.empty() || text.size() > 120) return false;
  const char last = text.back();
  if (last == '.' || last == ',' || last == ';' || last == '!' || last == '?') return false;
  int letters = 0, words = 1;
  for (std::size_t i = 0; i < text.size();) {
    const std::uint32_t cp = utf8::next(text, i);
    const auto category = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
    if (category == UTF8PROC_CATEGORY_LL) return false;
    if (category == UTF8PROC_CATEGORY_LU) ++letters;
    if (cp == ' ') ++words;
  }
  return letters >= 3 && words <= 12;
}

namespace {

constexpr std::array<std::string_view, 16> kSmallWords = {"of",  "and", "the", "in", "on", "for",
                                                          "to",  "a",   "an",  "da", "de", "del",
                                                          "des", "du",  "la",  "y"};

bool is_small_word(std::string_view lower) {
  for (std::string_view w : kSmallWords)
    if (lower == w) return true;
  return false;
}

std::string lower_word(std::string_view word) {
  std::string out;
  for (std::size_t i = 0; i < word.size();) {
    const auto cp = static_cast<utf8proc_int32_t>(utf8::next(word, i));
    utf8::append(out, static_cast<std::uint32_t>(utf8proc_tolower(cp)));
  }
  return out;
}

// Upper-cases the first letter of s and every letter that follows '-' or '('.
std::string capitalize(std::string_view s) {
  std::string out;
  bool start = true;
  for (std::size_t i = 0; i < s.size();) {
    const auto cp = static_cast<utf8proc_int32_t>(utf8::next(s, i));
    const bool letter = utf8proc_isupper(utf8proc_toupper(cp)) || utf8proc_islower(cp);
    utf8::append(out, static_cast<std::uint32_t>(start && letter ? utf8proc_toupper(cp) : cp));
    if (letter) start = false;
    if (cp == '-' || cp == '(' || cp == '/') start = true;
  }
  return out;
}

}  // namespace

std::string readable_case(std::string_view all_caps) {
  std::string out;
  std::size_t i = 0;
  bool first = true;
  while (i < all_caps.size()) {
    if (all_caps[i] == ' ') {
      out += all_caps[i++];
      continue;
    }
    std::size_t end = all_caps.find(' ', i);
    if (end == std::string_view::npos) end = all_caps.size();
    std::string word = lower_word(all_caps.substr(i, end - i));
    std::string bare = word;  // without trailing punctuation, for the small-word test
    while (!bare.empty() && (bare.back() == ',' || bare.back() == ':')) bare.pop_back();
    if (!first && is_small_word(bare)) {
      out += word;
    } else if (!first && word.size() > 2 && word[0] == 'd' && word[1] == '\'') {
      out += "d'" + capitalize(std::string_view(word).substr(2));  // "d'Ivoire"
    } else {
      out += capitalize(word);
    }
    first = false;
    i = end;
  }
  return out;
}

}  // namespace yoy
