// Page chrome recognizers: matched on whole paragraphs only, case-insensitively,
// so a report sentence that merely mentions "FOIA" is never dropped.
#include "normalize/page_chrome.h"
#include "yoy/util/ascii.h"

#include <array>
#include <string>

namespace yoy::chrome {

namespace {

std::string lower_letters_only(std::string_view s) {
  // Lower-cased, Markdown emphasis ('*', '_') removed, whitespace collapsed, trimmed.
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (c == '*' || c == '_') continue;
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += ascii_lower(c);
  }
  return out;
}

constexpr std::array<std::string_view, 13> kFooter = {
    "white house",
    "usa.gov",
    "office of the inspector general",
    "archives",
    "contact us",
    "privacy policy",
    "accessibility statement",
    "copyright information",
    "foia",
    "no fear act",
    "skip to main content",
    "an official website of the united states government",
    "here's how you know"};

}  // namespace

Kind classify(std::string_view text) {
  if (text.size() > 400) return Kind::none;
  const std::string s = lower_letters_only(text);
  if (s == "federal government shutdown") return Kind::banner;
  if (s.find("shutdown") != std::string::npos &&
      (s.find("website updates") != std::string::npos ||
       s.find("full operations resume") != std::string::npos))
    return Kind::banner;
  if (s == "u.s. department of state") return Kind::agency;
  if (s.rfind("home >", 0) == 0 || s.rfind("home ›", 0) == 0) return Kind::breadcrumb;
  if (s.rfind("in this section", 0) == 0) return Kind::in_this_section;
  if (s == "tags" || s == "tags:") return Kind::tags_heading;
  for (std::string_view f : kFooter)
    if (s == f) return Kind::footer;
  return Kind::none;
}

bool looks_like_tag(std::string_view text) {
  if (text.empty() || text.size() > 80) return false;
  const char last = text.back();
  return last != '.' && last != '!' && last != '?' && text.find('\n') == std::string_view::npos;
}

}  // namespace yoy::chrome
