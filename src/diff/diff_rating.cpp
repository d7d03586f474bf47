// Rating movement on the profile's ordered scale: toward Tier 1 is an upgrade.
// The movement the new text states ("was downgraded to Tier 2 Watch List") is
// evidence too: it gives the direction where the old edition has no rating, and
// it is checked against the editions only where they are consecutive.
#include "diff/diff_internal.h"
#include "yoy/model/rating.h"

namespace yoy::diff_detail {
namespace {

Direction stated_direction(StatedMovement stated) {
  switch (stated) {
    case StatedMovement::upgraded:
      return Direction::upgrade;
    case StatedMovement::downgraded:
      return Direction::downgrade;
    default:
      return Direction::none;
  }
}

bool agrees(StatedMovement stated, Direction direction) {
  switch (stated) {
    case StatedMovement::upgraded:
      return direction == Direction::upgrade;
    case StatedMovement::downgraded:
      return direction == Direction::downgrade;
    case StatedMovement::remained:
      return direction == Direction::unchanged;
    case StatedMovement::none:
      return true;
  }
  return true;
}

}  // namespace

RatingChange diff_rating(const Rating& from, const Rating& to, int from_year, int to_year) {
  RatingChange r;
  r.scale = to.present() ? to.scale : from.scale;
  r.from = from.present() ? canonical_rating(from.value) : "";
  r.to = to.present() ? canonical_rating(to.value) : "";
  r.stated = to.stated;
  r.direction = rating_direction(r.from, r.to);
  if (!from.present()) {
    // No old rating (the old copy has none, or the report is new to the archive):
    // "was downgraded to Tier 2 Watch List" is the only evidence of the move.
    const Direction stated = to.present() ? stated_direction(to.stated) : Direction::none;
    if (stated != Direction::none) {
      r.direction = stated;
      r.direction_stated = true;
    }
  }
  // Against no rating the stated movement cannot be checked (real copies often
  // lack the older tier). A statement the old edition already made of the same
  // tier is carried over (a factbook entry not yet updated), not this year's news.
  if (!from.present() || !to.present() || r.stated == StatedMovement::none) return r;
  if (agrees(r.stated, r.direction)) return r;
  if (from.stated == to.stated && r.from == r.to) return r;
  // The statement speaks of the year before the new edition; unless the old
  // edition is that year, the editions cannot contradict it (years unknown: the
  // two files compared are taken as consecutive).
  const bool consecutive = from_year == 0 || to_year == 0 || to_year == from_year + 1;
  if (consecutive) {
    r.stated_contradicts = true;
  } else {
    r.stated_unchecked = true;
    if (to_year > from_year + 1) {
      r.skipped_from = from_year + 1;
      r.skipped_to = to_year - 1;
    }
  }
  return r;
}

}  // namespace yoy::diff_detail
