// Tag counting guard against pathological nesting (see html_limits.h).
#include "yoy/read/html_limits.h"
#include "yoy/util/ascii.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace yoy {

namespace {

bool is_name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == ':' || c == '_';
}

// Elements that never stay open: void elements and those the tree builder
// closes by itself when a sibling starts.
bool never_stays_open(const std::string& name) {
  static constexpr std::string_view kNames[] = {
      "area",  "base",  "br",     "col",     "embed",    "hr",   "img",  "input", "link",
      "meta",  "param", "source", "track",   "wbr",      "p",    "li",   "dt",    "dd",
      "tr",    "td",    "th",     "option",  "optgroup", "rb",   "rt",   "rp",    "colgroup",
      "thead", "tbody", "tfoot",  "caption", "html",     "head", "body", "frame", "keygen"};
  return std::find(std::begin(kNames), std::end(kNames), name) != std::end(kNames);
}

bool is_raw_text(const std::string& name) {
  return name == "script" || name == "style" || name == "textarea" || name == "title" ||
         name == "xmp" || name == "noembed" || name == "iframe" || name == "plaintext";
}

// Offset of "</name" (any case) at or after `from`, or the end of the text.
std::size_t find_end_tag(std::string_view html, const std::string& name, std::size_t from) {
  for (std::size_t at = html.find("</", from); at != std::string_view::npos;
       at = html.find("</", at + 2)) {
    if (ascii_lower(html.substr(at + 2, name.size())) == name) return at;
  }
  return html.size();
}

}  // namespace

OpenElements count_open_elements(std::string_view html) {
  OpenElements result;
  std::size_t open = 0;
  std::size_t i = 0;
  const std::size_t n = html.size();
  while (i < n) {
    const std::size_t lt = html.find('<', i);
    if (lt == std::string_view::npos || lt + 1 >= n) break;
    if (html.compare(lt, 4, "<!--") == 0) {
      const std::size_t end = html.find("-->", lt + 4);
      if (end == std::string_view::npos) break;
      i = end + 3;
      continue;
    }
    const bool closing = html[lt + 1] == '/';
    std::size_t name_begin = lt + (closing ? 2 : 1);
    if (name_begin >= n || !std::isalpha(static_cast<unsigned char>(html[name_begin]))) {
      i = lt + 1;
      continue;
    }
    std::size_t name_end = name_begin;
    while (name_end < n && is_name_char(html[name_end])) ++name_end;
    const std::string name = ascii_lower(html.substr(name_begin, name_end - name_begin));
    const std::size_t gt = html.find('>', name_end);
    const std::size_t tag_end = gt == std::string_view::npos ? n : gt + 1;
    const bool self_closing = gt != std::string_view::npos && gt > 0 && html[gt - 1] == '/';
    if (closing) {
      if (!never_stays_open(name) && open > 0) --open;
    } else if (is_raw_text(name)) {
      // Skip to the matching end tag: the content is not markup.
      i = find_end_tag(html, name, tag_end);
      continue;
    } else if (!self_closing && !never_stays_open(name)) {
      if (++open > result.most) result = {open, lt};
    }
    i = tag_end;
  }
  return result;
}

}  // namespace yoy
