// The scan before gumbo (see html_limits.h): tags, open elements and
// attributes, counted from the bytes without building anything.
#include "yoy/read/html_limits.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "yoy/util/ascii.h"

namespace yoy {

namespace {

bool is_name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == ':' || c == '_';
}

// Whitespace as the HTML tokenizer sees it.
bool is_html_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

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

struct TagEnd {
  std::size_t end = 0;  // just past '>' (or the end of the text)
  std::size_t attributes = 0;
  bool self_closing = false;
};

// The attributes of a tag whose name ends at `i`, read as the HTML tokenizer
// reads them (a quoted value may hold '>'), up to the '>' that ends the tag.
TagEnd read_attributes(std::string_view html, std::size_t i) {
  TagEnd tag;
  const std::size_t n = html.size();
  while (i < n) {
    const char c = html[i];
    if (c == '>') {
      tag.end = i + 1;
      tag.self_closing = i > 0 && html[i - 1] == '/';
      return tag;
    }
    if (is_html_space(c) || c == '/') {
      ++i;
      continue;
    }
    ++tag.attributes;  // a name: up to space, '/', '>' or '='
    ++i;
    while (i < n && !is_html_space(html[i]) && html[i] != '/' && html[i] != '>' && html[i] != '=')
      ++i;
    while (i < n && is_html_space(html[i])) ++i;
    if (i >= n || html[i] != '=') continue;
    ++i;
    while (i < n && is_html_space(html[i])) ++i;
    if (i < n && (html[i] == '"' || html[i] == '\'')) {
      const std::size_t close = html.find(html[i], i + 1);
      i = close == std::string_view::npos ? n : close + 1;
    } else {
      while (i < n && !is_html_space(html[i]) && html[i] != '>') ++i;
    }
  }
  tag.end = n;
  return tag;
}

}  // namespace

HtmlWork measure_html(std::string_view html) {
  HtmlWork work;
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
    const TagEnd tag = read_attributes(html, name_end);
    if (++work.tags == kMaxHtmlTags + 1) work.tags_passed_at = lt;
    if (tag.attributes > work.most_attributes) {
      work.most_attributes = tag.attributes;
      work.attributes_at = lt;
    }
    if (closing) {
      if (!never_stays_open(name) && open > 0) --open;
    } else if (is_raw_text(name)) {
      // Skip to the matching end tag: the content is not markup.
      i = find_end_tag(html, name, tag.end);
      continue;
    } else if (!tag.self_closing && !never_stays_open(name)) {
      if (++open > work.most_open) {
        work.most_open = open;
        work.open_at = lt;
      }
    }
    i = tag.end;
  }
  return work;
}

std::size_t html_tree_budget(std::size_t page_bytes) {
  const std::size_t scaled = page_bytes > kMaxHtmlTreeBudget / kHtmlTreeBytesPerByte
                                 ? kMaxHtmlTreeBudget
                                 : page_bytes * kHtmlTreeBytesPerByte;
  return std::clamp(scaled, kMinHtmlTreeBudget, kMaxHtmlTreeBudget);
}

}  // namespace yoy
