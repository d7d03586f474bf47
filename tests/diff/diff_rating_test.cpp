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
                                StatedMovement stated, int from_year = 0, int to_year = 0,
                                StatedMovement from_stated = StatedMovement::none) {
  yoy::Document from = make_document("x", from_tier, kSections);
  yoy::Document to = make_document("x", to_tier, kSections);
  from.year = from_year;
  to.year = to_year;
  from.rating.stated = from_stated;
  to.rating.stated = stated;
  yoy::ReportChange change = yoy::diff_documents(&from, &to, yoy::DiffOptions{});
  EXPECT_TRUE(change.rating.has_value());
  return change.rating.value_or(yoy::RatingChange{});
}

}  // namespace

// Against no rating (a copy without a tier, a report new in the archive) the
// stated movement cannot be checked: whatever the text says, no contradiction.
// "was downgraded to" / "was upgraded to" is then the direction itself (the
// factbook's Barbados 2025: no tier field in 2024, "was downgraded to Tier 2
// Watch List" in 2025), said to come from the text; "remained" gives none.
TEST(DiffRating, ANewRatingTakesItsDirectionFromWhatTheTextStates) {
  struct Case {
    StatedMovement stated;
    Direction direction;
  };
  for (const Case& c : {Case{StatedMovement::remained, Direction::new_rating},
                        Case{StatedMovement::upgraded, Direction::upgrade},
                        Case{StatedMovement::downgraded, Direction::downgrade},
                        Case{StatedMovement::none, Direction::new_rating}}) {
    for (int from_year : {0, 2024, 2017}) {
      yoy::RatingChange r = rating_change("", "Tier 2 Watch List", c.stated, from_year, 2025);
      EXPECT_EQ(r.direction, c.direction) << yoy::stated_name(c.stated);
      EXPECT_EQ(r.direction_stated, c.direction != Direction::new_rating);
      EXPECT_EQ(r.stated, c.stated);
      EXPECT_FALSE(r.stated_contradicts) << yoy::stated_name(c.stated);
      EXPECT_FALSE(r.stated_unchecked) << yoy::stated_name(c.stated);
    }
  }
  // Only the new side's statement counts: a dropped rating stays dropped.
  yoy::RatingChange dropped = rating_change("Tier 2 Watch List", "", StatedMovement::downgraded);
  EXPECT_EQ(dropped.direction, Direction::dropped);
  EXPECT_FALSE(dropped.direction_stated);
}

// Where both editions have a rating, the editions give the direction; the text never overrides it.
TEST(DiffRating, TheEditionsDirectionWinsWhereBothAreRated) {
  yoy::RatingChange r =
      rating_change("Tier 2", "Tier 2 Watch List", StatedMovement::upgraded, 2024, 2025);
  EXPECT_EQ(r.direction, Direction::downgrade);
  EXPECT_FALSE(r.direction_stated);
  EXPECT_TRUE(r.stated_contradicts);
}

// The statement speaks of the year before the new edition. Across years the
// comparison skips (the corpus' Burma: Tier 2 Watch List in 2015, "remained on
// Tier 3" in 2019, Tier 3 since 2018) it is a note, never a contradiction; so is
// a diff that runs backwards. Consecutive years, or years unknown (two files
// compared), still contradict.
TEST(DiffRating, AStatementIsCheckedOnlyBetweenConsecutiveEditions) {
  yoy::RatingChange gap =
      rating_change("Tier 2 Watch List", "Tier 3", StatedMovement::remained, 2015, 2019);
  EXPECT_EQ(gap.direction, Direction::downgrade);
  EXPECT_FALSE(gap.stated_contradicts);
  EXPECT_TRUE(gap.stated_unchecked);
  EXPECT_EQ(gap.skipped_from, 2016);
  EXPECT_EQ(gap.skipped_to, 2018);

  yoy::RatingChange next =
      rating_change("Tier 2 Watch List", "Tier 3", StatedMovement::remained, 2018, 2019);
  EXPECT_TRUE(next.stated_contradicts);
  EXPECT_FALSE(next.stated_unchecked);

  yoy::RatingChange unknown =
      rating_change("Tier 2 Watch List", "Tier 3", StatedMovement::remained);
  EXPECT_TRUE(unknown.stated_contradicts);

  yoy::RatingChange backwards =
      rating_change("Tier 3", "Tier 2 Watch List", StatedMovement::remained, 2019, 2015);
  EXPECT_FALSE(backwards.stated_contradicts);
  EXPECT_TRUE(backwards.stated_unchecked);
  EXPECT_EQ(backwards.skipped_from, 0);  // nothing lies between a later and an earlier year

  // A statement that agrees with the editions needs no note, gap or not.
  yoy::RatingChange agrees =
      rating_change("Tier 2 Watch List", "Tier 3", StatedMovement::downgraded, 2015, 2019);
  EXPECT_FALSE(agrees.stated_contradicts || agrees.stated_unchecked);
}

// A statement the old edition already made of the same tier is carried over, not
// news: the factbook's 2021 and 2022 Guinea entries both say "was downgraded to
// Tier 2 Watch List (2020)" word for word. No contradiction between them.
TEST(DiffRating, AStatementCarriedOverFromTheOldEditionIsNoContradiction) {
  yoy::RatingChange carried =
      rating_change("Tier 2 Watch List", "Tier 2 Watch List", StatedMovement::downgraded, 2021,
                    2022, StatedMovement::downgraded);
  EXPECT_EQ(carried.direction, Direction::unchanged);
  EXPECT_FALSE(carried.stated_contradicts);
  EXPECT_FALSE(carried.stated_unchecked);
  // Made for the first time in the new edition, it contradicts the editions' stay.
  yoy::RatingChange fresh = rating_change("Tier 2 Watch List", "Tier 2 Watch List",
                                          StatedMovement::downgraded, 2020, 2021);
  EXPECT_TRUE(fresh.stated_contradicts);
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
