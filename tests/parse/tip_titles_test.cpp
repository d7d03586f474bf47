// Country titles of every printed form, and state.gov slugs.
#include <gtest/gtest.h>

#include "yoy/parse/tip_titles.h"

using yoy::CountryTitle;
using yoy::parse_country_title;

TEST(TipTitles, EveryPrintedForm) {
  const std::pair<const char*, CountryTitle> cases[] = {
      {"BURMA: TIER 3", {"BURMA", "Tier 3"}},
      {"KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF: TIER 3",
       {"KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF", "Tier 3"}},
      {"LIBYA: SPECIAL CASE", {"LIBYA", "Special Case"}},
      {"CHAD (Tier 2 Watch List)", {"CHAD", "Tier 2 Watch List"}},
      {"CHAD: Tier 2 Watch List", {"CHAD", "Tier 2 Watch List"}},
      {"KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF (TIER 3).",
       {"KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF", "Tier 3"}},
      {"ST. LUCIA: TIER 2", {"ST. LUCIA", "Tier 2"}},
      // The forms of the real copies in tests/fixtures/tip-history (expected.json):
      // the 2015 PDF's mixed case, the tier first, a hyphenated watch list,
      // a mixed-case name with a curly apostrophe.
      {"AFGHANISTAN: Tier 2", {"AFGHANISTAN", "Tier 2"}},
      {"BURMA: Tier 2 Watch List", {"BURMA", "Tier 2 Watch List"}},
      {"SOMALIA: SPECIAL CASE", {"SOMALIA", "Special Case"}},
      {"SPECIAL CASE: SOMALIA", {"SOMALIA", "Special Case"}},
      {"RUSSIA (TIER 2 - WATCH LIST)", {"RUSSIA", "Tier 2 Watch List"}},
      {"Korea, Democratic People\xE2\x80\x99s Republic of (Tier 3)",
       {"Korea, Democratic People\xE2\x80\x99s Republic of", "Tier 3"}},
      {"Malaysia (Tier 3)", {"Malaysia", "Tier 3"}},
  };
  for (const auto& [line, want] : cases) {
    CountryTitle got;
    ASSERT_TRUE(parse_country_title(line, got)) << line;
    EXPECT_EQ(got.name, want.name) << line;
    EXPECT_EQ(got.tier, want.tier) << line;
  }
}

// The PDF's titles with a footnote mark ("BURMA: TIER 3*"): the tier is read and
// the mark kept, and the narrative's title line carries it on.
TEST(TipTitles, AMarkAfterTheTierIsKept) {
  const std::pair<const char*, CountryTitle> cases[] = {
      {"BURMA: TIER 3*", {"BURMA", "Tier 3", "*"}},
      {"CHAD (Tier 2 Watch List*)", {"CHAD", "Tier 2 Watch List", "*"}},
      {"CHAD (Tier 2 Watch List)*", {"CHAD", "Tier 2 Watch List", "*"}},
      {"ALGERIA: TIER 2 WATCH LIST\u2020", {"ALGERIA", "Tier 2 Watch List", "\u2020"}},
      {"BURMA: TIER 3", {"BURMA", "Tier 3", ""}},
  };
  for (const auto& [line, want] : cases) {
    CountryTitle got;
    ASSERT_TRUE(parse_country_title(line, got)) << line;
    EXPECT_EQ(got.name, want.name) << line;
    EXPECT_EQ(got.tier, want.tier) << line;
    EXPECT_EQ(got.mark, want.mark) << line;
  }
  EXPECT_EQ(yoy::profile_title_line({"BURMA", "Tier 3", "*"}), "BURMA (Tier 3*)");
  CountryTitle got;
  EXPECT_FALSE(parse_country_title("BURMA: *", got));
}

TEST(TipTitles, NotTitles) {
  for (const char* line : {"TIER 3", "TIER PLACEMENTS", "BURMA TIER 3", "PROSECUTION",
                           "The government of Burma: Tier 3 was its placement in 2019 (Tier 3)",
                           "2025 Tier 3", ": TIER 3", "Burma: the government did not",
                           // a site's suffix after the title is not a PDF's title line
                           "BURMA (Tier 3) Extracted from the U.S. State Dept 2020 TIP Report",
                           "RECOMMENDATIONS FOR AFGHANISTAN:", "AFGHANISTAN TIER RANKING BY YEAR",
                           "Tier 2 Watch List"}) {
    CountryTitle got;
    EXPECT_FALSE(parse_country_title(line, got)) << line;
  }
}

TEST(TipTitles, StateGovSlugs) {
  EXPECT_EQ(yoy::country_slug("KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF"), "north-korea");
  EXPECT_EQ(yoy::country_slug("KOREA, REPUBLIC OF"), "south-korea");
  EXPECT_EQ(yoy::country_slug("BURMA"), "burma");
  EXPECT_EQ(yoy::country_slug("CONGO, DEMOCRATIC REPUBLIC OF THE"),
            "democratic-republic-of-the-congo");  // one id per country: country_ids
  EXPECT_EQ(yoy::country_slug("COTE D'IVOIRE"), "cote-divoire");
  EXPECT_EQ(yoy::country_slug("C\xC3\x94TE D\xE2\x80\x99IVOIRE"), "cote-divoire");
  EXPECT_EQ(yoy::country_slug("TURKEY"), "turkey");
  EXPECT_EQ(yoy::country_slug("T\xC3\x9CRKIYE"), "turkey");
  EXPECT_EQ(yoy::country_slug("GUINEA-BISSAU"), "guinea-bissau");
  EXPECT_EQ(yoy::country_slug("ST. LUCIA"), "saint-lucia");
}
