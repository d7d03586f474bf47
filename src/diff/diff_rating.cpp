// Rating movement on the profile's ordered scale: toward Tier 1 is an upgrade.
#include "diff/diff_internal.h"
#include "yoy/model/rating.h"

namespace yoy::diff_detail {
namespace {

std::string canonical(const std::string& value) {
  std::string c = canonical_tier(value);
  return c.empty() ? value : c;
}

}  // namespace

RatingChange diff_rating(const Rating& from, const Rating& to) {
  RatingChange r;
  r.scale = to.present() ? to.scale : from.scale;
  r.from = from.present() ? canonical(from.value) : "";
  r.to = to.present() ? canonical(to.value) : "";
  r.stated = to.stated;
  if (!from.present()) {
    r.direction = Direction::new_rating;
  } else if (!to.present()) {
    r.direction = Direction::dropped;
  } else if (r.from == r.to) {
    r.direction = Direction::unchanged;
  } else {
    int a = tier_rank(r.from), b = tier_rank(r.to);
    // Off the ordered scale (Special Case, unknown scale): it moved, with no direction.
    r.direction = a < 0 || b < 0 ? Direction::changed
                  : b < a        ? Direction::upgrade
                                 : Direction::downgrade;
  }
  // Against no rating (a copy without a tier, a report new in the archive) the
  // stated movement cannot be checked, so it is never called a contradiction:
  // real copies often lack the older tier.
  if (from.present() && to.present() && r.stated != StatedMovement::none) {
    const Direction d = r.direction;
    r.stated_contradicts = (r.stated == StatedMovement::upgraded && d != Direction::upgrade) ||
                           (r.stated == StatedMovement::downgraded && d != Direction::downgrade) ||
                           (r.stated == StatedMovement::remained && d != Direction::unchanged);
  }
  return r;
}

}  // namespace yoy::diff_detail
