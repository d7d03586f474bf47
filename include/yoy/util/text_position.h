#pragma once
// Where in a text: "line 3, column 12" from a byte offset, and nlohmann's
// JSON error messages without their position prefix (for JSON readers that
// say where themselves: factbook profiles, policy files).
#include <cstddef>
#include <string>
#include <string_view>

namespace yoy {

// "line L, column C" (1-based, the column in characters) of a byte offset.
std::string line_column(std::string_view bytes, std::size_t offset);

// "[json.exception.parse_error.101] parse error at line 1, column 3: syntax
// error ...; last read: '...'" → "syntax error ..." (the echoed token can be
// long or hold the very bytes that were invalid).
std::string json_error_detail(const std::string& what);

}  // namespace yoy
