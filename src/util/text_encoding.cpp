// Legacy single-byte encodings to UTF-8 with an offset map back to the source.
#include "yoy/util/text_encoding.h"

#include <algorithm>
#include <cctype>
#include <cstdint>

namespace yoy {

namespace {

// windows-1252 bytes 0x80..0x9F (WHATWG index); the five holes map to C1 controls.
constexpr char32_t kHighControls[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

std::string lower_trimmed(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

Charset charset_from_label(std::string_view label) {
  const std::string l = lower_trimmed(label);
  static constexpr std::string_view kUtf8[] = {"utf-8", "utf8", "unicode-1-1-utf-8"};
  static constexpr std::string_view k1252[] = {
      "windows-1252", "cp1252",   "x-cp1252", "iso-8859-1",     "iso8859-1",      "iso_8859-1",
      "iso88591",     "latin1",   "l1",       "cp819",          "ibm819",         "iso-ir-100",
      "csisolatin1",  "us-ascii", "ascii",    "ansi_x3.4-1968", "iso_8859-1:1987"};
  if (std::find(std::begin(kUtf8), std::end(kUtf8), l) != std::end(kUtf8)) return Charset::utf8;
  if (std::find(std::begin(k1252), std::end(k1252), l) != std::end(k1252))
    return Charset::windows1252;
  return Charset::unsupported;
}

std::size_t first_invalid_utf8(std::string_view bytes) {
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  std::size_t i = 0;
  while (i < n) {
    const unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = 0;
    std::uint32_t cp = 0;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      cp = c & 0x07;
    } else {
      return i;
    }
    if (i + len > n) return i;
    for (std::size_t k = 1; k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are invalid.
    if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF))
      return i;
    i += len;
  }
  return std::string_view::npos;
}

void OffsetMap::add_widened(std::size_t decoded, std::size_t source, std::size_t width) {
  widened_.push_back({decoded, source, width});
}

std::size_t OffsetMap::to_source(std::size_t decoded) const {
  auto after = std::upper_bound(widened_.begin(), widened_.end(), decoded,
                                [](std::size_t d, const Widened& w) { return d < w.decoded; });
  if (after == widened_.begin()) return decoded + shift_;
  const Widened& w = *(after - 1);
  if (decoded < w.decoded + w.width) return w.source + shift_;  // inside one widened char
  return w.source + 1 + (decoded - (w.decoded + w.width)) + shift_;
}

std::string windows1252_to_utf8(std::string_view bytes, OffsetMap* map) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x80) {
      out += static_cast<char>(c);
      continue;
    }
    const char32_t cp = (c < 0xA0) ? kHighControls[c - 0x80] : c;
    const std::size_t at = out.size();
    append_utf8(out, cp);
    if (map) map->add_widened(at, i, out.size() - at);
  }
  return out;
}

}  // namespace yoy
