// Rating movement on the tier scale and whether the movement the new text
// states ("remained on Tier 3", "was upgraded to") agrees with it.
#include <gtest/gtest.h>

#include "support/doc_builder.h"
#include "yoy/diff/diff.h"

using yoy::Direction;
using yoy::StatedMovement;
using yoy::testing::make_document;
using yoy::testing::SectionSpec;

namespace {

const std::vector<SectionSpec> kSections = {
    {"PROSECUTION",
     {"The government did not report any trafficking-related law enforcement efforts."}}};

yoy::RatingChange rating_change(const std::string& from_tier, const std::string& to_tier,
                                StatedMovement stated) {
  yoy::Document from = make_document("x", from_tier, kSections);
  yoy::Document to = make_document("x", to_tier, kSections);
  to.rating.stated = stated;
  yoy::ReportChange change = yoy::diff_documents(&from, &to, yoy::DiffOptions{});
  EXPECT_TRUE(change.rating.has_value());
  return change.rating.value_or(yoy::RatingChange{});
}

}  // namespace

// Against no rating (a copy without a tier, a report new in the archive) the
// stated movement cannot be checked: whatever the text says, no contradiction.
TEST(DiffRating, ANewRatingNeverContradictsWhatTheTextStates) {
  for (StatedMovement stated : {StatedMovement::remained, StatedMovement::upgraded,
                                StatedMovement::downgraded, StatedMovement::none}) {
    yoy::RatingChange r = rating_change("", "Tier 3", stated);
    EXPECT_EQ(r.direction, Direction::new_rating);
    EXPECT_EQ(r.stated, stated);
    EXPECT_FALSE(r.stated_contradicts) << yoy::stated_name(stated);
  }
}

// With both ratings present, each stated movement agrees with exactly one direction.
TEST(DiffRating, AStatedMovementAgreesOnlyWithItsDirection) {
  struct Case {
    const char *from, *to;
    Direction direction;
  };
  const Case cases[] = {{"Tier 2", "Tier 1", Direction::upgrade},
                        {"Tier 2", "Tier 2 Watch List", Direction::downgrade},
                        {"Tier 3", "Tier 3", Direction::unchanged}};
  for (const Case& c : cases) {
    for (StatedMovement stated :
         {StatedMovement::upgraded, StatedMovement::downgraded, StatedMovement::remained}) {
      yoy::RatingChange r = rating_change(c.from, c.to, stated);
      EXPECT_EQ(r.direction, c.direction) << c.from << " -> " << c.to;
      const bool agrees =
          (stated == StatedMovement::upgraded && c.direction == Direction::upgrade) ||
          (stated == StatedMovement::downgraded && c.direction == Direction::downgrade) ||
          (stated == StatedMovement::remained && c.direction == Direction::unchanged);
      EXPECT_EQ(r.stated_contradicts, !agrees)
          << c.from << " -> " << c.to << " stated " << yoy::stated_name(stated);
    }
  }
  EXPECT_FALSE(rating_change("Tier 2", "Tier 1", StatedMovement::none).stated_contradicts);
}
