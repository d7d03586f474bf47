#include "yoy/normalize/line_ends.h"

namespace yoy {

bool ends_finished(std::string_view s) {
  while (!s.empty() && (s.back() == '"' || s.back() == '\'' || s.back() == ')' || s.back() == '*'))
    s.remove_suffix(1);
  // Closing curly quotes (U+201D, U+2019).
  if (s.size() >= 3 &&
      (s.substr(s.size() - 3) == "\xE2\x80\x9D" || s.substr(s.size() - 3) == "\xE2\x80\x99"))
    s.remove_suffix(3);
  if (s.empty()) return true;
  const char c = s.back();
  return c == '.' || c == '!' || c == '?' || c == ':' || c == ';';
}

}  // namespace yoy
