// The HTML renderer, parsed with gumbo: structure, and hostile report text
// never becomes markup.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "render/render_escape.h"
#include "support/gumbo_page.h"
#include "support/sample_changes.h"
#include "yoy/render/render.h"

using yoy::ChangeSet;
using yoy::RenderOptions;
using yoy::testing::active_content;
using yoy::testing::attribute;
using yoy::testing::elements;
using yoy::testing::has_class;
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
  EXPECT_EQ(text_of(elements(page.output, "title")[0]), "What changed: tip/2024 → tip/2025");
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
  EXPECT_EQ(yoy::escape_html(std::string("a\0b", 3)), "a\\x00b");  // shown, as printable() does
}

// Issue 21, item 1: the contents of a page with several reports link each
// card through link_target: an href that is "#" and the card's id
// percent-encoded, so whatever the id holds it stays one attribute, names no
// scheme, and leads to the card.
TEST(RenderHtml, ContentsLinkEveryCardByItsEncodedId) {
  for (const char* hostile : kHostile) {
    ChangeSet changes = hostile_changes(hostile);
    yoy::ReportChange second = changes.reports[0];
    second.id = "north-korea";
    changes.reports.push_back(second);
    Page page(yoy::render_html(changes, RenderOptions{}));
    std::vector<std::string> ids;
    for (const GumboNode* card : elements(page.output, "details"))
      ids.push_back(attribute(card, "id"));
    ASSERT_EQ(ids.size(), 2u) << hostile;
    std::vector<std::string> hrefs;
    for (const GumboNode* link : elements(page.output, "a"))
      hrefs.push_back(attribute(link, "href"));
    ASSERT_EQ(hrefs.size(), 2u) << hostile;
    for (std::size_t i = 0; i < 2; ++i) {
      EXPECT_EQ(hrefs[i], yoy::link_target("", ids[i])) << hostile;
      EXPECT_EQ(hrefs[i].find_first_not_of(
                    "#%-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"),
                std::string::npos)
          << hrefs[i];
    }
    EXPECT_EQ(hrefs[1], "#report-north-korea");
  }
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
  added.rating = yoy::RatingChange{
      "tier", "", "Tier 1", yoy::Direction::new_rating, yoy::StatedMovement::none, false};
  changes.reports.insert(changes.reports.begin(), added);
  Page page(yoy::render_html(changes, RenderOptions{}));
  std::vector<const GumboNode*> links = elements(page.output, "a");
  ASSERT_EQ(links.size(), 2u);
  EXPECT_EQ(attribute(links[0], "href"), "#report-norway");
  EXPECT_EQ(attribute(links[1], "href"), "#report-north-korea");
  // A whole edition: a table of contents, and each report a collapsed <details> whose
  // summary still names it; the script opens the one a link points at.
  EXPECT_EQ(elements(page.output, "nav").size(), 1u);
  EXPECT_TRUE(elements(page.output, "section").empty());
  std::vector<const GumboNode*> reports = elements(page.output, "details");
  ASSERT_EQ(reports.size(), 2u);
  EXPECT_EQ(attribute(reports[0], "id"), "report-norway");
  EXPECT_EQ(attribute(reports[1], "id"), "report-north-korea");
  EXPECT_EQ(gumbo_get_attribute(&reports[0]->v.element.attributes, "open"), nullptr);
  EXPECT_TRUE(contains(text_of(reports[0]), "new report no rating → Tier 1 (new rating)"));
  std::vector<const GumboNode*> summaries = elements(page.output, "summary");
  ASSERT_EQ(summaries.size(), 2u);
  EXPECT_TRUE(contains(text_of(summaries[1]), "north-korea"));
  EXPECT_EQ(elements(page.output, "script").size(), 1u);
}
