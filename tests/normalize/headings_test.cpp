// All-caps headings in plain text and the readable casing of all-caps names,
// on the seed's headings and country names of the TIP Report.
#include "yoy/normalize/headings.h"

#include <gtest/gtest.h>

#include <string>

using yoy::is_all_caps_heading;
using yoy::readable_case;

TEST(Headings, TheSeedsHeadings) {
  for (const char* heading : {"PROSECUTION", "PROTECTION", "PREVENTION",
                              "TRAFFICKING PROFILE:", "PRIORITIZED RECOMMENDATIONS:", "TAGS",
                              "KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF (TIER 3)"})
    EXPECT_TRUE(is_all_caps_heading(heading)) << heading;
}

TEST(Headings, SentencesAndLowerCaseAreNot) {
  EXPECT_FALSE(is_all_caps_heading("The DPRK remained on Tier 3."));
  EXPECT_FALSE(is_all_caps_heading("KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF (TIER 3)."));
  EXPECT_FALSE(is_all_caps_heading("U.S. DEPARTMENT of STATE")) << "a lower-case letter";
  EXPECT_FALSE(is_all_caps_heading("HELP!"));
  EXPECT_FALSE(is_all_caps_heading("WHY?"));
  EXPECT_FALSE(is_all_caps_heading("NOTE;"));
  EXPECT_FALSE(is_all_caps_heading("ONE, TWO,"));
  EXPECT_FALSE(is_all_caps_heading(""));
  EXPECT_FALSE(is_all_caps_heading("2025")) << "no letters";
  // Lower case of any script: "CÔTE D'IVOIRE" is a heading, "Côte" is not.
  EXPECT_TRUE(is_all_caps_heading("CÔTE D'IVOIRE"));
  EXPECT_FALSE(is_all_caps_heading("CÔTE d'IVOIRE"));
}

TEST(Headings, ThreeCapitalsTwelveWordsAndAHundredAndTwentyBytesAtMost) {
  EXPECT_TRUE(is_all_caps_heading("USA"));
  EXPECT_FALSE(is_all_caps_heading("US")) << "two capitals are an abbreviation";
  EXPECT_FALSE(is_all_caps_heading("U.S"));
  EXPECT_TRUE(is_all_caps_heading("A B C D E F G H I J K L"));     // 12 words
  EXPECT_FALSE(is_all_caps_heading("A B C D E F G H I J K L M"));  // 13
  const std::string at_120 = "ANNEX " + std::string(114, 'X');
  EXPECT_TRUE(is_all_caps_heading(at_120));
  EXPECT_FALSE(is_all_caps_heading(at_120 + "X"));
}

TEST(Headings, ReadableCaseOfCountryNames) {
  EXPECT_EQ(readable_case("KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF"),
            "Korea, Democratic People's Republic of");
  EXPECT_EQ(readable_case("GUINEA-BISSAU"), "Guinea-Bissau");
  EXPECT_EQ(readable_case("COTE D'IVOIRE"), "Cote d'Ivoire");
  EXPECT_EQ(readable_case("CÔTE D'IVOIRE"), "Côte d'Ivoire");
  EXPECT_EQ(readable_case("BOSNIA AND HERZEGOVINA"), "Bosnia and Herzegovina");
  EXPECT_EQ(readable_case("TRINIDAD AND TOBAGO"), "Trinidad and Tobago");
  EXPECT_EQ(readable_case("CONGO, DEMOCRATIC REPUBLIC OF THE"),
            "Congo, Democratic Republic of the");
  EXPECT_EQ(readable_case("SAINT VINCENT AND THE GRENADINES"), "Saint Vincent and the Grenadines");
  EXPECT_EQ(readable_case("TIMOR-LESTE"), "Timor-Leste");
  // The first word is capitalized even when small; spaces are kept as written.
  EXPECT_EQ(readable_case("THE GAMBIA"), "The Gambia");
  EXPECT_EQ(readable_case("OF  MICE"), "Of  Mice");
  EXPECT_EQ(readable_case(""), "");
}
