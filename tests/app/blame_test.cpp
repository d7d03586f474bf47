// Blame: the first edition each recommendation and sentence appeared in,
// followed through rewordings and moves.
#include <gtest/gtest.h>

#include "support/testland_series.h"
#include "yoy/app/history.h"
#include "yoy/normalize/words.h"

using namespace yoy;
using namespace yoy::testing;

namespace {

const BlameLine* find_line(const Blame& blame, const std::string& text) {
  for (const BlameLine& line : blame.lines)
    if (line.text == text) return &line;
  return nullptr;
}

}  // namespace

TEST(Blame, FollowsRecommendationsThroughRewordingAndMoves) {
  Series series;
  Blame blame = build_blame("tip", "testland", series.editions(), DiffOptions{});
  EXPECT_EQ(blame.year, 2023);
  EXPECT_EQ(blame.first_year, 2021);
  EXPECT_EQ(blame.title, "Testland");

  const BlameLine* reworded = find_line(blame, kAssistanceReworded);
  ASSERT_NE(reworded, nullptr);
  EXPECT_EQ(reworded->kind, BlameLine::Kind::recommendation);
  EXPECT_EQ(reworded->rank, 0);
  EXPECT_EQ(reworded->first_year, 2022) << "added in 2022, reworded in 2023";
  EXPECT_EQ(reworded->last_reworded, 2023);
  EXPECT_EQ(reworded->editions, 2);

  const BlameLine* forced = find_line(blame, kForcedLabor);
  ASSERT_NE(forced, nullptr);
  EXPECT_EQ(forced->first_year, 2021) << "present since the first edition, moved in 2023";
  EXPECT_EQ(forced->last_reworded, 0);
  EXPECT_EQ(forced->editions, 3);
  EXPECT_EQ(forced->rank, 1);

  const BlameLine* criminalize = find_line(blame, kCriminalize);
  ASSERT_NE(criminalize, nullptr);
  EXPECT_EQ(criminalize->first_year, 2021);
  EXPECT_EQ(criminalize->editions, 3);
}

TEST(Blame, FollowsSentences) {
  Series series;
  Blame blame = build_blame("tip", "testland", series.editions(), DiffOptions{});
  const BlameLine* unchanged = find_line(blame, kNoEfforts);
  ASSERT_NE(unchanged, nullptr);
  EXPECT_EQ(unchanged->kind, BlameLine::Kind::sentence);
  EXPECT_EQ(unchanged->first_year, 2021);
  EXPECT_EQ(unchanged->last_reworded, 0);

  const BlameLine* reworded = find_line(blame, kFairTrialsReworded);
  ASSERT_NE(reworded, nullptr);
  EXPECT_EQ(reworded->first_year, 2021);
  EXPECT_EQ(reworded->last_reworded, 2023);

  const BlameLine* added = find_line(blame, kExecutions);
  ASSERT_NE(added, nullptr);
  EXPECT_EQ(added->first_year, 2022);
  EXPECT_EQ(added->editions, 2);

  const BlameLine* statistic =
      find_line(blame, "An estimated 120,000 persons are held in political prison camps.");
  ASSERT_NE(statistic, nullptr);
  EXPECT_EQ(statistic->first_year, 2021) << "a changed number is a rewording, not a new sentence";
  EXPECT_EQ(statistic->last_reworded, 2023);
}

TEST(Blame, LinesListRecommendationsFirstThenSentencesInOrder) {
  Series series;
  Blame blame = build_blame("tip", "testland", series.editions(), DiffOptions{});
  ASSERT_EQ(blame.lines.size(), 3u + 3u + 2u);
  EXPECT_EQ(blame.lines[0].text, kAssistanceReworded);
  EXPECT_EQ(blame.lines[2].text, kCriminalize);
  EXPECT_EQ(blame.lines[3].text, kNoEfforts);
  EXPECT_EQ(blame.lines[3].section, "Prosecution");
}

TEST(Blame, OfAnEarlierYearStopsThere) {
  Series series;
  auto editions = series.editions();
  editions.pop_back();
  Blame blame = build_blame("tip", "testland", editions, DiffOptions{});
  EXPECT_EQ(blame.year, 2022);
  const BlameLine* assistance = find_line(blame, kAssistance);
  ASSERT_NE(assistance, nullptr);
  EXPECT_EQ(assistance->first_year, 2022);
  EXPECT_EQ(assistance->last_reworded, 0);
}

