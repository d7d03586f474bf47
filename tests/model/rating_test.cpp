// The tier scale: canonical names whatever the case and spacing, and the order.
#include "yoy/model/rating.h"

#include <gtest/gtest.h>

namespace {

TEST(Tiers, CanonicalRegardlessOfCaseAndSpacing) {
  EXPECT_EQ(yoy::canonical_tier("Tier 2 Watch list"), "Tier 2 Watch List");
  EXPECT_EQ(yoy::canonical_tier("TIER 2 WATCH LIST"), "Tier 2 Watch List");
  EXPECT_EQ(yoy::canonical_tier("Tier 2WL"), "Tier 2 Watch List");
  EXPECT_EQ(yoy::canonical_tier("tier  3"), "Tier 3");
  EXPECT_EQ(yoy::canonical_tier("TIER1"), "Tier 1");
  EXPECT_EQ(yoy::canonical_tier("special case"), "Special Case");
  EXPECT_EQ(yoy::canonical_tier("Tier 4"), "");
  EXPECT_EQ(yoy::canonical_tier("Kinshasa"), "");
  EXPECT_LT(yoy::tier_rank("Tier 1"), yoy::tier_rank("Tier 2"));
  EXPECT_LT(yoy::tier_rank("Tier 2"), yoy::tier_rank("Tier 2 Watch List"));
  EXPECT_LT(yoy::tier_rank("Tier 2 Watch List"), yoy::tier_rank("Tier 3"));
  EXPECT_EQ(yoy::tier_rank("Special Case"), -1);
  EXPECT_EQ(yoy::tier_rank("Tier 9"), -2);
}

TEST(Rating, OneCanonicalValueForEveryReader) {
  // What the differ, the tier table and the profiles compare: the tier's
  // canonical name, or the value as written when it is no tier.
  EXPECT_EQ(yoy::canonical_rating("TIER 2 - WATCH LIST"), "Tier 2 Watch List");
  EXPECT_EQ(yoy::canonical_rating("Watchlist rating B"), "Watchlist rating B");
  EXPECT_EQ(yoy::canonical_rating(""), "");
}

TEST(Rating, MovesAreNamedOnce) {
  using yoy::Direction;
  EXPECT_EQ(yoy::rating_direction("", ""), Direction::none);
  EXPECT_EQ(yoy::rating_direction("", "Tier 3"), Direction::new_rating);
  EXPECT_EQ(yoy::rating_direction("Tier 3", ""), Direction::dropped);
  EXPECT_EQ(yoy::rating_direction("Tier 3", "Tier 3"), Direction::unchanged);
  EXPECT_EQ(yoy::rating_direction("Tier 2 Watch List", "Tier 3"), Direction::downgrade);
  EXPECT_EQ(yoy::rating_direction("Tier 2 Watch List", "Tier 2"), Direction::upgrade);
  EXPECT_EQ(yoy::rating_direction("Tier 1", "Tier 2"), Direction::downgrade);  // adjacent
  EXPECT_EQ(yoy::rating_direction("Tier 3", "Special Case"), Direction::changed);
  EXPECT_EQ(yoy::rating_direction("Special Case", "Tier 1"), Direction::changed);
}

}  // namespace
