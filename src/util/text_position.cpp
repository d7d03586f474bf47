#include "yoy/util/text_position.h"

#include <algorithm>

namespace yoy {

std::string line_column(std::string_view bytes, std::size_t offset) {
  offset = std::min(offset, bytes.size());
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < offset; ++i) {
    const unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c == '\n') {
      ++line;
      column = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++column;
    }
  }
  return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

std::string json_error_detail(const std::string& what) {
  std::string detail = what;
  const std::size_t column = detail.find(", column ");
  const std::size_t colon = column == std::string::npos ? column : detail.find(": ", column);
  if (colon != std::string::npos) {
    detail.erase(0, colon + 2);
  } else if (const std::size_t bracket = detail.find("] "); bracket != std::string::npos) {
    detail.erase(0, bracket + 2);
  }
  // The echo may hold quotes itself ("Côte d'Ivoire"): it ends where nlohmann's
  // "; expected ..." begins, or with the message; unclosed, it runs to the end.
  const std::size_t last_read = detail.find("; last read: '");
  if (last_read != std::string::npos) {
    std::size_t quote = detail.find("'; expected ", last_read + 14);
    if (quote == std::string::npos && detail.size() > last_read + 14 && detail.back() == '\'')
      quote = detail.size() - 1;
    detail.erase(last_read, quote == std::string::npos ? std::string::npos : quote + 1 - last_read);
  }
  return detail;
}

}  // namespace yoy
