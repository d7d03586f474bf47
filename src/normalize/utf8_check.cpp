// check_utf8: refuse bytes that are not UTF-8 text, naming where they fail.
#include <string>

#include "yoy/normalize/normalize.h"
#include "yoy/util/error.h"

namespace yoy {

namespace {

[[noreturn]] void fail(std::string_view where, const std::string& what) {
  throw InputError(std::string(where) + ": " + what);
}

// Length of the valid UTF-8 sequence starting at s[i], or 0 when invalid
// (overlong forms, surrogates and code points above U+10FFFF are invalid).
std::size_t sequence_length(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  const auto cont = [&](std::size_t k) { return k < s.size() && (b(k) & 0xC0) == 0x80; };
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return cont(i + 1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (!cont(i + 1) || !cont(i + 2)) return 0;
    if (c == 0xE0 && b(i + 1) < 0xA0) return 0;   // overlong
    if (c == 0xED && b(i + 1) >= 0xA0) return 0;  // surrogate
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!cont(i + 1) || !cont(i + 2) || !cont(i + 3)) return 0;
    if (c == 0xF0 && b(i + 1) < 0x90) return 0;   // overlong
    if (c == 0xF4 && b(i + 1) >= 0x90) return 0;  // above U+10FFFF
    return 4;
  }
  return 0;
}

}  // namespace

void check_utf8(std::string_view bytes, std::string_view where) {
  if (bytes.size() >= 2) {
    const auto b0 = static_cast<unsigned char>(bytes[0]);
    const auto b1 = static_cast<unsigned char>(bytes[1]);
    if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF))
      fail(where, "UTF-16 text (byte-order mark at byte 0); convert it to UTF-8");
  }
  std::size_t i = 0;
  while (i < bytes.size()) {
    const unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x80) {
      if (c == 0) fail(where, "binary file (NUL byte at byte " + std::to_string(i) + ")");
      ++i;
      continue;
    }
    const std::size_t n = sequence_length(bytes, i);
    if (n == 0) fail(where, "invalid UTF-8 at byte " + std::to_string(i));
    i += n;
  }
}

}  // namespace yoy
