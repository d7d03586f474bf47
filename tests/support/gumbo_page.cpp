// A page parsed with gumbo (see gumbo_page.h).
#include "support/gumbo_page.h"

#include <algorithm>
#include <cctype>
#include <sstream>

namespace yoy::testing {

Page::Page(const std::string& html)
    : text(html),
      output(gumbo_parse_with_options(&kGumboDefaultOptions, text.data(), text.size())) {}

Page::~Page() { gumbo_destroy_output(&kGumboDefaultOptions, output); }

void walk(const GumboNode* node, const std::function<void(const GumboNode*)>& visit) {
  visit(node);
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) return;
  const GumboVector& children =
      node->type == GUMBO_NODE_ELEMENT ? node->v.element.children : node->v.document.children;
  for (unsigned i = 0; i < children.length; ++i)
    walk(static_cast<const GumboNode*>(children.data[i]), visit);
}

std::vector<const GumboNode*> elements(const GumboOutput* output, const std::string& tag) {
  std::vector<const GumboNode*> found;
  walk(output->document, [&](const GumboNode* n) {
    if (n->type != GUMBO_NODE_ELEMENT) return;
    std::string name = gumbo_normalized_tagname(n->v.element.tag);
    if (n->v.element.tag == GUMBO_TAG_UNKNOWN) {  // e.g. SVG's <circle>: name from the source
      GumboStringPiece piece = n->v.element.original_tag;
      gumbo_tag_from_original_text(&piece);
      name.assign(piece.data, piece.length);
      for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    if (name == tag) found.push_back(n);
  });
  return found;
}

std::string attribute(const GumboNode* node, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a ? a->value : "";
}

std::string text_of(const GumboNode* node) {
  std::string out;
  walk(node, [&](const GumboNode* n) {
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE) out += n->v.text.text;
  });
  return out;
}

bool has_class(const GumboNode* node, const std::string& cls) {
  std::istringstream classes(attribute(node, "class"));
  for (std::string c; classes >> c;)
    if (c == cls) return true;
  return false;
}

std::vector<std::string> active_content(const GumboOutput* output) {
  std::vector<std::string> problems;
  walk(output->document, [&](const GumboNode* n) {
    if (n->type != GUMBO_NODE_ELEMENT) return;
    const GumboElement& e = n->v.element;
    std::string tag = gumbo_normalized_tagname(e.tag);
    if (e.tag == GUMBO_TAG_SCRIPT || e.tag == GUMBO_TAG_IMG || e.tag == GUMBO_TAG_IFRAME ||
        e.tag == GUMBO_TAG_OBJECT || e.tag == GUMBO_TAG_EMBED || e.tag == GUMBO_TAG_LINK ||
        e.tag == GUMBO_TAG_BASE || e.tag == GUMBO_TAG_FORM)
      problems.push_back("element <" + tag + ">");
    if (e.tag == GUMBO_TAG_A) problems.push_back("a link from report text? <a>");  // checked below
    for (unsigned i = 0; i < e.attributes.length; ++i) {
      const auto* a = static_cast<const GumboAttribute*>(e.attributes.data[i]);
      std::string name = a->name, value;
      for (const char* p = a->value; *p; ++p)
        if (!std::isspace(static_cast<unsigned char>(*p)) && static_cast<unsigned char>(*p) >= 0x20)
          value += static_cast<char>(std::tolower(static_cast<unsigned char>(*p)));
      if (name.rfind("on", 0) == 0) problems.push_back("handler " + name + " on <" + tag + ">");
      if (value.rfind("javascript:", 0) == 0 || value.rfind("data:", 0) == 0 ||
          value.rfind("vbscript:", 0) == 0)
        problems.push_back("URL " + name + "=" + value);
      if (name == "src" || name == "srcset" || name == "xlink:href" || name == "action" ||
          name == "formaction" || name == "style")
        problems.push_back("attribute " + name + " on <" + tag + ">");
    }
  });
  // Links are allowed only as in-page anchors (#report-...).
  problems.erase(std::remove(problems.begin(), problems.end(), "a link from report text? <a>"),
                 problems.end());
  for (const GumboNode* link : elements(output, "a")) {
    std::string href = attribute(link, "href");
    if (href.empty() || href[0] != '#') problems.push_back("link to " + href);
  }
  return problems;
}

}  // namespace yoy::testing
