// The one stated-movement table: what the assessment says of the tier.
#include "parse/tier_phrases.h"

#include <gtest/gtest.h>

namespace {

using yoy::tier_text::first_placement;
using yoy::tier_text::stated_movement;

TEST(TierPhrases, TiersAsWritten) {
  std::size_t n = 0;
  EXPECT_EQ(yoy::tier_text::tier_at("Tier 2 Watch List.", n), "Tier 2 Watch List");
  EXPECT_EQ(n, 17u);
  EXPECT_EQ(yoy::tier_text::tier_at("TIER 2 - WATCH LIST)", n), "Tier 2 Watch List");
  EXPECT_EQ(yoy::tier_text::tier_at("Tier 2 Watchlist", n), "Tier 2 Watch List");
  EXPECT_EQ(yoy::tier_text::tier_at("Tier 2 for the", n), "Tier 2");
  EXPECT_EQ(n, 6u);
  EXPECT_EQ(yoy::tier_text::tier_at("Special Case for", n), "Special Case");
  EXPECT_EQ(yoy::tier_text::tier_at("Tier 23", n), "");
  EXPECT_EQ(yoy::tier_text::tier_at("Tier 4", n), "");
  EXPECT_EQ(yoy::tier_text::tier_at("Tiers 1", n), "");
}

TEST(TierPhrases, TheMovementTheTextStates) {
  EXPECT_EQ(stated_movement("therefore the DPRK remained on Tier 3."), "remained");
  EXPECT_EQ(stated_movement("therefore, Burma was upgraded to Tier 2 Watch List."), "upgraded");
  EXPECT_EQ(stated_movement("Malaysia was downgraded to Tier 3."), "downgraded");
  EXPECT_EQ(stated_movement("Somalia remains a Special Case for a tenth consecutive year"),
            "remained");
  EXPECT_EQ(stated_movement("has been upgraded to Tier 2"), "upgraded");
  EXPECT_EQ(stated_movement("remained in Tier 2"), "remained");
  // A phrase counts only before a tier.
  EXPECT_EQ(stated_movement("Victims remained on the streets."), "");
  EXPECT_EQ(stated_movement("The country remains a source of concern."), "");
}

TEST(TierPhrases, PlacementsAndTraps) {
  // The waiver of an "otherwise required downgrade" is no movement; "is placed on" names the tier.
  const auto cuba = first_placement(
      "granted a waiver from an otherwise required downgrade to Tier 3. Therefore, Cuba is placed "
      "on Tier 2 Watch List for the third consecutive year.");
  EXPECT_EQ(cuba.tier, "Tier 2 Watch List");
  EXPECT_EQ(cuba.movement, "");
  // A waiver "from being downgraded" is no downgrade (Factbook 2021, Bosnia and Herzegovina).
  EXPECT_EQ(stated_movement("Bosnia and Herzegovina was granted a waiver from being downgraded to "
                            "Tier 3; the government adopted a strategy"),
            "");
  // The history ("has been placed on ... for the last two years") is not this year's placement.
  EXPECT_EQ(first_placement("has been placed on Tier 2 Watch List for the last two consecutive "
                            "years.")
                .tier,
            "");
  // The first phrase wins.
  const auto both = first_placement("X remained on Tier 3; Y was upgraded to Tier 2.");
  EXPECT_EQ(both.movement, "remained");
  EXPECT_EQ(both.tier, "Tier 3");
  EXPECT_EQ(both.at, 2u);
}

}  // namespace
