// decode_entities: HTML character references to UTF-8.
#include <algorithm>
#include <cstdint>
#include <utility>

#include "yoy/normalize/normalize.h"
#include "yoy/util/utf8.h"

namespace yoy {

namespace {

// The named references report pages actually use (sorted for binary search).
constexpr std::pair<std::string_view, std::uint32_t> kNamed[] = {
    {"AElig", 0xC6},    {"Aacute", 0xC1},   {"Agrave", 0xC0},   {"Eacute", 0xC9},
    {"Ntilde", 0xD1},   {"Oacute", 0xD3},   {"Ouml", 0xD6},     {"Uuml", 0xDC},
    {"aacute", 0xE1},   {"acirc", 0xE2},    {"aelig", 0xE6},    {"agrave", 0xE0},
    {"amp", 0x26},      {"apos", 0x27},     {"atilde", 0xE3},   {"auml", 0xE4},
    {"bdquo", 0x201E},  {"bull", 0x2022},   {"ccedil", 0xE7},   {"cent", 0xA2},
    {"copy", 0xA9},     {"deg", 0xB0},      {"eacute", 0xE9},   {"ecirc", 0xEA},
    {"egrave", 0xE8},   {"euml", 0xEB},     {"euro", 0x20AC},   {"frac12", 0xBD},
    {"gt", 0x3E},       {"hellip", 0x2026}, {"iacute", 0xED},   {"icirc", 0xEE},
    {"iuml", 0xEF},     {"laquo", 0xAB},    {"ldquo", 0x201C},  {"lsaquo", 0x2039},
    {"lsquo", 0x2018},  {"lt", 0x3C},       {"mdash", 0x2014},  {"middot", 0xB7},
    {"nbsp", 0xA0},     {"ndash", 0x2013},  {"ntilde", 0xF1},   {"oacute", 0xF3},
    {"ocirc", 0xF4},    {"ouml", 0xF6},     {"para", 0xB6},     {"pound", 0xA3},
    {"quot", 0x22},     {"raquo", 0xBB},    {"rdquo", 0x201D},  {"reg", 0xAE},
    {"rsaquo", 0x203A}, {"rsquo", 0x2019},  {"sbquo", 0x201A},  {"sect", 0xA7},
    {"shy", 0xAD},      {"szlig", 0xDF},    {"thinsp", 0x2009}, {"trade", 0x2122},
    {"uacute", 0xFA},   {"ucirc", 0xFB},    {"uuml", 0xFC},     {"yen", 0xA5},
};

static_assert(std::is_sorted(std::begin(kNamed), std::end(kNamed),
                             [](const auto& a, const auto& b) { return a.first < b.first; }));

// Parses the reference starting at s[i] == '&'; returns its length (0 if none).
std::size_t parse_reference(std::string_view s, std::size_t i, std::uint32_t& cp) {
  std::size_t j = i + 1;
  if (j < s.size() && s[j] == '#') {
    ++j;
    const bool hex = j < s.size() && (s[j] == 'x' || s[j] == 'X');
    if (hex) ++j;
    std::uint32_t value = 0;
    const std::size_t digits_begin = j;
    while (j < s.size() && j - digits_begin < 8) {
      const char c = s[j];
      int d = -1;
      if (c >= '0' && c <= '9')
        d = c - '0';
      else if (hex && c >= 'a' && c <= 'f')
        d = c - 'a' + 10;
      else if (hex && c >= 'A' && c <= 'F')
        d = c - 'A' + 10;
      if (d < 0) break;
      value = value * (hex ? 16 : 10) + static_cast<std::uint32_t>(d);
      ++j;
    }
    if (j == digits_begin || j >= s.size() || s[j] != ';') return 0;
    cp = value;
    return j + 1 - i;
  }
  const std::size_t name_begin = j;
  while (j < s.size() && j - name_begin < 10 &&
         ((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z') ||
          (s[j] >= '0' && s[j] <= '9')))
    ++j;
  if (j == name_begin || j >= s.size() || s[j] != ';') return 0;
  const std::string_view name = s.substr(name_begin, j - name_begin);
  const auto* end = std::end(kNamed);
  const auto* it =
      std::lower_bound(std::begin(kNamed), end, name,
                       [](const auto& entry, std::string_view n) { return entry.first < n; });
  if (it == end || it->first != name) return 0;
  cp = it->second;
  return j + 1 - i;
}

}  // namespace

std::string decode_entities(std::string_view s) {
  if (s.find('&') == std::string_view::npos) return std::string(s);
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    std::uint32_t cp = 0;
    const std::size_t n = s[i] == '&' ? parse_reference(s, i, cp) : 0;
    if (n == 0) {
      out += s[i++];
      continue;
    }
    utf8::append(out, cp);
    i += n;
  }
  return out;
}

}  // namespace yoy
