// gumbo under a byte budget: a tree that needs exactly the budget is built, one
// byte less abandons the parse (and says why), the peak is what the page costs;
// the scan's three bounds each refuse one past the limit and say where.
#include "read/html_budget.h"

#include <gtest/gtest.h>

#include <fstream>
#include <functional>
#include <limits>
#include <string>

#include "yoy/read/html_limits.h"
#include "yoy/util/error.h"

namespace yoy::html {
namespace {

// The seed narrative as a government web page (our own markup).
const std::string kFixture =
    std::string(YOY_SOURCE_DIR) + "/tests/fixtures/html/2025-north-korea.html";

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// All the text under `node`, in document order.
void collect_text(const GumboNode* node, std::string& out) {
  if (node->type == GUMBO_NODE_TEXT) {
    out += node->v.text.text;
    return;
  }
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) return;
  const GumboVector& children =
      node->type == GUMBO_NODE_ELEMENT ? node->v.element.children : node->v.document.children;
  for (unsigned i = 0; i < children.length; ++i)
    collect_text(static_cast<const GumboNode*>(children.data[i]), out);
}

std::string error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

TEST(HtmlBudget, UnboundedParseOfTheRealPageBuildsItsTree) {
  const std::string page = slurp(kFixture);
  ASSERT_FALSE(page.empty()) << kFixture;
  const BudgetedTree tree(page, std::numeric_limits<std::size_t>::max());
  ASSERT_NE(tree.output, nullptr);
  EXPECT_FALSE(tree.over_budget);
  EXPECT_FALSE(tree.out_of_memory);
  std::string text;
  collect_text(tree.output->document, text);
  EXPECT_NE(text.find("Tier 3"), std::string::npos);
  EXPECT_NE(text.find("Democratic People"), std::string::npos);
  // The peak is what the page costs, the same every time, and what html_tree_bytes says.
  EXPECT_GT(tree.peak, page.size());
  EXPECT_EQ(BudgetedTree(page, std::numeric_limits<std::size_t>::max()).peak, tree.peak);
  EXPECT_EQ(html_tree_bytes(page), tree.peak);
  EXPECT_NO_THROW(refuse_abandoned(tree, "page.html", page.size()));
}

// The budget holds at the byte: exactly the peak is enough, one less is not.
TEST(HtmlBudget, BudgetBothSidesAtTheByte) {
  const std::string page = slurp(kFixture);
  const std::size_t peak = html_tree_bytes(page);
  const BudgetedTree exact(page, peak);
  ASSERT_NE(exact.output, nullptr);
  EXPECT_FALSE(exact.over_budget);
  EXPECT_EQ(exact.peak, peak);
  const BudgetedTree under(page, peak - 1);
  EXPECT_EQ(under.output, nullptr);
  EXPECT_TRUE(under.over_budget);
  EXPECT_FALSE(under.out_of_memory);
  EXPECT_LE(under.peak, peak - 1) << "never holds more than the budget";
  const BudgetedTree nothing("", 0);
  EXPECT_EQ(nothing.output, nullptr);
  EXPECT_TRUE(nothing.over_budget);
  EXPECT_EQ(nothing.peak, 0u);
}

// What an abandoned parse says: the budget of a page of that size and how it
// is made (the numbers are html_tree_budget's, not the BudgetedTree's own).
TEST(HtmlBudget, AnAbandonedParseIsOneLineNamingTheBudget) {
  const BudgetedTree tree("<p>The government reported 12 investigations.</p>", 100);
  ASSERT_EQ(tree.output, nullptr);
  EXPECT_EQ(error_of([&] { refuse_abandoned(tree, "tip/2025/x.html", 1u << 20); }),
            "tip/2025/x.html: parsing this HTML would take more than 104857600 bytes of tree "
            "(100 per byte of the page, at least 16 MiB, at most 256 MiB; formatting elements "
            "left open and rebuilt in every paragraph do this); not a report page");
  const std::string small = error_of([&] { refuse_abandoned(tree, "p.html", 10); });
  EXPECT_EQ(small.rfind("p.html: parsing this HTML would take more than 16777216 bytes", 0), 0u)
      << small;
}

// check_html_scan: each bound accepts its limit and refuses one more, naming
// the byte where it was passed.
TEST(HtmlBudget, ScanNestingBothSides) {
  std::string at_limit;
  for (std::size_t i = 0; i < kMaxOpenElements; ++i) at_limit += "<span>";
  EXPECT_EQ(measure_html(at_limit).most_open, kMaxOpenElements);
  EXPECT_EQ(error_of([&] { check_html_scan(at_limit, "deep.html"); }), "");
  const std::string over = at_limit + "<span>";
  EXPECT_EQ(error_of([&] { check_html_scan(over, "deep.html"); }),
            "deep.html: HTML nested too deeply (4001 elements open at byte " +
                std::to_string(at_limit.size()) + "); not a report page");
}

TEST(HtmlBudget, ScanAttributesBothSides) {
  auto tag = [](std::size_t n) {
    std::string page = "<p";
    for (std::size_t i = 0; i < n; ++i) page += " a" + std::to_string(i) + "=1";
    return page + ">text</p>";
  };
  EXPECT_EQ(error_of([&] { check_html_scan("<br>" + tag(kMaxHtmlAttributes), "a.html"); }), "");
  EXPECT_EQ(error_of([&] { check_html_scan("<br>" + tag(kMaxHtmlAttributes + 1), "a.html"); }),
            "a.html: a tag with 101 attributes at byte 4 (at most 100); not a report page");
}

// check_html_work is the scan and then the tree: a page the scan passes but
// whose tree outgrows its budget (formatting reopened in every paragraph).
TEST(HtmlBudget, WorkChecksTheTreeAfterTheScan) {
  EXPECT_EQ(error_of([&] { check_html_work(slurp(kFixture), "page.html"); }), "");
  std::string page = "<!doctype html><html><body><p>";
  for (int i = 0; i < 3000; ++i) page += "<b id=" + std::to_string(i) + ">";
  for (int i = 0; i < 3000; ++i) page += "<p>x" + std::to_string(i);
  EXPECT_EQ(error_of([&] { check_html_scan(page, "page.html"); }), "");
  const std::string refused = error_of([&] { check_html_work(page, "page.html"); });
  EXPECT_EQ(refused.rfind("page.html: parsing this HTML would take more than 16777216 bytes", 0),
            0u)
      << refused;
}

}  // namespace
}  // namespace yoy::html
