// The wording every renderer shares: numbers, percentages, rating and count
// phrases, where inline word runs need a space, the sentences kept around a
// change, columns of UTF-8 text and CSV fields. Known answers, both sides of
// each rule. Sentences are the seed's (2025 North Korea narrative).
#include "render/render_common.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace yoy::render_common {
namespace {

TEST(RenderCommon, SectionLabelDropsTrailingColonsDotsAndSpaces) {
  EXPECT_EQ(section_label("PRIORITIZED RECOMMENDATIONS:"), "PRIORITIZED RECOMMENDATIONS");
  EXPECT_EQ(section_label("PROSECUTION. : "), "PROSECUTION");
  EXPECT_EQ(section_label("U.S. POLICY"), "U.S. POLICY");
  EXPECT_EQ(section_label(":."), "");
}

TEST(RenderCommon, NumbersGroupThousandsAndKeepTwoDecimalsAtMost) {
  EXPECT_EQ(format_number(0), "0");
  EXPECT_EQ(format_number(999), "999");
  EXPECT_EQ(format_number(1000), "1,000");
  EXPECT_EQ(format_number(80000), "80,000");
  EXPECT_EQ(format_number(26298666), "26,298,666");
  EXPECT_EQ(format_number(-1200), "-1,200");
  EXPECT_EQ(format_number(2.5), "2.5");
  EXPECT_EQ(format_number(1234.567), "1,234.57");
  EXPECT_EQ(format_number(0.001), "0");
  EXPECT_EQ(format_number(-0.001), "0") << "no minus sign on a rounded zero";
  EXPECT_EQ(format_number(std::nan("")), "?");
  EXPECT_EQ(format_number(std::numeric_limits<double>::infinity()), "?");
  EXPECT_EQ(format_values({80000, 200000}), "80,000 / 200,000");
  EXPECT_EQ(format_values({}), "");
  EXPECT_EQ(format_signed(80000), "+80,000");
  EXPECT_EQ(format_signed(-5), "-5");
  EXPECT_EQ(format_signed(0), "0");
}

TEST(RenderCommon, PercentagesCarryASignAndOneDecimalUnlessWhole) {
  EXPECT_EQ(format_percent(66.66), "+66.7%");
  EXPECT_EQ(format_percent(-12), "-12%");
  EXPECT_EQ(format_percent(12.04), "+12%");
  EXPECT_EQ(format_percent(12.05 + 1e-9), "+12.1%");
  EXPECT_EQ(format_percent(0), "0%");
  EXPECT_EQ(format_percent(0.04), "0%");
  EXPECT_EQ(format_percent(-0.04), "0%");
  EXPECT_EQ(format_percent(0.05 + 1e-9), "+0.1%");
  EXPECT_EQ(format_percent(std::numeric_limits<double>::infinity()), "?");
}

TEST(RenderCommon, RankIsOneBasedOrNothing) {
  EXPECT_EQ(rank(0), "#1");
  EXPECT_EQ(rank(11), "#12");
  EXPECT_EQ(rank(-1), "");
}

RatingChange rating(const std::string& from, const std::string& to, Direction direction,
                    StatedMovement stated = StatedMovement::none, bool contradicts = false) {
  RatingChange r;
  r.scale = "tier";
  r.from = from;
  r.to = to;
  r.direction = direction;
  r.stated = stated;
  r.stated_contradicts = contradicts;
  return r;
}

TEST(RenderCommon, RatingPhraseNamesEachDirection) {
  EXPECT_EQ(rating_phrase(rating("Tier 2 Watch List", "Tier 3", Direction::downgrade)),
            "Tier 2 Watch List → Tier 3 (downgrade)");
  EXPECT_EQ(rating_phrase(rating("Tier 3", "Tier 2", Direction::upgrade)),
            "Tier 3 → Tier 2 (upgrade)");
  EXPECT_EQ(rating_phrase(rating("Tier 3", "Tier 3", Direction::unchanged)), "Tier 3 (unchanged)");
  EXPECT_EQ(rating_phrase(rating("", "Tier 3", Direction::new_rating)),
            "no rating → Tier 3 (new rating)");
  EXPECT_EQ(rating_phrase(rating("Tier 1", "", Direction::dropped)),
            "Tier 1 → no rating (rating dropped)");
  EXPECT_EQ(rating_phrase(rating("Tier 1", "Special Case", Direction::changed)),
            "Tier 1 → Special Case (changed)");
  EXPECT_EQ(rating_phrase(rating("", "", Direction::none)), "no rating → no rating");
}

TEST(RenderCommon, ContradictionPhraseOnlyWhenTheTextContradicts) {
  EXPECT_EQ(contradiction_phrase(
                rating("Tier 2", "Tier 3", Direction::downgrade, StatedMovement::remained, false)),
            "");
  EXPECT_EQ(contradiction_phrase(
                rating("Tier 2", "Tier 3", Direction::downgrade, StatedMovement::remained, true)),
            "the new text says \"remained\", but the editions show a downgrade");
  EXPECT_EQ(contradiction_phrase(
                rating("Tier 3", "Tier 2", Direction::upgrade, StatedMovement::downgraded, true)),
            "the new text says \"downgraded\", but the editions show an upgrade");
  EXPECT_EQ(contradiction_phrase(
                rating("Tier 3", "Tier 3", Direction::unchanged, StatedMovement::upgraded, true)),
            "the new text says \"upgraded\", but the editions show no change");
  EXPECT_EQ(contradiction_phrase(
                rating("Tier 1", "", Direction::dropped, StatedMovement::remained, true)),
            "the new text says \"remained\", but the editions show the rating dropped");
  EXPECT_EQ(contradiction_phrase(rating("Tier 1", "Special Case", Direction::changed,
                                        StatedMovement::remained, true)),
            "the new text says \"remained\", but the editions show a different movement");
}

TEST(RenderCommon, ReversedPhraseOnlyForABackwardsDiff) {
  ChangeSet changes;
  changes.from = {"tip", 2025, ""};
  changes.to = {"tip", 2024, ""};
  EXPECT_EQ(reversed_phrase(changes), "");
  changes.reversed = true;
  EXPECT_EQ(reversed_phrase(changes),
            "This diff runs backwards in time: tip/2025 is later than tip/2024, so \"added\" "
            "means present in tip/2024 only and \"removed\" means present in tip/2025 only.");
}

TEST(RenderCommon, CountsPhraseLeavesOutEmptyGroupsAndZeros) {
  ChangeCount c;
  EXPECT_TRUE(counts_groups(c).empty());
  EXPECT_EQ(counts_phrase(c), "");
  c.items_added = 1;
  c.items_reworded = 2;
  c.statistics_changed = 3;
  c.words_added = 40;  // words and sections are not in the phrase
  c.sections_changed = 2;
  EXPECT_EQ(counts_groups(c), (std::vector<std::string>{"recommendations: 1 added, 2 reworded",
                                                        "statistics: 3 changed"}));
  EXPECT_EQ(counts_phrase(c), "recommendations: 1 added, 2 reworded; statistics: 3 changed");
  ChangeCount blocks;
  blocks.blocks_modified = 4;
  blocks.blocks_moved = 1;
  blocks.statistics_removed = 2;
  blocks.items_moved = 5;
  blocks.items_removed = 1;
  EXPECT_EQ(counts_phrase(blocks),
            "recommendations: 1 removed, 5 moved; statistics: 2 removed; paragraphs: 4 modified, "
            "1 moved");
}

TEST(RenderCommon, SummaryPhraseSaysReportsRatingsAndCounts) {
  ChangeSummary s;
  s.reports = 1;
  EXPECT_EQ(summary_phrase(s), "0 of 1 report changed");
  s.reports = 188;
  s.changed = 12;
  s.added = 1;
  s.rating_changes = 1;
  EXPECT_EQ(summary_phrase(s), "12 of 188 reports changed (1 added), 1 rating change");
  s.removed = 2;
  s.rating_changes = 3;
  s.items_added = 4;
  s.blocks_added = 1;
  EXPECT_EQ(summary_phrase(s),
            "12 of 188 reports changed (1 added, 2 removed), 3 rating changes; recommendations: "
            "4 added; paragraphs: 1 added");
}

TEST(RenderCommon, QuietOnlyWhenUnchanged) {
  ReportChange report;
  EXPECT_TRUE(report_is_quiet(report));
  for (Change c : {Change::changed, Change::added, Change::removed}) {
    report.change = c;
    EXPECT_FALSE(report_is_quiet(report)) << change_name(c);
  }
}

TEST(RenderCommon, SpacesBetweenWordRuns) {
  EXPECT_TRUE(needs_space("the", "government"));
  EXPECT_FALSE(needs_space("government", ","));
  EXPECT_FALSE(needs_space("Tier 3", "."));
  EXPECT_FALSE(needs_space("(DPRK", ")"));
  EXPECT_FALSE(needs_space("the", "\u201d"));
  EXPECT_FALSE(needs_space("(", "DPRK"));
  EXPECT_FALSE(needs_space("\u201c", "remained"));
  EXPECT_FALSE(needs_space("the ", "government")) << "a space is there already";
  EXPECT_FALSE(needs_space("the", " government"));
  EXPECT_FALSE(needs_space("", "government"));
  EXPECT_FALSE(needs_space("the", ""));
  EXPECT_TRUE(needs_space("Tier 3.", "The")) << "after punctuation, before a word";
  EXPECT_TRUE(needs_space("2397", "-"));
}

// One changed word in the middle of the seed's opening paragraph: the
// unchanged runs keep only the sentence around it.
TEST(RenderCommon, AroundChangesKeepsTheSentencesThatHoldTheChange) {
  const std::vector<WordRun> words = {
      {'=',
       "The Government of the Democratic People's Republic of Korea (DPRK) does not fully "
       "meet the minimum standards for the elimination of trafficking and is not making "
       "significant efforts to do so. The DPRK remained on"},
      {'-', "Tier 2"},
      {'+', "Tier 3"},
      {'=',
       ". The government did not demonstrate any meaningful efforts to address human "
       "trafficking. During the reporting period there was a government policy."},
  };
  const std::vector<WordRun> kept = around_changes(words);
  ASSERT_EQ(kept.size(), 4u);
  EXPECT_EQ(kept[0].text, "… The DPRK remained on");
  EXPECT_EQ(kept[1].text, "Tier 2");
  EXPECT_EQ(kept[2].text, "Tier 3");
  // The changed sentence ends at the last run's first character: the rest goes.
  EXPECT_EQ(kept[3].text, ". …");
}

TEST(RenderCommon, AroundChangesLeavesWhatItCannotShorten) {
  // No change: everything as it was.
  const std::vector<WordRun> same = {{'=', "The DPRK remained on Tier 3. The government did."}};
  EXPECT_EQ(around_changes(same)[0].text, same[0].text);
  // "U.S. government" is no sentence end (a lower-case word follows), and a
  // run without a sentence end stays whole.
  const std::vector<WordRun> us = {{'=', "the U.S. government and the U.S. Congress"},
                                   {'+', "also"}};
  EXPECT_EQ(around_changes(us)[0].text, "… Congress") << "'U.S. Congress': a capital follows";
  const std::vector<WordRun> whole = {{'=', "the U.S. government reported"}, {'+', "no"}};
  EXPECT_EQ(around_changes(whole)[0].text, "the U.S. government reported");
  // A first run that ends on a sentence end: nothing of it is left but "…".
  const std::vector<WordRun> ends = {{'=', "The DPRK remained on Tier 3. "}, {'+', "New."}};
  EXPECT_EQ(around_changes(ends)[0].text, "…");
  // A last run whose only sentence end is its own end stays whole.
  const std::vector<WordRun> last = {{'+', "New"}, {'=', " text here."}};
  EXPECT_EQ(around_changes(last)[1].text, " text here.");
  // A middle run is cut only between its first and last sentence ends.
  const std::vector<WordRun> middle_one = {{'+', "A"}, {'=', " first. Second"}, {'-', "B"}};
  EXPECT_EQ(around_changes(middle_one)[1].text, " first. Second");
  const std::vector<WordRun> middle = {
      {'+', "A"},
      {'=', " ends here. The government did not report. Nor did it act. It"},
      {'-', "B"}};
  EXPECT_EQ(around_changes(middle)[1].text, " ends here. … It");
  // Closing quotes and brackets belong to the sentence they close.
  const std::vector<WordRun> quoted = {{'=', "It said \u201cno.\u201d Then it"}, {'+', "acted"}};
  EXPECT_EQ(around_changes(quoted)[0].text, "… Then it");
  const std::vector<WordRun> last_quoted = {{'+', "x"}, {'=', " (it said no.) More text."}};
  EXPECT_EQ(around_changes(last_quoted)[1].text, " (it said no.) …");
}

TEST(RenderCommon, PluralAddsAnSExceptForOne) {
  EXPECT_EQ(plural(1, "report"), "1 report");
  EXPECT_EQ(plural(0, "report"), "0 reports");
  EXPECT_EQ(plural(3, "report"), "3 reports");
}

TEST(RenderCommon, ColumnsCountCharactersNotBytes) {
  EXPECT_EQ(text_width("Côte d'Ivoire"), 13u);
  EXPECT_EQ(pad("Côte", 6), "Côte  ");
  EXPECT_EQ(pad("Côte", 6, true), "  Côte");
  EXPECT_EQ(pad("Côte", 4), "Côte");
  EXPECT_EQ(pad("Côte d'Ivoire", 4), "Côte d'Ivoire") << "never cut by pad";
  EXPECT_EQ(clip("Côte d'Ivoire", 13), "Côte d'Ivoire");
  EXPECT_EQ(clip("Côte d'Ivoire", 12), "Côte d'Ivoi…");
  EXPECT_EQ(text_width(clip("Côte d'Ivoire", 12)), 12u);
  EXPECT_EQ(clip("Côte d'Ivoire", 3), "Cô…") << "the cut after a two-byte character";
  EXPECT_EQ(clip("Côte", 1), "…");
}

TEST(RenderCommon, CsvFieldsQuotedOnlyWhenTheyMustBe) {
  EXPECT_EQ(csv_field("Tier 3"), "Tier 3");
  EXPECT_EQ(csv_field("Korea, North"), "\"Korea, North\"");
  EXPECT_EQ(csv_field("Alpha, \"the first\""), "\"Alpha, \"\"the first\"\"\"");
  EXPECT_EQ(csv_field("say \"x\""), "\"say \"\"x\"\"\"");
  EXPECT_EQ(csv_field("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(csv_field("cr\r"), "\"cr\r\"");
  EXPECT_EQ(csv_field(""), "");
}

TEST(RenderCommon, IndexTierCell) {
  IndexRow row;
  EXPECT_EQ(index_tier_text(row), "—");
  row.tier_from = "Tier 3";
  row.tier_to = "Tier 3";
  row.direction = Direction::unchanged;
  EXPECT_EQ(index_tier_text(row), "Tier 3");
  row.tier_from = "Tier 2 Watch List";
  row.direction = Direction::downgrade;
  EXPECT_EQ(index_tier_text(row), "Tier 2 Watch List → Tier 3 ↓");
  row.tier_from = "Tier 3";
  row.tier_to = "Tier 2";
  row.direction = Direction::upgrade;
  EXPECT_EQ(index_tier_text(row), "Tier 3 → Tier 2 ↑");
  row.tier_from = "";
  row.direction = Direction::new_rating;
  EXPECT_EQ(index_tier_text(row), "— → Tier 2");
  row.tier_from = "Tier 1";
  row.tier_to = "Special Case";
  row.direction = Direction::changed;
  EXPECT_EQ(index_tier_text(row), "Tier 1 → Special Case");
}

}  // namespace
}  // namespace yoy::render_common
