// The Markdown renderer: tables well-formed, report text escaped, and GitHub's
// own parser (cmark-gfm) reads the tables and the redline as we meant them.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "render/render_escape.h"
#include "support/gumbo_page.h"
#include "support/sample_changes.h"
#include "yoy/render/render.h"

using yoy::ChangeSet;
using yoy::RenderOptions;
using yoy::testing::active_content;
using yoy::testing::elements;
using yoy::testing::hostile_changes;
using yoy::testing::kHostile;
using yoy::testing::Page;
using yoy::testing::sample_changes;
using yoy::testing::text_of;
using yoy::testing::walk;

namespace {

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// Number of cell separators in a table row: pipes not escaped by a backslash.
int unescaped_pipes(const std::string& row) {
  int count = 0;
  for (std::size_t i = 0; i < row.size(); ++i) {
    if (row[i] == '\\') {
      ++i;
      continue;
    }
    if (row[i] == '|') ++count;
  }
  return count;
}

// Every table (consecutive lines starting with '|'): header, delimiter row, and the
// same number of cells on each row. Returns the number of tables seen.
int check_tables(const std::string& markdown) {
  std::vector<std::string> lines = lines_of(markdown);
  int tables = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].empty() || lines[i][0] != '|') continue;
    ++tables;
    const int columns = unescaped_pipes(lines[i]);
    EXPECT_GE(columns, 3) << lines[i];
    EXPECT_TRUE(i == 0 || lines[i - 1].empty()) << "table not preceded by a blank line";
    EXPECT_LT(i + 1, lines.size());
    EXPECT_TRUE(lines[i + 1].rfind("|---", 0) == 0) << "no delimiter row: " << lines[i + 1];
    std::size_t j = i;
    for (; j < lines.size() && !lines[j].empty() && lines[j][0] == '|'; ++j) {
      EXPECT_EQ(unescaped_pipes(lines[j]), columns) << "row: " << lines[j];
      EXPECT_EQ(lines[j].back(), '|') << lines[j];
    }
    i = j;
  }
  return tables;
}

}  // namespace

TEST(RenderMarkdown, HeadlineTablesAndNotes) {
  std::string out = yoy::render_markdown(sample_changes(), RenderOptions{});
  EXPECT_EQ(lines_of(out)[0], "# What changed: tip/2024 → tip/2025");
  EXPECT_TRUE(contains(out, "## Korea, Democratic People's Republic of (north-korea)")) << out;
  EXPECT_TRUE(contains(out, "**Tier 2 Watch List → Tier 3 (downgrade).**"));
  EXPECT_TRUE(contains(out, "the new text says \"remained\", but the editions show a downgrade"));
  EXPECT_EQ(check_tables(out), 2) << out;
  EXPECT_TRUE(contains(out, "| added | #4 | Cease garnishing wages of overseas workers. |"));
  EXPECT_TRUE(contains(out, "| removed | was #6 | Accede to the 2000 UN TIP Protocol. |"));
  EXPECT_TRUE(contains(out,
                       "| reworded | #2 | Eliminate ~~the use of coercion~~ **coercive** "
                       "tactics **used** to monitor workers. |"))
      << out;
  EXPECT_TRUE(contains(out, "| moved | #3 → #1 | Criminalize sex trafficking"));
  EXPECT_TRUE(
      contains(out,
               "| Trafficking Profile | persons |  | 80,000 to 120,000 | 80,000 to 200,000 | "
               "persons | +80,000 | +66.7% | “The DPRK holds"))
      << out;
  EXPECT_TRUE(contains(
      out,
      "| Trafficking Profile | working hours | 2024 | — | up to 20 hours | hours per day | "
      "added |"));
  EXPECT_TRUE(contains(out, "#### Prosecution (modified)"));
  EXPECT_TRUE(contains(out,
                       "- **Changed:** “… It did not report laws criminalizing sex "
                       "trafficking **or labor trafficking**. …”"))
      << out;
  EXPECT_TRUE(contains(out, "- **Moved** from paragraph 5 to paragraph 2: “Authorities"));
  EXPECT_TRUE(contains(out, "#### “Prevention Efforts” renamed to “Prevention”"));
}

TEST(RenderMarkdown, EmptyAndReversed) {
  ChangeSet empty;
  empty.from = {"tip", 2024, ""};
  empty.to = {"tip", 2025, ""};
  EXPECT_TRUE(contains(yoy::render_markdown(empty, RenderOptions{}), "No changes."));
  ChangeSet reversed = sample_changes();
  std::swap(reversed.from, reversed.to);
  reversed.reversed = true;
  EXPECT_TRUE(contains(yoy::render_markdown(reversed, RenderOptions{}),
                       "> **Note:** This diff runs backwards in time"));
}

TEST(RenderMarkdown, HostileTextIsEscapedAndTablesStayWellFormed) {
  for (const char* hostile : kHostile) {
    std::string out = yoy::render_markdown(hostile_changes(hostile), RenderOptions{});
    EXPECT_EQ(check_tables(out), 2) << "input: " << hostile << "\n" << out;
    EXPECT_FALSE(contains(out, "<script")) << hostile;
    EXPECT_FALSE(contains(out, "<img")) << hostile;
    EXPECT_FALSE(contains(out, "<a ")) << hostile;
    for (std::size_t at = out.find("]("); at != std::string::npos; at = out.find("](", at + 1))
      EXPECT_EQ(out[at - 1], '\\') << "a Markdown link survived: " << hostile;
  }
  std::string out = yoy::render_markdown(hostile_changes("a|b"), RenderOptions{});
  EXPECT_TRUE(contains(out, "| added | #4 | a\\|b \\| cell |")) << out;
}

