// Renderer tests on hand-built ChangeSets: text (with and without colour),
// Markdown (tables well-formed, text escaped) and html (parsed with gumbo:
// structure, and hostile report text never becomes markup).
#include <gtest/gtest.h>
#include <gumbo.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include "support/sample_changes.h"
#include "yoy/render/render.h"

using yoy::ChangeSet;
using yoy::RenderOptions;
using yoy::testing::hostile_changes;
using yoy::testing::sample_changes;

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

const char* kHostile[] = {
    "<script>alert(1)</script>",         "\"><img src=x onerror=alert(1)>",
    "'><svg onload=alert(1)>",           "javascript:alert(1)",
    "[click](javascript:alert(1))",      "<a href=\"javascript:alert(1)\">x</a>",
    "</style><script>alert(1)</script>", "&lt;script&gt; | pipes | and `code` **bold** ~~x~~ \\",
};

}  // namespace

// ---------------------------------------------------------------- text

TEST(RenderText, HeadlineFirstWithTierDirectionAndCounts) {
  std::string out = yoy::render_text(sample_changes(), RenderOptions{});
  std::vector<std::string> lines = lines_of(out);
  ASSERT_GE(lines.size(), 4u);
  EXPECT_EQ(lines[0], "tip 2024 → tip 2025");
  // The per-report headline comes before any detail.
  auto headline = std::find_if(lines.begin(), lines.end(), [](const std::string& l) {
    return l.rfind("north-korea: Tier 2 Watch List → Tier 3 (downgrade)", 0) == 0;
  });
  ASSERT_NE(headline, lines.end()) << out;
  EXPECT_TRUE(contains(*headline, "recommendations: 1 added, 1 removed, 1 reworded, 1 moved"))
      << *headline;
  auto details = std::find_if(lines.begin(), lines.end(), [](const std::string& l) {
    return l.rfind("== north-korea", 0) == 0;
  });
  ASSERT_NE(details, lines.end());
  EXPECT_LT(headline - lines.begin(), details - lines.begin());
  EXPECT_TRUE(contains(out, "1 of 1 report changed, 1 rating change")) << out;
}

TEST(RenderText, PlainWordDiffWithoutColour) {
  std::string out = yoy::render_text(sample_changes(), RenderOptions{});
  EXPECT_FALSE(contains(out, "\x1b")) << "ANSI codes without colour";
  EXPECT_TRUE(contains(out,
                       "Eliminate [-the use of coercion-]{+coercive+} tactics {+used+} to "
                       "monitor workers."))
      << out;
  // Paragraph word diff: only the sentence with the change, punctuation hugging its word.
  EXPECT_TRUE(contains(out,
                       "… It did not report laws criminalizing sex trafficking {+or labor "
                       "trafficking+}. …"))
      << out;
}

TEST(RenderText, ColourHighlightsRemovedRedAndAddedGreen) {
  RenderOptions options;
  options.color = true;
  std::string out = yoy::render_text(sample_changes(), options);
  EXPECT_TRUE(contains(out, "\x1b[31mthe use of coercion\x1b[0m")) << out;
  EXPECT_TRUE(contains(out, "\x1b[32mcoercive\x1b[0m")) << out;
  EXPECT_FALSE(contains(out, "[-")) << "plain markers in colour mode";
  EXPECT_FALSE(contains(out, "{+"));
}

TEST(RenderText, StatisticsMovesAndContradiction) {
  std::string out = yoy::render_text(sample_changes(), RenderOptions{});
  EXPECT_TRUE(contains(out,
                       "Trafficking Profile: 80,000 to 120,000 → 80,000 to 200,000 (persons)"
                       ", +80,000 (+66.7%)"))
      << out;
  EXPECT_TRUE(contains(out, "new: up to 20 hours (hours per day)"));
  EXPECT_TRUE(contains(out, "gone: two women"));
  EXPECT_TRUE(contains(out, "> moved #3 → #1: Criminalize sex trafficking")) << out;
  EXPECT_TRUE(contains(out, "moved from paragraph 5 to paragraph 2")) << out;
  EXPECT_TRUE(contains(out, "the new text says \"remained\", but the editions show a downgrade"))
      << out;
  EXPECT_TRUE(contains(out, "\"Prevention Efforts\" renamed to \"Prevention\""));
  EXPECT_TRUE(contains(out, "replaced (too large for a word diff)"));
}

