// Tokens and similarity: what the differ compares texts by.
#include <algorithm>
#include <cctype>

#include "diff/diff_internal.h"
#include "yoy/normalize/normalize.h"

namespace yoy::diff_detail {
namespace {

constexpr std::uint64_t kFnvBasis = 1469598103934665603ull;  // FNV-1a
constexpr std::uint64_t kFnvPrime = 1099511628211ull;

// Code point at s[i] (UTF-8, tolerant) and its length.
char32_t decode(std::string_view s, std::size_t i, std::size_t& length) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    length = 1;
    return c;
  }
  int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
  char32_t cp = c & (0x3F >> extra);
  length = 1;
  for (int k = 0; k < extra && i + length < s.size(); ++k, ++length)
    cp = (cp << 6) | (static_cast<unsigned char>(s[i + length]) & 0x3F);
  return cp;
}

enum class CharClass { word, space, mark };

bool ascii_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

CharClass classify(char32_t cp) {
  if (cp < 0x80) {
    // ASCII by hand: std::isalnum asks the locale, and this runs on every character.
    if (ascii_alnum(static_cast<char>(cp))) return CharClass::word;
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v')
      return CharClass::space;
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

bool ascii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

std::uint64_t key_of(std::string_view token) {
  if (ascii(token)) return hash_text(token);
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
      if (ascii_alnum(s[end])) {
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
    if (ascii(word)) {
      std::uint64_t h = kFnvBasis;  // hash_text of the lower-cased word, without a copy
      for (char c : word) {
        h ^= static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        h *= kFnvPrime;
      }
      bag.push_back(h);
      continue;
    }
    lower.assign(word);
    for (char& c : lower)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
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

}  // namespace yoy::diff_detail