TEST(RenderMarkdown, EscapeMarkdownCoversSyntax) {
  EXPECT_EQ(yoy::escape_markdown("a|b*c_d`e[f]g~h\\i"), "a\\|b\\*c\\_d\\`e\\[f\\]g\\~h\\\\i");
  EXPECT_EQ(yoy::escape_markdown("<b>&amp;</b>"), "&lt;b&gt;&amp;amp;&lt;/b&gt;");
  EXPECT_EQ(yoy::escape_markdown("line\nbreak"), "line break");
}

namespace {

// Markdown -> HTML with cmark-gfm (GitHub's parser; installed by scripts/setup), raw HTML
// passed through (--unsafe) so any escaping we missed would show up as markup.
std::string gfm_to_html(const std::string& markdown) {
  namespace fs = std::filesystem;
  fs::path input = fs::temp_directory_path() / ("yoy-render-" + std::to_string(::getpid()) + ".md");
  std::ofstream(input, std::ios::binary) << markdown;
  std::string command =
      "cmark-gfm --unsafe -e table -e strikethrough -e autolink '" + input.string() + "'";
  std::string html;
  if (FILE* pipe = ::popen(command.c_str(), "r")) {
    char buffer[4096];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;)
      html.append(buffer, n);
    ::pclose(pipe);
  }
  fs::remove(input);
  return html;
}

bool have_cmark_gfm() { return std::system("cmark-gfm --version >/dev/null 2>&1") == 0; }

// Cells per row of each table, as parsed.
std::vector<std::vector<int>> table_shapes(const GumboOutput* output) {
  std::vector<std::vector<int>> shapes;
  for (const GumboNode* table : elements(output, "table")) {
    std::vector<int> rows;
    walk(table, [&](const GumboNode* n) {
      if (n->type != GUMBO_NODE_ELEMENT || n->v.element.tag != GUMBO_TAG_TR) return;
      int cells = 0;
      const GumboVector& children = n->v.element.children;
      for (unsigned i = 0; i < children.length; ++i) {
        const auto* c = static_cast<const GumboNode*>(children.data[i]);
        cells += c->type == GUMBO_NODE_ELEMENT &&
                 (c->v.element.tag == GUMBO_TAG_TD || c->v.element.tag == GUMBO_TAG_TH);
      }
      rows.push_back(cells);
    });
    shapes.push_back(rows);
  }
  return shapes;
}

}  // namespace

TEST(RenderMarkdown, GitHubParsesTheTablesAndRedline) {
  if (!have_cmark_gfm()) GTEST_SKIP() << "cmark-gfm not installed (scripts/setup installs it)";
  Page page(gfm_to_html(yoy::render_markdown(sample_changes(), RenderOptions{})));
  std::vector<std::vector<int>> shapes = table_shapes(page.output);
  ASSERT_EQ(shapes.size(), 2u);
  EXPECT_EQ(shapes[0], std::vector<int>(1 + 4, 3)) << "recommendations: header + 4 rows of 3";
  EXPECT_EQ(shapes[1], std::vector<int>(1 + 3, 9)) << "statistics: header + 3 rows of 9";
  std::vector<std::string> struck, strong;
  for (const GumboNode* n : elements(page.output, "del")) struck.push_back(text_of(n));
  for (const GumboNode* n : elements(page.output, "strong")) strong.push_back(text_of(n));
  EXPECT_NE(std::find(struck.begin(), struck.end(), "the use of coercion"), struck.end());
  EXPECT_NE(std::find(strong.begin(), strong.end(), "or labor trafficking"), strong.end());
}

TEST(RenderMarkdown, GitHubSeesHostileTextAsText) {
  if (!have_cmark_gfm()) GTEST_SKIP() << "cmark-gfm not installed (scripts/setup installs it)";
  for (const char* hostile : kHostile) {
    Page page(gfm_to_html(yoy::render_markdown(hostile_changes(hostile), RenderOptions{})));
    std::vector<std::string> problems = active_content(page.output);
    EXPECT_TRUE(problems.empty()) << "input: " << hostile
                                  << "\nfirst problem: " << (problems.empty() ? "" : problems[0]);
    std::vector<std::vector<int>> shapes = table_shapes(page.output);
    ASSERT_EQ(shapes.size(), 2u) << hostile;
    EXPECT_EQ(shapes[0], std::vector<int>(1 + 4, 3)) << hostile;
    EXPECT_EQ(shapes[1], std::vector<int>(1 + 3, 9)) << hostile;
    // The report title comes through verbatim as the heading text.
    std::vector<const GumboNode*> h2 = elements(page.output, "h2");
    ASSERT_FALSE(h2.empty());
    EXPECT_EQ(text_of(h2[0]), std::string(hostile) + " (" + hostile + ")") << hostile;
  }
}
