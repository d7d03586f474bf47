#include "yoy/util/printable.h"

#include <cstdint>

namespace yoy {

namespace {

const char* const kHex = "0123456789abcdef";

bool hidden_format(std::uint32_t cp) {
  return (cp >= 0x80 && cp <= 0x9f) || (cp >= 0x202a && cp <= 0x202e) ||
         (cp >= 0x2066 && cp <= 0x2069);
}

// Length of the valid UTF-8 sequence at s[i] and its code point; 0 when invalid.
std::size_t decode(std::string_view s, std::size_t i, std::uint32_t& cp) {
  const auto c = static_cast<unsigned char>(s[i]);
  std::size_t n;
  std::uint32_t min;
  if (c >= 0xc2 && c <= 0xdf) {
    n = 2, min = 0x80, cp = c & 0x1f;
  } else if (c >= 0xe0 && c <= 0xef) {
    n = 3, min = 0x800, cp = c & 0x0f;
  } else if (c >= 0xf0 && c <= 0xf4) {
    n = 4, min = 0x10000, cp = c & 0x07;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    const auto d = static_cast<unsigned char>(s[i + k]);
    if ((d & 0xc0) != 0x80) return 0;
    cp = (cp << 6) | (d & 0x3f);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
  return n;
}

}  // namespace

TextUnit text_unit(std::string_view text, std::size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) return {1, (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f};
  std::uint32_t cp = 0;
  const std::size_t n = decode(text, i, cp);
  if (n == 0) return {1, true};
  return {n, hidden_format(cp)};
}

void append_visible(std::string& out, std::string_view control) {
  std::uint32_t cp = 0;
  if (control.size() > 1 && decode(control, 0, cp) == control.size()) {
    out += "\\u";
    for (int shift = 12; shift >= 0; shift -= 4) out += kHex[(cp >> shift) & 15];
    return;
  }
  for (char byte : control) {
    const auto c = static_cast<unsigned char>(byte);
    out += "\\x";
    out += kHex[c >> 4];
    out += kHex[c & 15];
  }
}

std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c < 0x7f) {
      std::size_t run = i + 1;  // plain ASCII runs are copied whole
      while (run < text.size() && static_cast<unsigned char>(text[run]) >= 0x20 &&
             static_cast<unsigned char>(text[run]) < 0x7f)
        ++run;
      out.append(text.substr(i, run - i));
      i = run;
    } else if (c == '\n' || c == '\r') {
      out += ' ';
      i += c == '\r' && i + 1 < text.size() && text[i + 1] == '\n' ? 2 : 1;  // CRLF: one space
    } else {
      const TextUnit unit = text_unit(text, i);
      if (unit.control)
        append_visible(out, text.substr(i, unit.bytes));
      else
        out.append(text.substr(i, unit.bytes));
      i += unit.bytes;
    }
  }
  return out;
}

std::string quoted(std::string_view name) {
  // Appended, not "'" + printable(name): GCC 12's -Wrestrict misreads the insert at -O3.
  std::string out = "'";
  out += printable(name);
  out += '\'';
  return out;
}

}  // namespace yoy
