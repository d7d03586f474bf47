// Glyph-level clean-up of the words poppler gives: typesetters' ligatures
// back to letters, invisible characters out, bold faces from font names.
#include <array>

#include "pdf_internal.h"
#include "yoy/util/ascii.h"

namespace yoy::pdf {

std::string fold_glyphs(std::string_view s) {
  static constexpr std::array<std::string_view, 7> kLigatures = {"ff",  "fi", "fl", "ffi",
                                                                 "ffl", "st", "st"};
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    // U+FB00..U+FB06: EF AC 80..86.
    if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xAC) {
      const auto last = static_cast<unsigned char>(s[i + 2]);
      if (last >= 0x80 && last <= 0x86) {
        out += kLigatures[last - 0x80];
        i += 3;
        continue;
      }
    }
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xAD) {
      if (i + 2 == s.size()) out += "\xC2\xAD";  // soft hyphen at a line end: a break
      i += 2;
      continue;
    }
    if (c == 0xE2 && s.compare(i, 3, "\xE2\x80\x8B") == 0) {  // zero-width space
      i += 3;
      continue;
    }
    if (c == 0xEF && s.compare(i, 3, "\xEF\xBB\xBF") == 0) {  // zero-width no-break space
      i += 3;
      continue;
    }
    if (c < 0x20 || c == 0x7F) {
      ++i;
      continue;
    }
    out += s[i++];
  }
  return out;
}

bool is_bold_font(std::string_view name) {
  const std::string lower = ascii_lower(name);
  for (std::string_view w : {"bold", "black", "heavy", "semibold", "demi", "-bd", "extrabold"})
    if (lower.find(w) != std::string::npos) return true;
  return false;
}

bool is_italic_font(std::string_view name) {
  const std::string lower = ascii_lower(name);
  for (std::string_view w : {"italic", "oblique", "slanted"})
    if (lower.find(w) != std::string::npos) return true;
  // Adobe's short forms: "MinionPro-It", "MyriadPro-BoldIt", "MyriadPro-SemiboldIt".
  const auto ends = [&](std::string_view tail) {
    return lower.size() >= tail.size() &&
           lower.compare(lower.size() - tail.size(), tail.size(), tail.data(), tail.size()) == 0;
  };
  return ends("-it") || ends("boldit") || ends("lightit") || ends("mediumit");
}

}  // namespace yoy::pdf
