#include "support/text_lines.h"

namespace yoy::test {

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1)
    out.push_back(text.substr(start, end - start));
  return out;
}

std::size_t column_of(const std::string& line, const std::string& needle) {
  std::size_t n = 0, at = line.find(needle);
  for (std::size_t i = 0; i < at && at != std::string::npos; ++i)
    n += (static_cast<unsigned char>(line[i]) & 0xC0) != 0x80;
  return n;
}

}  // namespace yoy::test
