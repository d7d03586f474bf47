// What on a report page is chrome (html::is_chrome, is_tags_box,
// is_main_landmark): by element, ARIA role, hidden attributes and class/id
// hints, never a wrapper around the report itself. The class names are those
// of the state.gov report page in tests/fixtures/html/2025-north-korea.html.
#include <gtest/gtest.h>

#include <string>

#include "read/html_tree.h"
#include "support/gumbo_page.h"

using yoy::testing::Page;

namespace {

// The element with id="t" in the page made of `body`.
const GumboNode* target(const Page& page) {
  const GumboNode* found = nullptr;
  yoy::testing::walk(page.output->root, [&](const GumboNode* n) {
    if (!found && n->type == GUMBO_NODE_ELEMENT && yoy::html::attribute(n, "id") == "t") found = n;
  });
  return found;
}

bool chrome(const std::string& element) {
  const Page page("<!doctype html><html><body>" + element + "</body></html>");
  const GumboNode* e = target(page);
  EXPECT_NE(e, nullptr) << element;
  return e && yoy::html::is_chrome(e);
}

bool tags_box(const std::string& element) {
  const Page page("<!doctype html><html><body>" + element + "</body></html>");
  const GumboNode* e = target(page);
  return e && yoy::html::is_tags_box(e);
}

}  // namespace

