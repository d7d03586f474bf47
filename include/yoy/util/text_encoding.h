#pragma once
// Legacy single-byte encodings to UTF-8 (pages saved as windows-1252 or
// ISO-8859-1), with a map from decoded offsets back to source bytes so byte
// spans still point into the file as it was downloaded.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace yoy {

enum class Charset { utf8, windows1252, unsupported };

// WHATWG labels: "utf-8", "utf8" → utf8; "iso-8859-1", "latin1", "windows-1252",
// "cp1252", "us-ascii", ... → windows1252 (as browsers decode them); else unsupported.
Charset charset_from_label(std::string_view label);

// Maps an offset in decoded UTF-8 back to the offset in the source bytes.
class OffsetMap {
 public:
  OffsetMap() = default;
  explicit OffsetMap(std::size_t shift) : shift_(shift) {}  // identity plus a prefix (a BOM)
  void add_widened(std::size_t decoded, std::size_t source, std::size_t width);
  std::size_t to_source(std::size_t decoded) const;

 private:
  struct Widened {
    std::size_t decoded;  // where the multi-byte UTF-8 sequence starts
    std::size_t source;   // the single source byte it came from
    std::size_t width;    // its length in UTF-8
  };
  std::size_t shift_ = 0;
  std::vector<Widened> widened_;  // only non-ASCII bytes, in order
};

// Decodes windows-1252 (a superset of ISO-8859-1's printable range) to UTF-8.
std::string windows1252_to_utf8(std::string_view bytes, OffsetMap* map);

}  // namespace yoy
