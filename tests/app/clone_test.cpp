// clone_archive: the copy's series, each created with every year it received.
#include "yoy/app/clone.h"

#include <gtest/gtest.h>

#include "support/corpus_archive.h"
#include "yoy/archive/archive.h"

namespace {

TEST(CloneArchive, ReportsEverySeriesAsCreatedWithItsYears) {
  yoy::test::CorpusArchive corpus;  // the constructed pair: tip 2024 and 2025
  ASSERT_TRUE(corpus.ok()) << corpus.error();
  const std::string copy = corpus / "copy";
  const yoy::TransferResult received = yoy::clone_archive(corpus.archive(), copy);
  EXPECT_EQ(received.remote, corpus.archive());
  ASSERT_EQ(received.series.size(), 1u);
  EXPECT_EQ(received.series[0].series, "tip");
  EXPECT_EQ(received.series[0].outcome, yoy::SeriesTransfer::Outcome::created);
  EXPECT_EQ(received.series[0].years_in, (std::vector<int>{2024, 2025}));
  EXPECT_EQ(yoy::Archive::open(copy, false).years("tip"), (std::vector<int>{2024, 2025}));
}

}  // namespace