TEST(RenderText, ReversedDiffSaysSo) {
  ChangeSet changes = sample_changes();
  std::swap(changes.from, changes.to);
  changes.reversed = true;
  std::string out = yoy::render_text(changes, RenderOptions{});
  EXPECT_TRUE(contains(out, "runs backwards in time: tip 2025 is later than tip 2024")) << out;
  EXPECT_FALSE(contains(yoy::render_text(sample_changes(), RenderOptions{}), "backwards"));
}

TEST(RenderText, EmptyChangeSetSaysNoChanges) {
  ChangeSet changes;
  changes.from = {"tip", 2024, ""};
  changes.to = {"tip", 2025, ""};
  EXPECT_EQ(yoy::render_text(changes, RenderOptions{}), "tip 2024 → tip 2025\nno changes\n");
  // Unchanged reports are not changes either (unless asked for).
  yoy::ReportChange quiet;
  quiet.id = "norway";
  changes.reports.push_back(quiet);
  changes.summary.reports = 1;
  EXPECT_TRUE(contains(yoy::render_text(changes, RenderOptions{}), "no changes"));
  RenderOptions all;
  all.include_unchanged = true;
  EXPECT_TRUE(contains(yoy::render_text(changes, all), "norway: unchanged"));
}

TEST(RenderText, FilesComparedOutsideAnArchiveShowTheirPaths) {
  ChangeSet changes = sample_changes();
  changes.from = {"", 0, "old/north-korea.txt"};
  changes.to = {"", 0, "new/north-korea.txt"};
  EXPECT_EQ(lines_of(yoy::render_text(changes, RenderOptions{}))[0],
            "old/north-korea.txt → new/north-korea.txt");
}

TEST(RenderText, ControlBytesInReportTextAreDropped) {
  ChangeSet changes = hostile_changes("evil\x1b]0;owned\x07\x1b[2J text");
  std::string out = yoy::render_text(changes, RenderOptions{});
  EXPECT_FALSE(contains(out, "\x1b")) << "report text injected a terminal escape";
  EXPECT_FALSE(contains(out, "\x07"));
  EXPECT_TRUE(contains(out, "evil]0;owned[2J text"));
}

// ---------------------------------------------------------------- markdown

