// What pull and push did to a series, as the CLI and JSON name it.
#include "yoy/archive/transfer.h"

#include <gtest/gtest.h>

namespace yoy {
namespace {

TEST(Transfer, EveryOutcomeHasItsName) {
  using Outcome = SeriesTransfer::Outcome;
  EXPECT_STREQ(outcome_name(Outcome::unchanged), "unchanged");
  EXPECT_STREQ(outcome_name(Outcome::created), "created");
  EXPECT_STREQ(outcome_name(Outcome::fast_forward), "fast-forward");
  EXPECT_STREQ(outcome_name(Outcome::rewritten), "rewritten");
  EXPECT_STREQ(outcome_name(Outcome::kept_local), "kept-local");
  EXPECT_STREQ(outcome_name(Outcome::forced), "forced");
}

}  // namespace
}  // namespace yoy
