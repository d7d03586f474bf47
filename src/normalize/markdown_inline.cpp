// Markdown link syntax removal (the link text is report text; the URL is not).
#include "normalize/markdown_inline.h"

namespace yoy {

std::string strip_markdown_links(std::string_view s) {
  if (s.find("](") == std::string_view::npos) return std::string(s);
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const bool image = s[i] == '!' && i + 1 < s.size() && s[i + 1] == '[';
    const std::size_t open = image ? i + 1 : i;
    if (s[open] == '[') {
      // Find the matching ']' (nesting allowed), then "(url)".
      int depth = 0;
      std::size_t close = std::string_view::npos;
      for (std::size_t j = open; j < s.size(); ++j) {
        if (s[j] == '[') ++depth;
        if (s[j] == ']' && --depth == 0) {
          close = j;
          break;
        }
      }
      if (close != std::string_view::npos && close + 1 < s.size() && s[close + 1] == '(') {
        const std::size_t url_end = s.find(')', close + 2);
        if (url_end != std::string_view::npos &&
            s.substr(close + 2, url_end - close - 2).find(' ') == std::string_view::npos) {
          out += strip_markdown_links(s.substr(open + 1, close - open - 1));
          i = url_end + 1;
          continue;
        }
      }
    }
    out += s[i++];
  }
  return out;
}

}  // namespace yoy