TEST(HtmlChrome, TheFixturePagesChrome) {
  EXPECT_TRUE(chrome(R"(<div id="t" class="shutdown-banner">Due to the shutdown...</div>)"));
  EXPECT_TRUE(chrome(R"(<div id="t" class="breadcrumbs"><a href="/">Home</a></div>)"));
  EXPECT_TRUE(chrome(R"(<div id="t" class="social-share">Share</div>)"));
  EXPECT_TRUE(chrome(R"(<aside id="t" class="in-this-section">IN THIS SECTION</aside>)"));
  EXPECT_TRUE(chrome(R"(<div id="t" class="in-this-section">IN THIS SECTION</div>)"));
  EXPECT_TRUE(chrome(R"(<a id="t" class="skip-link" href="#main">Skip to main content</a>)"));
  EXPECT_TRUE(chrome(R"(<div id="t" class="site-header__nav">Menu</div>)"));
  EXPECT_FALSE(
      chrome(R"(<div id="t" class="report__content"><p>The DPRK remained on Tier 3.</p></div>)"));
  EXPECT_FALSE(chrome(R"(<h3 id="t" class="report__section-title">PROSECUTION</h3>)"));
  EXPECT_FALSE(
      chrome(R"(<ol id="t" class="report__recommendations"><li>End forced labor.</li></ol>)"));
}

TEST(HtmlChrome, ByElement) {
  for (const char* element :
       {R"(<nav id="t">x</nav>)", R"(<header id="t">x</header>)", R"(<footer id="t">x</footer>)",
        R"(<aside id="t">x</aside>)", R"(<form id="t">x</form>)", R"(<button id="t">x</button>)",
        R"(<figure id="t">x</figure>)", R"(<noscript id="t">x</noscript>)"})
    EXPECT_TRUE(chrome(element)) << element;
  for (const char* element : {R"(<p id="t">x</p>)", R"(<div id="t">x</div>)",
                              R"(<section id="t">x</section>)", R"(<table id="t"></table>)"})
    EXPECT_FALSE(chrome(element)) << element;
}

TEST(HtmlChrome, ByRoleAndHiddenness) {
  EXPECT_TRUE(chrome(R"(<div id="t" role="navigation">x</div>)"));
  EXPECT_TRUE(chrome(R"(<div id="t" role="Banner">x</div>)"));
  EXPECT_TRUE(chrome(R"(<div id="t" role="search">x</div>)"));
  EXPECT_FALSE(chrome(R"(<div id="t" role="article">x</div>)"));
  EXPECT_TRUE(chrome(R"(<p id="t" hidden>x</p>)"));
  EXPECT_TRUE(chrome(R"(<p id="t" aria-hidden="true">x</p>)"));
  EXPECT_TRUE(chrome(R"(<p id="t" aria-hidden="TRUE">x</p>)"));
  EXPECT_FALSE(chrome(R"(<p id="t" aria-hidden="false">x</p>)"));
  EXPECT_TRUE(chrome(R"(<p id="t" style="color: red; display: none">x</p>)"));
  EXPECT_TRUE(chrome(R"(<p id="t" style="visibility:hidden">x</p>)"));
  EXPECT_FALSE(chrome(R"(<p id="t" style="display: block">x</p>)"));
}

TEST(HtmlChrome, ByClassOrIdHints) {
  // Whole names and words inside names ("-", "_", ".", ":" separate words).
  EXPECT_TRUE(chrome(R"(<div id="t" class="sr-only">x</div>)"));
  EXPECT_TRUE(chrome(R"(<div id="t" class="Visually-Hidden">x</div>)"));
  EXPECT_TRUE(chrome(R"(<div id="t" class="cookie_consent">x</div>)"));
  EXPECT_TRUE(chrome(R"(<div id="t" class="layout newsletter-signup">x</div>)"));
  EXPECT_TRUE(chrome(R"(<div id="t" class="a:b.footer">x</div>)"));
  // A word must be whole: "navigate", "shareholders", "headers" are no hint.
  EXPECT_FALSE(chrome(R"(<div id="t" class="navigate shareholders table-headers">x</div>)"));
  // The id counts like a class.
  const Page page(R"(<body><div id="main-menu"><p>x</p></div></body>)");
  const GumboNode* div = nullptr;
  yoy::testing::walk(page.output->root, [&](const GumboNode* n) {
    if (!div && n->type == GUMBO_NODE_ELEMENT && n->v.element.tag == GUMBO_TAG_DIV) div = n;
  });
  ASSERT_NE(div, nullptr);
  EXPECT_TRUE(yoy::html::is_chrome(div));
}

TEST(HtmlChrome, AHintedWrapperAroundTheReportIsNotChrome) {
  // "page-header-wrapper" around <main>: the report would be lost with it.
  EXPECT_FALSE(
      chrome(R"(<div id="t" class="page-header-wrapper"><main><p>Report.</p></main></div>)"));
  EXPECT_FALSE(
      chrome(R"(<div id="t" class="sidebar-layout"><div><div role="main">R.</div></div></div>)"));
  EXPECT_FALSE(chrome(R"(<article id="t" class="social-share">Report.</article>)")) << "a landmark";
  // Without the landmark inside, the hint decides.
  EXPECT_TRUE(chrome(R"(<div id="t" class="page-header-wrapper"><p>Report.</p></div>)"));
  // The landmark is found however deep it sits under the hinted wrapper.
  std::string deep = "<main>R.</main>";
  for (int i = 0; i < 50; ++i) deep = "<div>" + deep + "</div>";
  EXPECT_FALSE(chrome(R"(<div id="t" class="header">)" + deep + "</div>"));
}

TEST(HtmlChrome, MainLandmarks) {
  const Page page(
      R"(<body><main id="a"></main><article id="b"></article><div id="c" role="MAIN"></div><section id="d"></section></body>)");
  int landmarks = 0, sections = 0;
  yoy::testing::walk(page.output->root, [&](const GumboNode* n) {
    if (n->type != GUMBO_NODE_ELEMENT || yoy::html::attribute(n, "id").empty()) return;
    (yoy::html::is_main_landmark(n) ? landmarks : sections)++;
  });
  EXPECT_EQ(landmarks, 3);
  EXPECT_EQ(sections, 1);
}

TEST(HtmlChrome, TagsBoxesButNotTheirPieces) {
  EXPECT_TRUE(tags_box(R"(<section id="t" class="related-tags"></section>)"));
  EXPECT_TRUE(tags_box(R"(<div id="t" class="tags"></div>)"));
  EXPECT_TRUE(tags_box(R"(<ul id="t" class="tag-list"></ul>)"));
  EXPECT_TRUE(tags_box(R"(<ul id="t" class="taglist"></ul>)"));
  EXPECT_FALSE(tags_box(R"(<h2 id="t" class="related-tags__title"></h2>)"));
  EXPECT_FALSE(tags_box(R"(<a id="t" class="related-tags__pill"></a>)"));
  EXPECT_FALSE(tags_box(R"(<a id="t" class="tag-pill"></a>)"));
  EXPECT_FALSE(tags_box(R"(<div id="t" class="hashtags"></div>)"));
}
