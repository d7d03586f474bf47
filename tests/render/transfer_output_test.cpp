// rm, clone, pull and push results as text: names from another archive are shown inert.
#include <gtest/gtest.h>

#include "yoy/render/transfer_output.h"

namespace yoy {
namespace {

TEST(TransferOutput, NamesFromAnotherArchiveAreShownInert) {
  TransferResult result;
  result.remote = "origin";
  result.series = {{"tip\x1b]0;x\x07", SeriesTransfer::Outcome::created, {2024, 2025}}};
  EXPECT_EQ(render_transfer_text(result, "pull"), "tip\\x1b]0;x\\x07: new series (2024, 2025)\n");
  result.series.clear();
  result.remote = "a\nb";
  EXPECT_EQ(render_transfer_text(result, "push"), "push a b: everything up to date\n");
  RemoveResult removed{"tip", 2025, "kn\r", 1, ""};
  EXPECT_EQ(render_remove_text(removed), "removed kn  from tip 2025; 1 later edition rebuilt\n");
}

}  // namespace
}  // namespace yoy
