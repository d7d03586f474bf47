// profile_analysis: the parser's side of the differ's BlockAnalysis analyzes a
// block as its profile does: sentences, comparison forms and statistics, and
// for factbook fields the field path as each statistic's context.
#include "yoy/parse/block_analysis.h"

#include <gtest/gtest.h>

namespace yoy {
namespace {

Block paragraph(const std::string& text, const std::string& path = "") {
  Block block;
  block.text = text;
  block.path = path;
  return block;
}

TEST(BlockAnalysis, SentencesFormsAndStatisticsAsTheProfileMakesThem) {
  // From the 2025 North Korea narrative.
  Block block = paragraph(
      "The DPRK holds an estimated 80,000 to 200,000 persons in political prison camps. In many "
      "cases, these prisoners have not been charged with a crime.");
  profile_analysis().analyze("tip", block);
  ASSERT_EQ(block.sentences.size(), 2u);
  EXPECT_EQ(block.sentences[1].text,
            "In many cases, these prisoners have not been charged with a crime.");
  EXPECT_FALSE(block.compare.empty());
  ASSERT_FALSE(block.statistics.empty());
  EXPECT_EQ(block.statistics.front().context, block.sentences[0].text);  // its sentence
}

TEST(BlockAnalysis, FactbookStatisticsCarryTheFieldPath) {
  Block block = paragraph("7.2% (2023 est.)", "Economy > Unemployment rate");
  profile_analysis().analyze("factbook", block);
  ASSERT_FALSE(block.statistics.empty());
  for (const Statistic& statistic : block.statistics)
    EXPECT_EQ(statistic.context, "Economy > Unemployment rate");
  Block same = paragraph("7.2% (2023 est.)", "Economy > Unemployment rate");
  profile_analysis().analyze("tip", same);
  ASSERT_FALSE(same.statistics.empty());
  EXPECT_NE(same.statistics.front().context, "Economy > Unemployment rate");
}

}  // namespace
}  // namespace yoy
