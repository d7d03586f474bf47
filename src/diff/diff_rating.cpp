// Rating movement on the profile's ordered scale: toward Tier 1 is an upgrade.
#include "diff/diff_internal.h"
#include "yoy/model/rating.h"

namespace yoy::diff_detail {

RatingChange diff_rating(const Rating& from, const Rating& to) {
  RatingChange r;
  r.scale = to.present() ? to.scale : from.scale;
  r.from = from.present() ? canonical_rating(from.value) : "";
  r.to = to.present() ? canonical_rating(to.value) : "";
  r.stated = to.stated;
  r.direction = rating_direction(r.from, r.to);
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
