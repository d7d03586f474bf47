// The shapes of a TIP narrative: titles, anchors, headings, recommendation lists.
#include "parse/tip_text.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace {

using yoy::tip::Title;

Title title_of(std::string_view text) {
  Title t;
  EXPECT_TRUE(yoy::tip::find_title(text, t)) << text;
  return t;
}

TEST(TipTitles, EveryFormTheCopiesUse) {
  EXPECT_EQ(title_of("BURMA (Tier 3)").name, "BURMA");
  EXPECT_EQ(title_of("BURMA (Tier 3)").tier, "Tier 3");
  EXPECT_EQ(title_of("BURMA: Tier 2 Watch List").tier, "Tier 2 Watch List");
  EXPECT_EQ(title_of("RUSSIA: TIER 3").name, "RUSSIA");
  EXPECT_EQ(title_of("SPECIAL CASE: SOMALIA").name, "SOMALIA");
  EXPECT_EQ(title_of("SPECIAL CASE: SOMALIA").tier, "Special Case");
  EXPECT_EQ(title_of("Korea, Democratic People\xE2\x80\x99s Republic of (Tier 3)").name,
            "Korea, Democratic People\xE2\x80\x99s Republic of");
  EXPECT_EQ(title_of("RUSSIA (TIER 2 - WATCH LIST)   [Extracted from U.S. State Dept]").tier,
            "Tier 2 Watch List");
  // A site's suffix after the title, a site's furniture before it.
  const Title gvnet =
      title_of("NORTH KOREA (Tier 3) Extracted from the U.S. State Dept 2020 TIP Report");
  EXPECT_EQ(gvnet.name, "NORTH KOREA");
  EXPECT_EQ(gvnet.end, 20u);
  EXPECT_EQ(
      title_of("[ Human Trafficking, Country-by-Country ] BURMA (Tier 3) \xE2\x80\x93 Extracted")
          .name,
      "BURMA");
  // Hard-wrapped: the title inside a paragraph that runs on into the assessment.
  EXPECT_EQ(
      title_of(
          "[ Human Trafficking, Country-by-Country ] BELARUS (Tier 3)\xE2\x80\x93 Extracted in "
          "part "
          "from the U.S. State Dept 2023 TIP Report - Belarus The Government of Belarus does not "
          "fully meet the minimum standards.")
          .name,
      "BELARUS");
  // A tier on its own line (the name is elsewhere).
  EXPECT_EQ(title_of("Tier 2 Watch List").name, "");
  EXPECT_EQ(title_of("Tier 2 Watch List").tier, "Tier 2 Watch List");
}

TEST(TipTitles, SentencesAreNoTitles) {
  Title t;
  EXPECT_FALSE(
      yoy::tip::find_title("The government was placed on a list. It remained (Tier 3).", t));
  EXPECT_FALSE(yoy::tip::find_title("Burma is a source country (Tier 3 in 2016) for men.", t));
  EXPECT_FALSE(
      yoy::tip::find_title("Note: Tier 3 countries may face restrictions on assistance.", t));
}

TEST(TipAnchors, WhereTheNarrativeBegins) {
  yoy::tip::Anchor kind;
  const std::string wrapped =
      "2023 TIP Report - Burma Burma does not fully meet the minimum standards for the "
      "elimination of trafficking; therefore Burma remained on Tier 3.";
  EXPECT_EQ(yoy::tip::anchor_start(wrapped, 0, "BURMA", kind), 24u);
  EXPECT_EQ(kind, yoy::tip::Anchor::assessment);
  const std::string government =
      "Dept 2023 TIP Report - Belarus The Government of Belarus does not fully meet the minimum "
      "standards.";
  EXPECT_EQ(government.substr(yoy::tip::anchor_start(government, 0, "BELARUS", kind), 17),
            "The Government of");
  const std::string profile =
      "The People\xE2\x80\x99s Republic of China (China or PRC) is a source, destination, and "
      "transit country.";
  EXPECT_EQ(yoy::tip::anchor_start(profile, 0, "", kind), 0u);
  EXPECT_EQ(kind, yoy::tip::Anchor::profile);
  EXPECT_EQ(yoy::tip::anchor_start("As reported over the past five years, traffickers exploit.", 0,
                                   "", kind),
            0u);
  EXPECT_EQ(yoy::tip::anchor_start("Download the chapter on Burma here.", 0, "", kind),
            std::string_view::npos);
}

TEST(TipSections, HeadingsHoweverWritten) {
  for (const char* h : {"PRIORITIZED RECOMMENDATIONS:", "Prioritized Recommendations",
                        "RECOMMENDATIONS FOR THE DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA",
                        "Recommendations for North Korea:", "RECOMMENDATIONS FOR BURMA"})
    EXPECT_EQ(yoy::tip::known_key(h), "prioritized-recommendations") << h;
  EXPECT_EQ(yoy::tip::known_key("TRAFFICKING PROFILE"), "trafficking-profile");
  EXPECT_EQ(yoy::tip::known_key("Scope and Magnitude:"), "trafficking-profile");
  EXPECT_EQ(yoy::tip::known_key("prosecution"), "prosecution");
  EXPECT_EQ(yoy::tip::known_key("GOVERNMENT EFFORTS"), "government-efforts");
  EXPECT_EQ(yoy::tip::known_key("Prosecution of traffickers remained rare."), "");
  std::string key;
  const std::string inline_recs =
      "Recommendations for North Korea: Criminalize trafficking; end it.";
  EXPECT_EQ(inline_recs.substr(yoy::tip::leading_heading(inline_recs, key)),
            "Criminalize trafficking; end it.");
  EXPECT_EQ(key, "prioritized-recommendations");
  EXPECT_EQ(yoy::tip::leading_heading("Note: the government did so.", key), 0u);
  std::size_t length = 0;
  const std::string run_on =
      "It did not address human trafficking. Prioritized Recommendations Enforce existing limits.";
  EXPECT_EQ(yoy::tip::inline_heading(run_on, length, key), 38u);
  EXPECT_EQ(length, 27u);
  EXPECT_EQ(yoy::tip::inline_heading("It gave Prioritized Recommendations to them.", length, key),
            std::string_view::npos);
}

