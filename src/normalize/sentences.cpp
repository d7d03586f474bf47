// split_sentences: sentence boundaries that survive "U.S.", "e.g." and initials.
#include <algorithm>
#include <array>

#include "yoy/normalize/normalize.h"
#include "yoy/util/ascii.h"

namespace yoy {

namespace {

// Words that end with a period without ending the sentence (compared lower-case).
constexpr std::array<std::string_view, 38> kAbbreviations = {
    "al",   "approx", "apr", "art", "aug", "co",   "corp", "dec", "dr",  "e.g",
    "etc.", "feb",    "gen", "gov", "i.e", "inc",  "jan",  "jr",  "jul", "jun",
    "lt",   "ltd",    "mar", "mr",  "mrs", "ms",   "no",   "nos", "nov", "oct",
    "para", "rep",    "rev", "sen", "sep", "sept", "sr",   "st"};
// ("etc." is listed in a form no word matches: it usually ends a sentence.)

bool is_abbreviation(std::string_view word) {
  if (word.size() == 1 && is_ascii_upper(word[0])) return true;  // an initial: "J. Smith"
  if (word.find('.') != std::string_view::npos) return true;     // "U.S", "U.N", "e.g"
  const std::string lower = ascii_lower(word);
  return std::find(kAbbreviations.begin(), kAbbreviations.end(), lower) != kAbbreviations.end();
}

// Closing quotes/brackets that may follow the terminal punctuation: " ' ) ] ” ’.
std::size_t skip_closers(std::string_view t, std::size_t i) {
  while (i < t.size()) {
    if (t[i] == '"' || t[i] == '\'' || t[i] == ')' || t[i] == ']') {
      ++i;
    } else if (t.compare(i, 3, "\xE2\x80\x9D") == 0 || t.compare(i, 3, "\xE2\x80\x99") == 0) {
      i += 3;
    } else {
      break;
    }
  }
  return i;
}

// Can a sentence start at t[i]? Capital, digit, opening quote or bracket.
bool starts_sentence(std::string_view t, std::size_t i) {
  if (i >= t.size()) return false;
  const char c = t[i];
  if (is_ascii_upper(c) || is_ascii_digit(c) || c == '"' || c == '(' || c == '[' || c == '\'')
    return true;
  if (static_cast<unsigned char>(c) >= 0x80) {
    // Opening curly quotes, or any non-ASCII letter (assume it may be a capital).
    return !(is_ascii_lower(c));
  }
  return false;
}

}  // namespace

std::vector<std::string> split_sentences(std::string_view text) {
  std::vector<std::string> sentences;
  std::size_t start = 0;
  const auto emit = [&](std::size_t end) {
    while (start < end && is_ascii_space(text[start])) ++start;
    std::size_t e = end;
    while (e > start && is_ascii_space(text[e - 1])) --e;
    if (e > start) sentences.emplace_back(text.substr(start, e - start));
    start = end;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c != '.' && c != '!' && c != '?') continue;
    std::size_t after = skip_closers(text, i + 1);
    while (after < text.size() && (text[after] == '.' || text[after] == '!' || text[after] == '?'))
      after = skip_closers(text, after + 1);  // "?!", "..."
    if (after >= text.size()) break;
    if (!is_ascii_space(text[after])) continue;
    std::size_t next = after;
    while (next < text.size() && is_ascii_space(text[next])) ++next;
    if (!starts_sentence(text, next)) continue;
    if (c == '.') {
      std::size_t w = i;
      while (w > start && !is_ascii_space(text[w - 1]) && text[w - 1] != '(' && text[w - 1] != '"')
        --w;
      if (is_abbreviation(text.substr(w, i - w))) continue;
    }
    emit(after);
    i = after;
  }
  emit(text.size());
  return sentences;
}

}  // namespace yoy