TEST(Blame, GapYearsAreSkipped) {
  Series series;
  // The report is missing from 2022's edition: 2023 is compared with 2021.
  Blame blame =
      build_blame("tip", "testland",
                  {{2021, &series.y2021}, {2022, nullptr}, {2023, &series.y2023}}, DiffOptions{});
  const BlameLine* forced = find_line(blame, kForcedLabor);
  ASSERT_NE(forced, nullptr);
  EXPECT_EQ(forced->first_year, 2021);
  EXPECT_EQ(forced->editions, 2);
  const BlameLine* assistance = find_line(blame, kAssistanceReworded);
  ASSERT_NE(assistance, nullptr);
  EXPECT_EQ(assistance->first_year, 2023);
}

namespace {

// One paragraph per edition: a kept sentence (so the paragraphs pair) and one
// edited sentence; blame follows the edit when the two share half their words.
Blame blame_of_edit(const std::string& old_sentence, const std::string& new_sentence) {
  const std::string kept = "Fair trials did not occur and courts were not independent.";
  auto edition = [&](int year, const std::string& sentence) {
    Document d;
    d.profile = d.series = "tip";
    d.id = "testland";
    d.year = year;
    Section section;
    section.heading = "Prosecution";
    section.key = "prosecution";
    Block block;
    block.text = kept + " " + sentence;
    block.compare = block.text;
    block.sentences = {{kept, kept}, {sentence, sentence}};
    section.blocks.push_back(block);
    d.sections.push_back(section);
    return d;
  };
  const Document a = edition(2021, old_sentence), b = edition(2022, new_sentence);
  return build_blame("tip", "testland", {{2021, &a}, {2022, &b}}, DiffOptions{});
}

TEST(Blame, ASentenceRewordedToHalfItsWordsKeepsItsYear) {
  // 2 * 5 / 20 = 0.5
  const std::string old_sentence = "c0 c1 c2 c3 c4 a0 a1 a2 a3 a4";
  const std::string new_sentence = "c0 c1 c2 c3 c4 b0 b1 b2 b3 b4";
  ASSERT_DOUBLE_EQ(text_similarity(old_sentence, new_sentence), 0.5);
  const Blame blame = blame_of_edit(old_sentence, new_sentence);
  const BlameLine* line = find_line(blame, new_sentence);
  ASSERT_NE(line, nullptr);
  EXPECT_EQ(line->first_year, 2021);
  EXPECT_EQ(line->last_reworded, 2022);
}

// Just below DiffOptions::reworded_sentence: 5 of 10 words against 11 (0.476) is new.
TEST(Blame, ASentenceJustUnderHalfItsWordsIsNew) {
  const std::string old_sentence = "c0 c1 c2 c3 c4 a0 a1 a2 a3 a4";
  const std::string new_sentence = "c0 c1 c2 c3 c4 b0 b1 b2 b3 b4 b5";
  ASSERT_NEAR(text_similarity(old_sentence, new_sentence), 10.0 / 21, 1e-12);
  const Blame blame = blame_of_edit(old_sentence, new_sentence);
  const BlameLine* line = find_line(blame, new_sentence);
  ASSERT_NE(line, nullptr);
  EXPECT_EQ(line->first_year, 2022);
  EXPECT_EQ(line->last_reworded, 0);
}

TEST(Blame, ASentenceKeepingLessThanHalfItsWordsIsNew) {
  const std::string old_sentence = "c0 c1 c2 c3 a0 a1 a2 a3 a4 a5";  // 4 of 10: 0.4
  const std::string new_sentence = "c0 c1 c2 c3 b0 b1 b2 b3 b4 b5";
  const Blame blame = blame_of_edit(old_sentence, new_sentence);
  const BlameLine* line = find_line(blame, new_sentence);
  ASSERT_NE(line, nullptr);
  EXPECT_EQ(line->first_year, 2022);
  EXPECT_EQ(line->last_reworded, 0);
}

}  // namespace
