// Legacy single-byte encodings to UTF-8 with an offset map back to the source.
#include "yoy/util/text_encoding.h"

#include <algorithm>
#include <cstdint>

#include "yoy/util/ascii.h"
#include "yoy/util/utf8.h"

namespace yoy {

namespace {

// windows-1252 bytes 0x80..0x9F (WHATWG index); the five holes map to C1 controls.
constexpr char32_t kHighControls[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

std::string lower_trimmed(std::string_view s) { return ascii_lower(ascii_trim(s)); }

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
    utf8::append(out, cp);
    if (map) map->add_widened(at, i, out.size() - at);
  }
  return out;
}

}  // namespace yoy
