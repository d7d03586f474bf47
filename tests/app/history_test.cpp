// The timeline of a report across editions (yoy log): per year, tier and
// direction, recommendations new / removed / reworded, statistics and words changed.
#include "yoy/app/history.h"

#include <gtest/gtest.h>

#include "support/testland_series.h"
#include "yoy/normalize/words.h"

using namespace yoy;
using namespace yoy::testing;

TEST(Timeline, CountsPerYear) {
  Series series;
  Timeline timeline = build_timeline("tip", "testland", series.editions(), DiffOptions{});
  ASSERT_EQ(timeline.entries.size(), 3u);
  const TimelineEntry& first = timeline.entries[0];
  EXPECT_TRUE(first.first);
  EXPECT_EQ(first.tier, "Tier 2");
  EXPECT_EQ(first.recommendations, 2);
  EXPECT_EQ(first.recommendations_new, 2);

  const TimelineEntry& second = timeline.entries[1];
  EXPECT_EQ(second.tier, "Tier 2 Watch List");
  EXPECT_EQ(second.direction, Direction::downgrade);
  EXPECT_EQ(second.recommendations, 3);
  EXPECT_EQ(second.recommendations_new, 1);
  EXPECT_EQ(second.statistics_changed, 0);
  EXPECT_GT(second.words_added, 0);
  EXPECT_EQ(second.words_removed, 0);

  const TimelineEntry& third = timeline.entries[2];
  EXPECT_EQ(third.direction, Direction::downgrade);
  EXPECT_EQ(third.recommendations, 3);
  EXPECT_EQ(third.recommendations_new, 0);
  EXPECT_EQ(third.recommendations_reworded, 1);
  EXPECT_EQ(third.statistics_changed, 1);
  EXPECT_GT(third.words_removed, 0);
}

TEST(Timeline, AbsentYearsAndIdenticalEditions) {
  Series series;
  Timeline timeline = build_timeline(
      "tip", "testland",
      {{2020, nullptr}, {2021, &series.y2021}, {2022, &series.y2021}, {2023, &series.y2023}},
      DiffOptions{});
  ASSERT_EQ(timeline.entries.size(), 4u);
  EXPECT_FALSE(timeline.entries[0].present);
  EXPECT_TRUE(timeline.entries[1].first);
  EXPECT_EQ(timeline.entries[2].direction, Direction::unchanged);
  EXPECT_EQ(timeline.entries[2].words_added + timeline.entries[2].words_removed, 0);
  EXPECT_EQ(timeline.entries[3].direction, Direction::downgrade);
  EXPECT_EQ(timeline.entries[3].recommendations_new, 1)
      << "compared with 2021, the 2023 assistance item is new";
}

TEST(Timeline, WordsAreCountedAsThePolicyCountsThem) {
  // Dashes standing alone are marks, "80,000" is one word: 8 words, where a
  // split at spaces would count 10.
  const std::string added =
      "The law \xE2\x80\x94 passed in 2024 \xE2\x80\x94 covers 80,000 workers.";
  Series series;
  Document next = series.y2021;
  next.year = 2022;
  Block block;
  block.text = block.compare = added;
  block.sentences.push_back({added, added});
  next.sections[1].blocks.push_back(block);
  Timeline timeline =
      build_timeline("tip", "testland", {{2021, &series.y2021}, {2022, &next}}, DiffOptions{});
  ASSERT_EQ(timeline.entries.size(), 2u);
  EXPECT_EQ(timeline.entries[1].words_added, 8);
  EXPECT_EQ(timeline.entries[1].words_removed, 0);
  // The policy's section-text-change: the same 8 words over both sides' words.
  ReportChange change = diff_documents(&series.y2021, &next, DiffOptions{});
  ASSERT_EQ(change.sections.size(), 1u);
  std::size_t total = 0;
  for (const Document* d : {&series.y2021, &next})
    for (const Block& b : d->sections[1].blocks) total += count_words(b.text);
  EXPECT_DOUBLE_EQ(change.sections[0].text_change, 8.0 / static_cast<double>(total));
}
