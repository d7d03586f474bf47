// HTML report pages as downloaded → CleanText: decode the page to UTF-8,
// refuse what is not a report (error pages, chrome only, absurd nesting),
// parse with gumbo and hand the tree to the extractor.
#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <optional>
#include <string>

#include "read/html_budget.h"
#include "read/html_tree.h"
#include "yoy/read/html.h"
#include "yoy/read/html_limits.h"
#include "yoy/util/ascii.h"
#include "yoy/util/error.h"
#include "yoy/util/text_encoding.h"
#include "yoy/util/utf8.h"

namespace yoy {

namespace {

// Error pages are short; a report narrative is thousands of characters.
constexpr std::size_t kErrorPageMaxText = 3000;

// Visits elements in document order until `visit` returns true; returns that element.
template <typename Visit>
const GumboNode* find_element(const GumboNode* root, Visit visit) {
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT &&
        n->type != GUMBO_NODE_TEMPLATE)
      continue;
    if (n->type != GUMBO_NODE_DOCUMENT && visit(n)) return n;
    const GumboVector& kids =
        n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
    for (unsigned i = kids.length; i-- > 0;)
      stack.push_back(static_cast<const GumboNode*>(kids.data[i]));
  }
  return nullptr;
}

// The label in <meta charset="..."> or <meta http-equiv="Content-Type"
// content="text/html; charset=...">, or "" when the page declares none.
std::string declared_charset(const GumboNode* document) {
  std::string label;
  find_element(document, [&](const GumboNode* e) {
    if (html::is_element(e, GUMBO_TAG_BODY)) return true;  // declarations live in <head>
    if (!html::is_element(e, GUMBO_TAG_META)) return false;
    if (std::string_view cs = html::attribute(e, "charset"); !cs.empty()) {
      label = std::string(cs);
      return true;
    }
    if (ascii_lower(html::attribute(e, "http-equiv")) != "content-type") return false;
    const std::string content = ascii_lower(html::attribute(e, "content"));
    const std::size_t at = content.find("charset=");
    if (at == std::string::npos) return false;
    label = content.substr(at + 8);
    label.erase(std::remove_if(label.begin(), label.end(),
                               [](char c) { return c == '"' || c == '\'' || c == ';'; }),
                label.end());
    return true;
  });
  const auto not_space = [](unsigned char c) { return !std::isspace(c); };
  label.erase(label.begin(), std::find_if(label.begin(), label.end(), not_space));
  label.erase(std::find_if(label.rbegin(), label.rend(), not_space).base(), label.end());
  return label;
}

// Drops a site name after the last separator: "North Korea - United States
// Department of State" → "North Korea".
std::string without_site_suffix(std::string title) {
  for (std::string_view sep : {" | ", " - ", " – ", " — "}) {
    const std::size_t at = title.rfind(sep);
    if (at == std::string::npos || at == 0) continue;
    const std::string suffix = ascii_lower(title.substr(at + sep.size()));
    if (suffix.find("department") != std::string::npos ||
        suffix.find(".gov") != std::string::npos ||
        suffix.find("united states") != std::string::npos)
      return title.substr(0, at);
  }
  return title;
}

// The page's own heading (<h1>, e.g. "2025 Trafficking in Persons Report:
// ...") or else its <title>.
std::string page_title(const GumboNode* document) {
  const GumboNode* h1 = find_element(document, [](const GumboNode* e) {
    return html::is_element(e, GUMBO_TAG_H1) && !html::clean_inline(html::plain_text(e)).empty();
  });
  if (h1) return html::clean_inline(html::plain_text(h1));
  const GumboNode* title = find_element(
      document, [](const GumboNode* e) { return html::is_element(e, GUMBO_TAG_TITLE); });
  return title ? without_site_suffix(html::clean_inline(html::plain_text(title))) : std::string();
}

const GumboNode* content_root(const GumboNode* document) {
  const GumboNode* main = find_element(document, [](const GumboNode* e) {
    return html::is_element(e, GUMBO_TAG_MAIN) || ascii_lower(html::attribute(e, "role")) == "main";
  });
  if (main) return main;
  const GumboNode* body = find_element(
      document, [](const GumboNode* e) { return html::is_element(e, GUMBO_TAG_BODY); });
  return body ? body : document;
}

bool has_body_text(const CleanText& text) {
  return std::any_of(text.blocks.begin(), text.blocks.end(),
                     [](const TextBlock& b) { return b.heading_level == 0; });
}

std::size_t text_size(const CleanText& text) {
  std::size_t n = 0;
  for (const TextBlock& b : text.blocks) n += b.text.size();
  return n;
}

