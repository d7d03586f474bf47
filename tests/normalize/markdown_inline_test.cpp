// strip_markdown_links: the link text of Markdown links is report text, the
// target is not. Links are the seed page's (../shared/seed, as state.gov served it).
#include "normalize/markdown_inline.h"

#include <gtest/gtest.h>

using yoy::strip_markdown_links;

TEST(MarkdownInline, LinksBecomeTheirText) {
  EXPECT_EQ(strip_markdown_links("[Human Trafficking](#)"), "Human Trafficking");
  EXPECT_EQ(strip_markdown_links("[Home](#) > ... > 2025 Trafficking in Persons Report"),
            "Home > ... > 2025 Trafficking in Persons Report");
  EXPECT_EQ(strip_markdown_links("See [the 2024 report](https://www.state.gov/reports/2024/) "
                                 "and [the 2023 one](https://www.state.gov/reports/2023/)."),
            "See the 2024 report and the 2023 one.");
  EXPECT_EQ(strip_markdown_links("![Seal of the Department](seal.png)"), "Seal of the Department");
}

TEST(MarkdownInline, NestedBracketsAndLinksInsideLinks) {
  EXPECT_EQ(strip_markdown_links("[the [2000] UN TIP Protocol](#protocol)"),
            "the [2000] UN TIP Protocol");
  EXPECT_EQ(strip_markdown_links("[![logo](a.png)](https://www.state.gov/)"), "logo");
}

TEST(MarkdownInline, BracketsThatAreNotLinksStay) {
  for (const char* kept :
       {"The law [sic] was not enforced.", "[sic]", "a [b] (c)", "[open](no close",
        "[text](a url with spaces)", "](", "[", "!", "text ending in ](", "Tier 2 Watch List"})
    EXPECT_EQ(strip_markdown_links(kept), kept) << kept;
  // "[x] (y)": a space between the brackets and the parenthesis is no link.
  EXPECT_EQ(strip_markdown_links("[x] (y)"), "[x] (y)");
  // An exclamation mark that does not open an image stays.
  EXPECT_EQ(strip_markdown_links("Help! [Contact Us](#)"), "Help! Contact Us");
}