TEST(TipSections, LostHeadingsFromTheOpeningFormulas) {
  EXPECT_EQ(yoy::tip::section_by_formula(
                "The government made no known anti-trafficking law enforcement efforts."),
            "prosecution");
  EXPECT_EQ(yoy::tip::section_by_formula("The government maintained minimal protection efforts."),
            "protection");
  EXPECT_EQ(yoy::tip::section_by_formula("The government decreased prevention efforts. More."),
            "prevention");
  EXPECT_EQ(yoy::tip::section_by_formula("As reported over the past five years, traffickers..."),
            "trafficking-profile");
  EXPECT_EQ(yoy::tip::section_by_formula("Officials reported 12 cases."), "");
  EXPECT_TRUE(yoy::tip::looks_like_recommendations("Vigorously investigate and prosecute cases."));
  EXPECT_TRUE(yoy::tip::looks_like_recommendations("\xE2\x80\xA2 End the use of forced labor."));
  EXPECT_FALSE(yoy::tip::looks_like_recommendations("The government did not report efforts."));
}

TEST(TipRecommendations, SplitHoweverWritten) {
  using V = std::vector<std::string>;
  EXPECT_EQ(yoy::tip::split_recommendations(
                "End forced labor; criminalize human trafficking; and accede to the 2000 UN TIP "
                "Protocol."),
            (V{"End forced labor", "criminalize human trafficking",
               "and accede to the 2000 UN TIP Protocol."}));
  EXPECT_EQ(yoy::tip::split_recommendations(
                "End forced labor. \xE2\x80\xA2 Cease garnishing wages.\xE2\x80\xA2 Forge ties."),
            (V{"End forced labor.", "Cease garnishing wages.", "Forge ties."}));
  EXPECT_EQ(
      yoy::tip::split_recommendations(
          "End repression.End the practice of executions.Provide assistance to U.S. victims."),
      (V{"End repression.", "End the practice of executions.",
         "Provide assistance to U.S. victims."}));
  EXPECT_EQ(
      yoy::tip::split_recommendations("Work with armed groups. * Vigorously investigate cases."),
      (V{"Work with armed groups.", "Vigorously investigate cases."}));
  // A sentence that goes on with its item stays with it.
  EXPECT_EQ(yoy::tip::split_recommendations("Screen returnees. This includes deportees."),
            (V{"Screen returnees. This includes deportees."}));
  // One semicolon inside an item is no list.
  EXPECT_EQ(yoy::tip::split_recommendations("Train officials; and fund shelters.").size(), 1u);
}

TEST(TipRecommendations, ComparisonFormIgnoresSeparatorsAndFirstCapital) {
  EXPECT_EQ(yoy::tip::item_compare_form("and accede to the 2000 UN TIP Protocol."),
            "accede to the 2000 UN TIP Protocol");
  EXPECT_EQ(yoy::tip::item_compare_form("Criminalize sex trafficking;"),
            "criminalize sex trafficking");
  EXPECT_EQ(yoy::tip::item_compare_form("criminalize sex trafficking"),
            yoy::tip::item_compare_form("Criminalize sex trafficking."));
}

TEST(TipChrome, AfterTheNarrative) {
  EXPECT_TRUE(yoy::tip::trailing_chrome("Download the chapter on Burma here."));
  EXPECT_TRUE(yoy::tip::trailing_chrome("Related Posts"));
  EXPECT_TRUE(yoy::tip::trailing_chrome("You must be logged in to post a comment."));
  EXPECT_FALSE(yoy::tip::trailing_chrome(
      "The government made no known anti-trafficking law enforcement efforts."));
  EXPECT_FALSE(yoy::tip::trailing_chrome("It holds an estimated 5,000 persons."));
}

// Chrome is short: up to 25 words a plain sentence without report words is
// chrome, from 26 words it is prose. The first sentence is real (the tail of
// burma-2023-statenewswire.txt in tests/fixtures/tip-history); the rest is
// modelled on news-site footers.
TEST(TipChrome, TwentyFiveWordsAtMost) {
  const std::string real =
      "Have a concern or an opinion about this story? Click below to share "
      "your thoughts.";
  EXPECT_TRUE(yoy::tip::trailing_chrome(real));
  const std::string at_25 = real + " Comments appear after a short review by our site editors.";
  const std::string at_26 = real + " Comments appear after a short review by our own site editors.";
  auto words = [](const std::string& s) { return std::count(s.begin(), s.end(), ' ') + 1; };
  ASSERT_EQ(words(real), 15);
  ASSERT_EQ(words(at_25), 25);
  ASSERT_EQ(words(at_26), 26);
  EXPECT_TRUE(yoy::tip::trailing_chrome(at_25));
  EXPECT_FALSE(yoy::tip::trailing_chrome(at_26)) << "26 words is a paragraph of the report";
  // Without a sentence ending short text is chrome whatever it says, but the
  // length comes first.
  const auto unfinished = [](const std::string& s) { return s.substr(0, s.size() - 1); };
  EXPECT_TRUE(yoy::tip::trailing_chrome(unfinished(at_25)));
  EXPECT_FALSE(yoy::tip::trailing_chrome(unfinished(at_26)));
}

}  // namespace