// "Page Not Found", "403 Forbidden", "Access Denied": a server's answer, not a report.
bool looks_like_error_title(const std::string& title) {
  const std::string t = ascii_lower(title);
  for (std::string_view phrase :
       {"not found", "404", "403", "forbidden", "access denied", "error", "unavailable",
        "bad gateway", "too many requests", "request rejected", "just a moment"})
    if (t.find(phrase) != std::string::npos) return true;
  return false;
}

}  // namespace

bool looks_like_html(std::string_view bytes) {
  std::string_view s = bytes.substr(0, 4096);
  if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  for (;;) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    if (s.substr(0, 5) == "<?xml") {
      // An unterminated declaration is not a page (and must not loop here).
      const std::size_t end = s.find('>');
      if (end == std::string_view::npos) return false;
      s.remove_prefix(end + 1);
    } else if (s.substr(0, 4) == "<!--") {
      const std::size_t end = s.find("-->");
      if (end == std::string_view::npos) return false;
      s.remove_prefix(end + 3);
    } else {
      break;
    }
  }
  for (std::string_view start : {"<!doctype html", "<html", "<head", "<body", "<meta", "<title"})
    if (ascii_istarts_with(s, start)) return true;
  return false;
}

CleanText read_html(std::string_view bytes, std::string_view where) {
  const std::string at(where);
  std::size_t bom = 0;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    bom = 3;
    bytes.remove_prefix(3);
  } else if (bytes.substr(0, 2) == "\xFE\xFF" || bytes.substr(0, 2) == "\xFF\xFE") {
    throw InputError(at + ": page is UTF-16 (byte order mark); save it as UTF-8");
  }
  if (bytes.substr(0, 8192).find('\0') != std::string_view::npos)
    throw InputError(at + ": binary data (NUL byte at byte " +
                     std::to_string(bytes.find('\0') + bom) + "), not an HTML page");

  // The scan reads offsets in the file as given (a BOM is no tag).
  check_html_scan(std::string_view(bytes.data() - bom, bytes.size() + bom), at);
  const std::size_t budget = html_tree_budget(bytes.size());

  // Parse as UTF-8 first: a byte order mark or the page's own declaration
  // decides the encoding, and a legacy page is decoded and parsed again.
  std::optional<html::BudgetedTree> tree(std::in_place, bytes, budget);
  html::refuse_abandoned(*tree, at, bytes.size());
  const std::string label = bom ? std::string() : declared_charset(tree->output->document);
  const Charset charset = label.empty() ? Charset::utf8 : charset_from_label(label);
  if (charset == Charset::unsupported)
    throw InputError(at + ": page declares charset \"" + label +
                     "\"; yoy reads UTF-8, ISO-8859-1 and windows-1252 pages (convert it first: "
                     "iconv -f " +
                     label + " -t UTF-8)");
  std::string decoded;
  OffsetMap offsets(bom);
  if (charset == Charset::windows1252) {
    decoded = windows1252_to_utf8(bytes, &offsets);
    tree.reset();
    tree.emplace(decoded, budget);
    html::refuse_abandoned(*tree, at, bytes.size());
  } else if (const std::size_t bad = first_invalid_utf8(bytes); bad != std::string_view::npos) {
    throw InputError(at + ": invalid UTF-8 at byte " + std::to_string(bad + bom) +
                     (label.empty() ? " (the page declares no charset; a legacy page needs "
                                      "<meta charset=\"windows-1252\">)"
                                    : ""));
  }

  const GumboNode* document = tree->output->document;
  const GumboNode* root = content_root(document);
  CleanText clean = html::extract(document, root, offsets);
  if (!has_body_text(clean) && root != tree->output->root) {
    // The <main> landmark held no report: read the whole page instead.
    clean = html::extract(document, tree->output->root, offsets);
  }
  clean.title = page_title(document);
  // Like the text conversion's title line, the page's own <h1> title is the
  // title, not a section of the report.
  const auto title_block = std::find_if(
      clean.blocks.begin(), clean.blocks.end(),
      [&](const TextBlock& b) { return b.heading_level == 1 && b.text == clean.title; });
  if (title_block != clean.blocks.end()) clean.blocks.erase(title_block);

  if (looks_like_error_title(clean.title) && text_size(clean) < kErrorPageMaxText)
    throw InputError(at + ": an error page (\"" + clean.title + "\"), not a report");
  if (!has_body_text(clean))
    throw InputError(at +
                     ": no report found in this HTML page (only navigation, headers, "
                     "footers or scripts)");
  return clean;
}

}  // namespace yoy
