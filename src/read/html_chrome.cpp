// What on a report page is page chrome rather than report text: decided by
// element, ARIA role, and class/id hints, the way a reader's eye skips them.
#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "read/html_tree.h"
#include "yoy/util/ascii.h"

namespace yoy::html {

namespace {

template <std::size_t N>
bool one_of(std::string_view s, const std::string_view (&set)[N]) {
  return std::find(std::begin(set), std::end(set), s) != std::end(set);
}

// Whitespace-separated class names plus the id, lower-cased.
std::vector<std::string> class_and_id(const GumboNode* e) {
  std::vector<std::string> names;
  std::string all = ascii_lower(attribute(e, "class"));
  all += ' ';
  all += ascii_lower(attribute(e, "id"));
  std::string cur;
  for (char c : all) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      if (!cur.empty()) names.push_back(std::move(cur));
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) names.push_back(std::move(cur));
  return names;
}

// "site-header__nav" → {"site", "header", "nav"}.
std::vector<std::string> words_of(const std::string& name) {
  std::vector<std::string> words;
  std::string cur;
  for (char c : name) {
    if (c == '-' || c == '_' || c == '.' || c == ':') {
      if (!cur.empty()) words.push_back(std::move(cur));
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) words.push_back(std::move(cur));
  return words;
}

constexpr std::string_view kChromeTags[] = {
    "script", "style",    "noscript", "iframe", "form",    "nav",    "header",   "footer",
    "aside",  "template", "svg",      "math",   "button",  "select", "input",    "textarea",
    "object", "embed",    "canvas",   "audio",  "video",   "map",    "dialog",   "figure",
    "menu",   "head",     "title",    "img",    "picture", "label",  "frameset", "noframes"};

constexpr std::string_view kChromeRoles[] = {
    "navigation",  "banner", "contentinfo", "complementary", "search",  "dialog",
    "alertdialog", "menu",   "menubar",     "toolbar",       "tablist", "alert"};

// Whole class/id names that mark chrome.
constexpr std::string_view kChromeNames[] = {
    "in-this-section", "visually-hidden", "sr-only", "screen-reader-text", "skip-link", "skiplink",
    "back-to-top",     "hidden",          "d-none",  "print-only"};

// Words inside class/id names that mark chrome ("site-header", "social-share").
constexpr std::string_view kChromeWords[] = {
    "nav",        "navbar",       "navigation", "menu",   "breadcrumb", "breadcrumbs", "share",
    "sharing",    "sharethis",    "addthis",    "social", "banner",     "masthead",    "header",
    "footer",     "sidebar",      "skip",       "cookie", "cookies",    "consent",     "subscribe",
    "newsletter", "toolbar",      "pagination", "pager",  "modal",      "popup",       "related",
    "shutdown",   "announcement", "utility",    "signup", "feedback",   "search",      "lang",
    "language",   "translate"};

bool has_chrome_hint(const GumboNode* e) {
  for (const std::string& name : class_and_id(e)) {
    if (one_of(name, kChromeNames)) return true;
    for (const std::string& word : words_of(name))
      if (one_of(word, kChromeWords)) return true;
  }
  return false;
}

bool hidden(const GumboNode* e) {
  if (gumbo_get_attribute(&e->v.element.attributes, "hidden")) return true;
  if (ascii_lower(attribute(e, "aria-hidden")) == "true") return true;
  std::string style = ascii_lower(attribute(e, "style"));
  style.erase(std::remove_if(style.begin(), style.end(),
                             [](char c) { return std::isspace(static_cast<unsigned char>(c)); }),
              style.end());
  return style.find("display:none") != std::string::npos ||
         style.find("visibility:hidden") != std::string::npos;
}

bool contains_main(const GumboNode* e, int depth) {
  if (depth > 200) return false;  // hints on deep wrappers: not worth the walk
  const GumboVector& kids = e->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    const auto* k = static_cast<const GumboNode*>(kids.data[i]);
    if (k->type != GUMBO_NODE_ELEMENT) continue;
    if (is_main_landmark(k) || contains_main(k, depth + 1)) return true;
  }
  return false;
}

std::string_view tag_name(const GumboNode* e) {
  if (e->v.element.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(e->v.element.tag);
  return {};
}

}  // namespace

bool is_main_landmark(const GumboNode* e) {
  return is_element(e, GUMBO_TAG_MAIN) || is_element(e, GUMBO_TAG_ARTICLE) ||
         ascii_lower(attribute(e, "role")) == "main";
}

bool is_tags_box(const GumboNode* e) {
  if (e->type != GUMBO_NODE_ELEMENT) return false;
  for (const std::string& name : class_and_id(e)) {
    const std::vector<std::string> words = words_of(name);
    // The box itself ("related-tags", "tags", "tag-list"), not its pieces
    // ("related-tags__title", "tag-pill").
    if (name.find("__") != std::string::npos) continue;
    if (std::find(words.begin(), words.end(), "tags") != words.end()) return true;
    if (name == "tag-list" || name == "taglist") return true;
  }
  return false;
}

bool is_chrome(const GumboNode* e) {
  if (e->type != GUMBO_NODE_ELEMENT) return false;
  if (one_of(tag_name(e), kChromeTags)) return true;
  if (e->v.element.tag == GUMBO_TAG_BODY || e->v.element.tag == GUMBO_TAG_HTML) return false;
  if (hidden(e)) return true;
  if (one_of(ascii_lower(attribute(e, "role")), kChromeRoles)) return true;
  // A hint on a wrapper around the report itself ("page-header-wrapper" around
  // everything) must not drop the report.
  if (is_main_landmark(e)) return false;
  return has_chrome_hint(e) && !contains_main(e, 0);
}

}  // namespace yoy::html
