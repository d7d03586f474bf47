// Sentence tokenizer for the statistics extractor: words, numbers (with
// separators, decimals, "$" and "%"), and single punctuation marks.
#include "parse/stat_tokens.h"

#include <cstdint>

#include "yoy/util/ascii.h"
#include "yoy/util/utf8.h"

namespace yoy::stats {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// A currency sign at s[i]: its length in bytes and the currency's name ("" when none).
std::size_t currency_sign(std::string_view s, std::size_t i, std::string_view& name) {
  if (s[i] == '$') return name = "dollars", 1;
  if (s.compare(i, 3, "\xE2\x82\xAC") == 0) return name = "euros", 3;  // €
  if (s.compare(i, 2, "\xC2\xA3") == 0) return name = "pounds", 2;     // £
  if (s.compare(i, 2, "\xC2\xA5") == 0) return name = "yen", 2;        // ¥
  return 0;
}

// Non-ASCII code points that are punctuation or spaces rather than letters.
bool is_punct_cp(std::uint32_t cp) {
  return (cp >= 0x2000 && cp <= 0x206F) || cp == 0xA0 || cp == 0xAB || cp == 0xBB || cp == 0x3000 ||
         cp == 0xFEFF;
}

// Is there a letter (ASCII or non-punctuation non-ASCII) at s[i]?
bool letter_at(std::string_view s, std::size_t i) {
  if (i >= s.size()) return false;
  if (is_ascii_letter(s[i])) return true;
  if (static_cast<unsigned char>(s[i]) < 0x80) return false;
  std::size_t j = i;
  return !is_punct_cp(utf8::next(s, j));
}

std::size_t scan_word(std::string_view s, std::size_t i) {
  while (i < s.size()) {
    if (is_ascii_letter(s[i]) || is_digit(s[i])) {
      ++i;
      continue;
    }
    if (letter_at(s, i)) {
      if (static_cast<unsigned char>(s[i]) >= 0x80)
        utf8::next(s, i);
      else
        ++i;
      continue;
    }
    // Joiners inside a word: "people's", "twenty-five", "COVID-19", "U.S.".
    const bool next_alnum = i + 1 < s.size() && (letter_at(s, i + 1) || is_digit(s[i + 1]));
    if ((s[i] == '\'' || s[i] == '-' || s[i] == '.') && next_alnum) {
      ++i;
      continue;
    }
    if (s.compare(i, 3, "\xE2\x80\x99") == 0 && letter_at(s, i + 3)) {  // ’
      i += 3;
      continue;
    }
    break;
  }
  return i;
}

}  // namespace

std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> tokens;
  tokens.reserve(s.size() / 5 + 1);
  bool space = true;
  for (std::size_t i = 0; i < s.size();) {
    if (is_space(s[i])) {
      space = true;
      ++i;
      continue;
    }
    Token t;
    t.begin = i;
    t.space_before = space;
    space = false;
    std::string_view currency;
    std::size_t sign_bytes = currency_sign(s, i, currency);
    const bool dollar = sign_bytes > 0 && i + sign_bytes < s.size() &&
                        (is_digit(s[i + sign_bytes]) ||
                         (s[i + sign_bytes] == '.' && i + sign_bytes + 1 < s.size() &&
                          is_digit(s[i + sign_bytes + 1])));
    if (!dollar) sign_bytes = 0;
    // ".8%": a decimal point opening a number (after a space or a bracket, not "1.5").
    const bool point = s[i] == '.' && i + 1 < s.size() && is_digit(s[i + 1]) &&
                       (t.space_before || (i > 0 && s[i - 1] == '('));
    // A minus sign opens a word: "-282", "−282" (U+2212); "20,000-100,000" is a range.
    std::size_t sign = 0;
    if (t.space_before || (i > 0 && s[i - 1] == '(')) {
      if (s[i] == '-' && i + 1 < s.size() && is_digit(s[i + 1])) sign = 1;
      if (s.compare(i, 3, "\xE2\x88\x92") == 0 && i + 3 < s.size() && is_digit(s[i + 3])) sign = 3;
    }
    if (dollar || sign > 0 || point || is_digit(s[i])) {
      t.kind = TokenKind::number;
      t.money = dollar;
      t.currency = currency;
      std::size_t j = dollar ? i + sign_bytes : i + sign;
      double integer = 0, fraction = 0, scale = 1;
      bool in_fraction = false;
      while (j < s.size()) {
        if (is_digit(s[j])) {
          if (in_fraction)
            fraction = fraction * 10 + (s[j] - '0'), scale *= 10;
          else
            integer = integer * 10 + (s[j] - '0');
          ++j;
        } else if (s[j] == ',' && !in_fraction && j + 3 < s.size() && is_digit(s[j + 1]) &&
                   is_digit(s[j + 2]) && is_digit(s[j + 3]) &&
                   !(j + 4 < s.size() && is_digit(s[j + 4]))) {
          t.has_separator = true;  // a thousands separator: exactly three digits follow
          ++j;
        } else if (s[j] == '.' && !in_fraction && j + 1 < s.size() && is_digit(s[j + 1])) {
          in_fraction = true;
          t.has_decimal = true;
          ++j;
        } else {
          break;
        }
      }
      t.value = (integer + fraction / scale) * (sign > 0 ? -1 : 1);
      if (j < s.size() && s[j] == '%') t.percent = true, ++j;
      t.glued_letter = letter_at(s, j);
      t.end = j;
    } else if (letter_at(s, i)) {
      t.kind = TokenKind::word;
      t.end = scan_word(s, i);
    } else {
      t.kind = TokenKind::punct;
      std::size_t j = i;
      utf8::next(s, j);
      t.end = j;
    }
    t.text = s.substr(t.begin, t.end - t.begin);
    if (t.kind == TokenKind::word) {
      t.lower = ascii_lower(t.text);
    }
    i = t.end;
    tokens.push_back(std::move(t));
  }
  return tokens;
}

}  // namespace yoy::stats
