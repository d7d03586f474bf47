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

}  // namespace
