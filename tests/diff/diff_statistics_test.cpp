// Statistics matched through aligned sentences: an edited sentence at least
// 0.3 similar to the old one holds the same figure (120 → 200 is one change);
// below that, the old figure is removed and the new one added.
#include <gtest/gtest.h>

#include <string>

#include "support/doc_builder.h"
#include "yoy/diff/diff.h"
#include "yoy/normalize/words.h"

using yoy::Change;
using yoy::testing::make_document;

namespace {

// A sentence kept as it was keeps the paragraphs paired whatever the edited one says.
const std::string kKept = "The camps remain open across the whole country this year.";

yoy::ReportChange diff_paragraphs(const std::string& old_sentence,
                                  const std::string& new_sentence) {
  const auto a = make_document("x", "", {{"PROFILE", {kKept + " " + old_sentence}}});
  const auto b = make_document("x", "", {{"PROFILE", {kKept + " " + new_sentence}}});
  return yoy::diff_documents(&a, &b, yoy::DiffOptions{});
}

TEST(DiffStatistics, EditedSentenceAtThreeTenthsKeepsItsFigure) {
  // 3 of 10 words in common: 2 * 3 / 20 = 0.3.
  const std::string old_sentence =
      "Authorities identified 120 victims during raids in Kaesong "
      "Sinuiju Wonsan.";
  const std::string new_sentence =
      "Authorities identified 200 victims after floods near Hamhung "
      "Chongjin Rason.";
  ASSERT_DOUBLE_EQ(yoy::text_similarity(old_sentence, new_sentence), 0.3);
  const auto r = diff_paragraphs(old_sentence, new_sentence);
  ASSERT_EQ(r.statistics.size(), 1u);
  EXPECT_EQ(r.statistics[0].change, Change::changed);
  EXPECT_EQ(r.statistics[0].from, "120");
  EXPECT_EQ(r.statistics[0].to, "200");
}

TEST(DiffStatistics, EditedSentenceBelowThreeTenthsIsAnotherSentence) {
  // 2 of 10 words in common: 0.2.
  const std::string old_sentence =
      "Authorities identified 120 victims during raids in Kaesong "
      "Sinuiju Wonsan.";
  const std::string new_sentence =
      "Police reported 200 victims after floods near Hamhung "
      "Chongjin Rason.";
  ASSERT_LT(yoy::text_similarity(old_sentence, new_sentence), 0.3);
  const auto r = diff_paragraphs(old_sentence, new_sentence);
  ASSERT_EQ(r.statistics.size(), 2u);
  EXPECT_EQ(r.statistics[0].change, Change::removed);
  EXPECT_EQ(r.statistics[0].from, "120");
  EXPECT_EQ(r.statistics[1].change, Change::added);
  EXPECT_EQ(r.statistics[1].to, "200");
}

}  // namespace
