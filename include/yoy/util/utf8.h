#pragma once
// UTF-8, written once: the validator every input check uses, the encoder and
// the tolerant decoder every text scanner uses.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace yoy {

// Offset of the first byte that is not valid UTF-8, or npos when all is valid.
// Overlong forms, surrogates (U+D800..U+DFFF) and code points above U+10FFFF
// are invalid; NUL is valid here (callers that refuse binary check for it).
std::size_t first_invalid_utf8(std::string_view bytes);

namespace utf8 {

inline bool valid(std::string_view bytes) {
  return first_invalid_utf8(bytes) == std::string_view::npos;
}

// Appends code point cp (U+FFFD when it is NUL or not a valid scalar value).
inline void append(std::string& out, std::uint32_t cp) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Decodes the code point at s[i] and advances i (input assumed valid UTF-8;
// a stray byte decodes as itself so callers never loop forever).
inline std::uint32_t next(std::string_view s, std::size_t& i) {
  const auto c = static_cast<unsigned char>(s[i]);
  int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  if (c >= 0x80 && c < 0xC0) n = 1;
  if (i + n > s.size()) n = 1;
  std::uint32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
  for (int k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += n;
  return cp;
}

inline bool is_ascii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

}  // namespace utf8
}  // namespace yoy
