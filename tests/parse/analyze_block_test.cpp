// A block's analysis (analyze_block and friends): its kind from the clean
// text, comparison forms, sentences and their statistics, each statistic
// pointing at its sentence; factbook statistics carry the field path; a
// document parsed without analysis gets exactly what a full parse gives.
// Sentences are the seed's (2025 North Korea).
#include <gtest/gtest.h>

#include <string>

#include "support/document_equal.h"
#include "support/stage_inputs.h"
#include "yoy/normalize/normalize.h"
#include "yoy/parse/profiles.h"

using yoy::Block;
using yoy::BlockKind;
using yoy::TextBlock;

namespace {

const std::string kCamps =
    "The DPRK holds an estimated 80,000 to 200,000 persons in political prison camps.";
const std::string kCharged = "In many cases, these prisoners have not been charged with a crime.";

}  // namespace

TEST(AnalyzeBlock, KindFromTheCleanText) {
  TextBlock t;
  t.text = kCamps;
  t.span = {10, 20};
  Block b = yoy::block_from_text(t);
  EXPECT_EQ(b.kind, BlockKind::paragraph);
  EXPECT_EQ(b.text, kCamps);
  EXPECT_EQ(b.span.begin, 10u);
  EXPECT_EQ(b.span.end, 20u);
  EXPECT_EQ(b.path, "");
  EXPECT_TRUE(b.sentences.empty()) << "not analyzed yet";
  t.list_item = true;
  EXPECT_EQ(yoy::block_from_text(t).kind, BlockKind::list_item);
  t.field_label = "People and Society > Population";
  b = yoy::block_from_text(t);
  EXPECT_EQ(b.kind, BlockKind::field) << "a label makes a field, even in a list";
  EXPECT_EQ(b.path, "People and Society > Population");
}

TEST(AnalyzeBlock, SentencesFormsAndStatistics) {
  Block b;
  b.text = kCamps + " " + kCharged;
  yoy::analyze_block(b);
  EXPECT_EQ(b.compare, yoy::compare_form(b.text));
  ASSERT_EQ(b.sentences.size(), 2u);
  EXPECT_EQ(b.sentences[0].text, kCamps);
  EXPECT_EQ(b.sentences[1].text, kCharged);
  EXPECT_EQ(b.sentences[1].compare, yoy::compare_form(kCharged));
  ASSERT_EQ(b.statistics.size(), 1u);
  const yoy::Statistic& s = b.statistics[0];
  EXPECT_EQ(s.surface, "80,000 to 200,000");
  EXPECT_EQ(s.values, (std::vector<double>{80000, 200000}));
  EXPECT_EQ(s.qualifier, "an estimated");
  EXPECT_EQ(s.sentence, 0u);
  EXPECT_EQ(s.context, kCamps);
  // A figure in the second sentence points at it.
  b.text = kCharged + " " + kCamps;
  yoy::analyze_block(b);
  ASSERT_EQ(b.statistics.size(), 1u);
  EXPECT_EQ(b.statistics[0].sentence, 1u);
}

TEST(AnalyzeBlock, AnalyzingAgainReplacesNotAppends) {
  Block b;
  b.text = kCamps;
  yoy::analyze_block(b);
  yoy::analyze_block(b);
  EXPECT_EQ(b.sentences.size(), 1u);
  EXPECT_EQ(b.statistics.size(), 1u);
  b.text = kCharged;
  yoy::analyze_block(b);
  EXPECT_EQ(b.sentences.size(), 1u);
  EXPECT_TRUE(b.statistics.empty());
  EXPECT_EQ(b.compare, yoy::compare_form(kCharged));
}

TEST(AnalyzeBlock, FactbookStatisticsCarryTheFieldPath) {
  Block field;
  field.kind = BlockKind::field;
  field.path = "People and Society > Population > total";
  field.text = "26,298,666 (2024 est.)";
  Block text_copy = field;
  yoy::analyze_block_for("factbook", field);
  yoy::analyze_block_for("tip", text_copy);
  ASSERT_FALSE(field.statistics.empty());
  ASSERT_EQ(field.statistics.size(), text_copy.statistics.size());
  for (std::size_t i = 0; i < field.statistics.size(); ++i) {
    EXPECT_EQ(field.statistics[i].context, field.path);
    EXPECT_EQ(text_copy.statistics[i].context, text_copy.sentences[0].text)
        << "other profiles: the sentence";
    EXPECT_EQ(field.statistics[i].values, text_copy.statistics[i].values);
  }
}

// A factbook profile parsed without analysis, then analyze_remaining_blocks:
// field for field what the full parse gives. A text profile is left alone.
TEST(AnalyzeBlock, RemainingBlocksGiveTheFullParse) {
  const std::string json = R"json({
    "Government": {"Country name": {"conventional short form": {"text": "North Korea"}}},
    "People and Society": {"Population": {"total": {"text": "26,298,666 (2024 est.)"},
                                          "male": {"text": "12,860,855"}}},
    "Geography": {"Area": {"total": {"text": "120,540 sq km"}}}
  })json";
  const yoy::Document full = yoy::test::parsed_text(json, "kn/2024.json", "factbook");
  yoy::Document lazy = yoy::test::parsed_text(json, "kn/2024.json", "factbook", false);
  ASSERT_FALSE(lazy.sections.empty());
  for (const auto& section : lazy.sections)
    for (const auto& block : section.blocks) EXPECT_TRUE(block.sentences.empty()) << block.path;
  EXPECT_NE(yoy::test::document_difference(full, lazy), "");
  yoy::analyze_remaining_blocks(lazy);
  EXPECT_EQ(yoy::test::document_difference(full, lazy), "");

  // Text profiles analyze while parsing; a block emptied by hand stays empty.
  yoy::Document tip = yoy::test::parsed_text("KOREA (Tier 3)\n\n" + kCamps + "\n", "kn.txt", "tip");
  ASSERT_FALSE(tip.sections.empty());
  tip.sections[0].blocks[0].sentences.clear();
  yoy::analyze_remaining_blocks(tip);
  EXPECT_TRUE(tip.sections[0].blocks[0].sentences.empty());
}
