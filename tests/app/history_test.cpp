#include "yoy/app/history.h"

#include <gtest/gtest.h>

#include <map>

using namespace yoy;

namespace {

Block block_of(const std::vector<std::string>& sentences, BlockKind kind = BlockKind::paragraph) {
  Block block;
  block.kind = kind;
  for (const std::string& s : sentences) {
    if (!block.text.empty()) block.text += " ";
    block.text += s;
    block.sentences.push_back({s, s});
  }
  block.compare = block.text;
  return block;
}

Section section_of(const std::string& heading, bool is_list, std::vector<Block> blocks) {
  Section section;
  section.heading = heading;
  section.key = heading == "Prioritized Recommendations" ? "prioritized-recommendations"
                                                         : "section-" + heading;
  section.is_list = is_list;
  section.blocks = std::move(blocks);
  return section;
}

Section recommendations(const std::vector<std::string>& items) {
  std::vector<Block> blocks;
  for (const std::string& item : items) blocks.push_back(block_of({item}, BlockKind::list_item));
  return section_of("Prioritized Recommendations", true, blocks);
}

Section profile_with_estimate(const std::string& estimate, double value) {
  Block block =
      block_of({"An estimated " + estimate + " persons are held in political prison camps.",
                "Camps operate in remote mountain valleys."});
  Statistic statistic;
  statistic.surface = estimate;
  statistic.values = {value};
  statistic.qualifier = "an estimated";
  statistic.unit = "persons";
  statistic.context = block.sentences[0].text;
  block.statistics.push_back(statistic);
  return section_of("Trafficking Profile", false, {block});
}

Document edition(int year, const std::string& tier, Section recs, Section prosecution,
                 Section profile) {
  Document document;
  document.profile = "tip";
  document.series = "tip";
  document.id = "testland";
  document.year = year;
  document.title = "Testland";
  document.rating.scale = "tier";
  document.rating.value = tier;
  document.sections = {std::move(recs), std::move(prosecution), std::move(profile)};
  return document;
}

const std::string kForcedLabor =
    "End the use of state-sponsored forced labor in prison camps and through mass mobilizations.";
const std::string kCriminalize =
    "Criminalize sex trafficking and labor trafficking in the penal code.";
const std::string kAssistance =
    "Provide assistance to victims exploited in the country and to victims returned from abroad.";
const std::string kAssistanceReworded =
    "Provide comprehensive assistance to victims exploited in the country and to all victims "
    "returned from abroad.";

const std::string kNoEfforts = "The government did not report any law enforcement efforts.";
const std::string kFairTrials = "Fair trials did not occur and courts were not independent.";
const std::string kFairTrialsReworded =
    "Fair trials did not occur and courts were never independent of the party.";
const std::string kExecutions = "Officials executed two women for helping citizens flee.";

// 2021: two recommendations. 2022: one added, one sentence added.
// 2023: the added one reworded and moved to the top, a sentence reworded, a statistic changed.
struct Series {
  Document y2021, y2022, y2023;
  Series()
      : y2021(edition(2021, "Tier 2", recommendations({kForcedLabor, kCriminalize}),
                      section_of("Prosecution", false, {block_of({kNoEfforts, kFairTrials})}),
                      profile_with_estimate("80,000", 80000))),
        y2022(edition(2022, "Tier 2 Watch List",
                      recommendations({kForcedLabor, kCriminalize, kAssistance}),
                      section_of("Prosecution", false,
                                 {block_of({kNoEfforts, kFairTrials}), block_of({kExecutions})}),
                      profile_with_estimate("80,000", 80000))),
        y2023(edition(
            2023, "Tier 3", recommendations({kAssistanceReworded, kForcedLabor, kCriminalize}),
            section_of("Prosecution", false,
                       {block_of({kNoEfforts, kFairTrialsReworded}), block_of({kExecutions})}),
            profile_with_estimate("120,000", 120000))) {}

  std::vector<ReportEdition> editions() const {
    return {{2021, &y2021}, {2022, &y2022}, {2023, &y2023}};
  }
};

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
  EXPECT_EQ(second.direction, "downgrade");
  EXPECT_EQ(second.recommendations, 3);
  EXPECT_EQ(second.recommendations_new, 1);
  EXPECT_EQ(second.statistics_changed, 0);
  EXPECT_GT(second.words_added, 0);
  EXPECT_EQ(second.words_removed, 0);

  const TimelineEntry& third = timeline.entries[2];
  EXPECT_EQ(third.direction, "downgrade");
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
  EXPECT_EQ(timeline.entries[2].direction, "unchanged");
  EXPECT_EQ(timeline.entries[2].words_added + timeline.entries[2].words_removed, 0);
  EXPECT_EQ(timeline.entries[3].direction, "downgrade");
  EXPECT_EQ(timeline.entries[3].recommendations_new, 1)
      << "compared with 2021, the 2023 assistance item is new";
}
