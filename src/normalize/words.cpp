// Words, tokens and similarity (see words.h).
#include "yoy/normalize/words.h"

#include <algorithm>

#include "yoy/normalize/normalize.h"
#include "yoy/util/ascii.h"
#include "yoy/util/utf8.h"

namespace yoy {
namespace {

constexpr std::uint64_t kFnvBasis = 1469598103934665603ull;  // FNV-1a
constexpr std::uint64_t kFnvPrime = 1099511628211ull;

// Code point at s[i] and its length in bytes.
char32_t decode(std::string_view s, std::size_t i, std::size_t& length) {
  const std::size_t start = i;
  const char32_t cp = utf8::next(s, i);
  length = i - start;
  return cp;
}

enum class CharClass { word, space, mark };

CharClass classify(char32_t cp) {
  if (cp < 0x80) {
    // ASCII by hand: std::isalnum asks the locale, and this runs on every character.
    if (is_ascii_alnum(static_cast<char>(cp))) return CharClass::word;
    if (is_ascii_space(static_cast<char>(cp))) return CharClass::space;
    return CharClass::mark;
  }
  if (cp == 0xA0 || cp == 0x2028 || cp == 0x2029 || (cp >= 0x2000 && cp <= 0x200B) ||
      cp == 0x202F || cp == 0x3000)
    return CharClass::space;
  // Typographic quotes, dashes, ellipsis, bullets, guillemets: punctuation.
  if ((cp >= 0x2010 && cp <= 0x2027) || cp == 0xAB || cp == 0xBB || cp == 0xB7)
    return CharClass::mark;
  return CharClass::word;
}

// Inside a word these join what follows: "80,000", "U.S", "don't", "anti-trafficking".
bool is_joiner(char32_t cp) {
  return cp == '.' || cp == ',' || cp == '\'' || cp == '-' || cp == 0x2019 || cp == 0x2011;
}

std::uint64_t key_of(std::string_view token) {
  if (utf8::is_ascii(token)) return hash_text(token);
  return hash_text(compare_form(token));
}

// The token starting at s[i]: sets `end` past it and says what it is.
CharClass scan_token(std::string_view s, std::size_t i, std::size_t& end) {
  std::size_t len = 0;
  const CharClass cls = classify(decode(s, i, len));
  end = i + len;
  if (cls == CharClass::space) {
    while (end < s.size()) {
      std::size_t l = 0;
      if (classify(decode(s, end, l)) != CharClass::space) break;
      end += l;
    }
  } else if (cls == CharClass::word) {
    while (end < s.size()) {
      // ASCII letters and digits, the bulk of every text, without decoding.
      if (is_ascii_alnum(s[end])) {
        ++end;
        continue;
      }
      std::size_t l = 0;
      const char32_t cp = decode(s, end, l);
      if (classify(cp) == CharClass::word) {
        end += l;
        continue;
      }
      if (is_joiner(cp) && end + l < s.size()) {
        std::size_t l2 = 0;
        if (classify(decode(s, end + l, l2)) == CharClass::word) {
          end += l + l2;
          continue;
        }
      }
      break;
    }
  }
  return cls;
}

}  // namespace

std::uint64_t hash_text(std::string_view s) {
  std::uint64_t h = kFnvBasis;
  for (unsigned char c : s) {
    h ^= c;
    h *= kFnvPrime;
  }
  return h;
}

std::vector<Token> tokenize(std::string_view s) {
  static const std::uint64_t space_key = hash_text(" ");
  std::vector<Token> tokens;
  tokens.reserve(s.size() / 3);
  for (std::size_t i = 0, end = 0; i < s.size(); i = end) {
    const CharClass cls = scan_token(s, i, end);
    const std::string_view t = s.substr(i, end - i);
    if (cls == CharClass::space)
      tokens.push_back({t, space_key, true, false});
    else
      tokens.push_back({t, key_of(t), false, cls == CharClass::word});
  }
  return tokens;
}

std::vector<std::uint64_t> word_bag(std::string_view display) {
  std::vector<std::uint64_t> bag;
  std::string lower;
  for (std::size_t i = 0, end = 0; i < display.size(); i = end) {
    if (scan_token(display, i, end) != CharClass::word) continue;
    const std::string_view word = display.substr(i, end - i);
    if (utf8::is_ascii(word)) {
      std::uint64_t h = kFnvBasis;  // hash_text of the lower-cased word, without a copy
      for (char c : word) {
        h ^= static_cast<unsigned char>(ascii_lower(c));
        h *= kFnvPrime;
      }
      bag.push_back(h);
      continue;
    }
    lower = ascii_lower(word);
    bag.push_back(key_of(lower));
  }
  std::sort(bag.begin(), bag.end());
  return bag;
}

double bag_similarity(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  if (a.empty() && b.empty()) return 1;
  std::size_t common = 0, i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) {
      ++common, ++i, ++j;
    } else if (a[i] < b[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return 2.0 * static_cast<double>(common) / static_cast<double>(a.size() + b.size());
}

double text_similarity(std::string_view a, std::string_view b) {
  return bag_similarity(word_bag(a), word_bag(b));
}

std::size_t count_words(std::string_view display) {
  std::size_t n = 0;
  for (std::size_t i = 0, end = 0; i < display.size(); i = end)
    n += scan_token(display, i, end) == CharClass::word;
  return n;
}

}  // namespace yoy
