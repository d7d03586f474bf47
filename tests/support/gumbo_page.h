#pragma once
// A page parsed with gumbo, and the lookups renderer tests make on it.
#include <gumbo.h>

#include <functional>
#include <string>
#include <vector>

namespace yoy::testing {

// A parsed page; frees the gumbo tree.
struct Page {
  explicit Page(const std::string& html);
  ~Page();
  Page(const Page&) = delete;
  Page& operator=(const Page&) = delete;
  std::string text;
  GumboOutput* output;
};

// Visits node and everything under it, in document order.
void walk(const GumboNode* node, const std::function<void(const GumboNode*)>& visit);
// Elements named `tag` (lower case; SVG's unknown tags by their source name).
std::vector<const GumboNode*> elements(const GumboOutput* output, const std::string& tag);
std::string attribute(const GumboNode* node, const char* name);
// All text under node.
std::string text_of(const GumboNode* node);
bool has_class(const GumboNode* node, const std::string& cls);
// What a browser would run or fetch: scripts, handlers, javascript: URLs,
// embeds, links other than in-page anchors; empty for a safe page.
std::vector<std::string> active_content(const GumboOutput* output);

}  // namespace yoy::testing