namespace {

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
  EXPECT_EQ(lines_of(out)[0], "# What changed: tip 2024 → tip 2025");
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
  EXPECT_TRUE(contains(out,
                       "| Trafficking Profile | 80,000 to 120,000 | 80,000 to 200,000 | "
                       "persons | +80,000 | +66.7% | “The DPRK holds"))
      << out;
  EXPECT_TRUE(
      contains(out, "| Trafficking Profile | — | up to 20 hours | hours per day | added |"));
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

// ---------------------------------------------------------------- html

namespace {

// A parsed page; frees the gumbo tree.
struct Page {
  explicit Page(const std::string& html)
      : text(html),
        output(gumbo_parse_with_options(&kGumboDefaultOptions, text.data(), text.size())) {}
  ~Page() { gumbo_destroy_output(&kGumboDefaultOptions, output); }
  Page(const Page&) = delete;
  Page& operator=(const Page&) = delete;
  std::string text;
  GumboOutput* output;
};

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

// What a browser would run or fetch: scripts, handlers, javascript: URLs, embeds.
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

}  // namespace

TEST(RenderHtml, SelfContainedPhoneReadablePage) {
  std::string html = yoy::render_html(sample_changes(), RenderOptions{});
  Page page(html);
  ASSERT_EQ(elements(page.output, "html").size(), 1u);
  auto viewport =
      std::find_if(elements(page.output, "meta").begin(), elements(page.output, "meta").end(),
                   [](const GumboNode* m) { return attribute(m, "name") == "viewport"; });
  std::vector<const GumboNode*> metas = elements(page.output, "meta");
  bool has_viewport = std::any_of(metas.begin(), metas.end(), [](const GumboNode* m) {
    return attribute(m, "name") == "viewport" &&
           contains(attribute(m, "content"), "width=device-width");
  });
  (void)viewport;
  EXPECT_TRUE(has_viewport);
  ASSERT_EQ(elements(page.output, "style").size(), 1u);
  EXPECT_TRUE(contains(text_of(elements(page.output, "style")[0]), "@media (max-width:"));
  EXPECT_EQ(text_of(elements(page.output, "title")[0]), "What changed: tip 2024 → tip 2025");
  EXPECT_TRUE(active_content(page.output).empty());
  EXPECT_FALSE(contains(html, "http://") && !contains(html, "http://www.w3.org/2000/svg"));
  EXPECT_FALSE(contains(html, "https://"));
}

TEST(RenderHtml, SummaryThenRedline) {
  Page page(yoy::render_html(sample_changes(), RenderOptions{}));
  std::vector<const GumboNode*> h1 = elements(page.output, "h1");
  ASSERT_EQ(h1.size(), 1u);
  std::vector<const GumboNode*> sections = elements(page.output, "section");
  ASSERT_EQ(sections.size(), 1u);
  EXPECT_EQ(attribute(sections[0], "id"), "report-north-korea");
  EXPECT_TRUE(elements(page.output, "a").empty()) << "one report needs no overview list";

  std::vector<const GumboNode*> ratings;
  walk(page.output->document, [&](const GumboNode* n) {
    if (n->type == GUMBO_NODE_ELEMENT && has_class(n, "rating")) ratings.push_back(n);
  });
  ASSERT_FALSE(ratings.empty());
  EXPECT_EQ(text_of(ratings[0]), "Tier 2 Watch List → Tier 3 (downgrade)");
  EXPECT_TRUE(has_class(ratings[0], "downgrade"));

  // Tables: 4 recommendation rows, 3 statistics rows.
  std::vector<const GumboNode*> tables = elements(page.output, "table");
  ASSERT_EQ(tables.size(), 2u);
  EXPECT_TRUE(has_class(tables[0], "items"));
  int item_rows = 0, stat_rows = 0;
  walk(tables[0], [&](const GumboNode* n) {
    item_rows += n->type == GUMBO_NODE_ELEMENT && n->v.element.tag == GUMBO_TAG_TR;
  });
  walk(tables[1], [&](const GumboNode* n) {
    stat_rows += n->type == GUMBO_NODE_ELEMENT && n->v.element.tag == GUMBO_TAG_TR;
  });
  EXPECT_EQ(item_rows, 1 + 4);
  EXPECT_EQ(stat_rows, 1 + 3);

  // Redline: deletions struck through, insertions underlined, moves marked.
  std::vector<std::string> deleted, inserted;
  for (const GumboNode* n : elements(page.output, "del")) deleted.push_back(text_of(n));
  for (const GumboNode* n : elements(page.output, "ins")) inserted.push_back(text_of(n));
  auto has = [](const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
  };
  EXPECT_TRUE(has(deleted, "the use of coercion"));
  EXPECT_TRUE(has(inserted, "coercive"));
  EXPECT_TRUE(has(inserted, "or labor trafficking"));
  EXPECT_TRUE(has(deleted, "The government did not provide law enforcement data."));
  EXPECT_TRUE(has(inserted, "Media reported the government executed at least two women."));
  std::vector<const GumboNode*> moved;
  walk(page.output->document, [&](const GumboNode* n) {
    if (n->type == GUMBO_NODE_ELEMENT && has_class(n, "moved")) moved.push_back(n);
  });
  ASSERT_EQ(moved.size(), 1u);
  EXPECT_EQ(text_of(moved[0]),
            "moved from paragraph 5 to paragraph 2Authorities consider repatriated victims as "
            "criminals.");
  // The modified paragraph is shown whole in the redline (not shortened).
  EXPECT_TRUE(contains(page.text, "The government did not report any efforts. It did not"));
  // No timeline without one.
  EXPECT_TRUE(elements(page.output, "svg").empty());
}

TEST(RenderHtml, TierTimelineOnlyWithMoreThanTwoYears) {
  RenderOptions options;
  options.timelines["north-korea"] = {{2024, "Tier 2 Watch List", 2}, {2025, "Tier 3", 3}};
  EXPECT_TRUE(elements(Page(yoy::render_html(sample_changes(), options)).output, "svg").empty());

  options.timelines["north-korea"] = {{2021, "Tier 3", 3},
                                      {2022, "Tier 2 Watch List", 2},
                                      {2023, "", -2},
                                      {2024, "Tier 2 Watch List", 2},
                                      {2025, "Tier 3", 3}};
  Page page(yoy::render_html(sample_changes(), options));
  std::vector<const GumboNode*> svgs = elements(page.output, "svg");
  ASSERT_EQ(svgs.size(), 1u);
  EXPECT_EQ(elements(page.output, "circle").size(), 4u) << "one point per rated year";
  std::string texts;
  for (const GumboNode* t : elements(page.output, "text")) texts += text_of(t) + ";";
  EXPECT_EQ(texts, "Tier 2 Watch List;Tier 3;2021;2022;2023;2024;2025;") << "tiers best first";
  EXPECT_TRUE(contains(attribute(svgs[0], "aria-label"), "2023 no rating"));
  EXPECT_TRUE(active_content(page.output).empty());
}

TEST(RenderHtml, HostileReportTextNeverBecomesMarkup) {
  for (const char* hostile : kHostile) {
    RenderOptions options;
    options.timelines[hostile] = {{2023, hostile, 1}, {2024, hostile, 2}, {2025, hostile, 3}};
    std::string html = yoy::render_html(hostile_changes(hostile), options);
    Page page(html);
    std::vector<std::string> problems = active_content(page.output);
    EXPECT_TRUE(problems.empty()) << "input: " << hostile
                                  << "\nfirst problem: " << (problems.empty() ? "" : problems[0]);
    // Still one page with one style sheet; the text survives as text.
    EXPECT_EQ(elements(page.output, "style").size(), 1u) << hostile;
    EXPECT_EQ(elements(page.output, "section").size(), 1u) << hostile;
    EXPECT_EQ(
        attribute(elements(page.output, "section")[0], "id"),
        "report-" +
            [&] {
              std::string id = hostile;
              std::replace(id.begin(), id.end(), ' ', '-');
              return id;
            }())
        << hostile;
    EXPECT_TRUE(contains(text_of(elements(page.output, "h1")[0]), hostile)) << hostile;
    EXPECT_FALSE(elements(page.output, "svg").empty());
  }
}

TEST(RenderHtml, EscapeHtmlEscapesEverySpecialByte) {
  EXPECT_EQ(yoy::escape_html("&<>\"'x"), "&amp;&lt;&gt;&quot;&#39;x");
  EXPECT_EQ(yoy::escape_html(std::string("a\0b", 3)),
            "a\xEF\xBF\xBD"
            "b");
}

TEST(RenderHtml, EmptyChangeSetSaysNoChanges) {
  ChangeSet empty;
  empty.from = {"tip", 2024, ""};
  empty.to = {"tip", 2025, ""};
  Page page(yoy::render_html(empty, RenderOptions{}));
  std::vector<const GumboNode*> paragraphs = elements(page.output, "p");
  ASSERT_EQ(paragraphs.size(), 1u);
  EXPECT_EQ(text_of(paragraphs[0]), "No changes.");
}

TEST(RenderHtml, SeveralReportsGetAnOverviewWithInPageLinks) {
  ChangeSet changes = sample_changes();
  yoy::ReportChange added;
  added.id = "norway";
  added.title = "Norway";
  added.change = yoy::Change::added;
  added.rating = yoy::RatingChange{"tier", "", "Tier 1", "new", "", false};
  changes.reports.insert(changes.reports.begin(), added);
  Page page(yoy::render_html(changes, RenderOptions{}));
  std::vector<const GumboNode*> links = elements(page.output, "a");
  ASSERT_EQ(links.size(), 2u);
  EXPECT_EQ(attribute(links[0], "href"), "#report-norway");
  EXPECT_EQ(attribute(links[1], "href"), "#report-north-korea");
  std::vector<const GumboNode*> sections = elements(page.output, "section");
  ASSERT_EQ(sections.size(), 2u);
  EXPECT_EQ(attribute(sections[0], "id"), "report-norway");
  EXPECT_TRUE(contains(text_of(sections[0]), "new report no rating → Tier 1 (new rating)"));
}

// ---------------------------------------------------------------- markdown, as GitHub reads it

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
  EXPECT_EQ(shapes[1], std::vector<int>(1 + 3, 7)) << "statistics: header + 3 rows of 7";
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
    EXPECT_EQ(shapes[1], std::vector<int>(1 + 3, 7)) << hostile;
    // The report title comes through verbatim as the heading text.
    std::vector<const GumboNode*> h2 = elements(page.output, "h2");
    ASSERT_FALSE(h2.empty());
    EXPECT_EQ(text_of(h2[0]), std::string(hostile) + " (" + hostile + ")") << hostile;
  }
}
