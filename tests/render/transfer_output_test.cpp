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

// The first push of an archive that keeps an earlier history (a back-filled
// year) says what went along, not "1 replaced head kept" (issue 25).
TEST(TransferOutput, EarlierHistoriesAreNamedForWhatTheyAre) {
  TransferResult result;
  result.remote = "shared.git";
  result.series = {{"tip", SeriesTransfer::Outcome::created, {2024, 2025}}};
  result.replaced_kept = 1;
  EXPECT_EQ(render_transfer_text(result, "push"),
            "tip: new series (2024, 2025)\n"
            "also pushed 1 earlier history kept under refs/yoy/replaced/ (a head replaced by a "
            "back-filled, amended or removed edition)\n");
  result.replaced_kept = 2;
  const std::string pulled = render_transfer_text(result, "pull");
  EXPECT_NE(pulled.find("also brought in 2 earlier histories kept under refs/yoy/replaced/"),
            std::string::npos)
      << pulled;
  result.replaced_kept = 0;
  EXPECT_EQ(render_transfer_text(result, "push"), "tip: new series (2024, 2025)\n");
}

}  // namespace
}  // namespace yoy
