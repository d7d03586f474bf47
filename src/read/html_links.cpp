// html_links: the href of every <a>, through gumbo held to the HTML reader's
// bounds (check_html_scan, then the tree budget), walked iteratively so a
// deeply nested page cannot exhaust the stack.
#include "yoy/read/html_links.h"

#include <gumbo.h>

#include <set>

#include "read/html_budget.h"
#include "yoy/read/html_limits.h"

namespace yoy {

std::vector<std::string> html_links(std::string_view bytes, std::string_view where) {
  // A fetched index page is as hostile as any page yoy reads: the same bounds.
  check_html_scan(bytes, where);
  const html::BudgetedTree tree(bytes, html_tree_budget(bytes.size()));
  html::refuse_abandoned(tree, where, bytes.size());
  std::vector<std::string> links;
  std::set<std::string> seen;
  std::vector<const GumboNode*> stack{tree.output->document};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    const GumboVector* kids = nullptr;
    if (n->type == GUMBO_NODE_DOCUMENT) {
      kids = &n->v.document.children;
    } else if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE) {
      kids = &n->v.element.children;
      if (n->v.element.tag == GUMBO_TAG_A) {
        const GumboAttribute* href = gumbo_get_attribute(&n->v.element.attributes, "href");
        if (href && href->value && seen.insert(href->value).second) links.emplace_back(href->value);
      }
    }
    if (!kids) continue;
    for (unsigned i = kids->length; i-- > 0;)
      stack.push_back(static_cast<const GumboNode*>(kids->data[i]));
  }
  return links;
}

}  // namespace yoy
