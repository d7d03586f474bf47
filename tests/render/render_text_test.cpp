// The text renderer on hand-built ChangeSets, with and without colour.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "support/sample_changes.h"
#include "yoy/render/render.h"

using yoy::ChangeSet;
using yoy::RenderOptions;
using yoy::testing::hostile_changes;
using yoy::testing::sample_changes;

namespace {

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

}  // namespace

TEST(RenderText, HeadlineFirstWithTierDirectionAndCounts) {
  std::string out = yoy::render_text(sample_changes(), RenderOptions{});
  std::vector<std::string> lines = lines_of(out);
  ASSERT_GE(lines.size(), 4u);
  EXPECT_EQ(lines[0], "tip/2024 → tip/2025");
  // The per-report headline comes before any detail.
  auto headline = std::find_if(lines.begin(), lines.end(), [](const std::string& l) {
    return l.rfind("north-korea: Tier 2 Watch List → Tier 3 (downgrade)", 0) == 0;
  });
  ASSERT_NE(headline, lines.end()) << out;
  EXPECT_TRUE(contains(*headline, "recommendations: 1 added, 1 removed, 1 reworded, 1 moved"))
      << *headline;
  auto details = std::find_if(lines.begin(), lines.end(), [](const std::string& l) {
    return l.rfind("== north-korea", 0) == 0;
  });
  ASSERT_NE(details, lines.end());
  EXPECT_LT(headline - lines.begin(), details - lines.begin());
  EXPECT_TRUE(contains(out, "1 of 1 report changed, 1 rating change")) << out;
}

TEST(RenderText, PlainWordDiffWithoutColour) {
  std::string out = yoy::render_text(sample_changes(), RenderOptions{});
  EXPECT_FALSE(contains(out, "\x1b")) << "ANSI codes without colour";
  EXPECT_TRUE(contains(out,
                       "Eliminate [-the use of coercion-]{+coercive+} tactics {+used+} to "
                       "monitor workers."))
      << out;
  // Paragraph word diff: only the sentence with the change, punctuation hugging its word.
  EXPECT_TRUE(contains(out,
                       "… It did not report laws criminalizing sex trafficking {+or labor "
                       "trafficking+}. …"))
      << out;
}

TEST(RenderText, ColourHighlightsRemovedRedAndAddedGreen) {
  RenderOptions options;
  options.color = true;
  std::string out = yoy::render_text(sample_changes(), options);
  EXPECT_TRUE(contains(out, "\x1b[31mthe use of coercion\x1b[0m")) << out;
  EXPECT_TRUE(contains(out, "\x1b[32mcoercive\x1b[0m")) << out;
  EXPECT_FALSE(contains(out, "[-")) << "plain markers in colour mode";
  EXPECT_FALSE(contains(out, "{+"));
}

TEST(RenderText, StatisticsMovesAndContradiction) {
  std::string out = yoy::render_text(sample_changes(), RenderOptions{});
  EXPECT_TRUE(contains(out,
                       "Trafficking Profile: persons: 80,000 to 120,000 → 80,000 to 200,000 "
                       "(persons), +80,000 (+66.7%)"))
      << out;
  // Statistics are named by their measure and period (yoy.changes/2).
  EXPECT_TRUE(contains(out, "working hours: new: up to 20 hours (2024) (hours per day)"));
  EXPECT_TRUE(contains(out, "gone: two women"));
  EXPECT_TRUE(contains(out, "> moved #3 → #1: Criminalize sex trafficking")) << out;
  EXPECT_TRUE(contains(out, "moved from paragraph 5 to paragraph 2")) << out;
  EXPECT_TRUE(contains(out, "the new text says \"remained\", but the editions show a downgrade"))
      << out;
  EXPECT_TRUE(contains(out, "\"Prevention Efforts\" renamed to \"Prevention\""));
  EXPECT_TRUE(contains(out, "replaced (too large for a word diff)"));
}

TEST(RenderText, ReversedDiffSaysSo) {
  ChangeSet changes = sample_changes();
  std::swap(changes.from, changes.to);
  changes.reversed = true;
  std::string out = yoy::render_text(changes, RenderOptions{});
  EXPECT_TRUE(contains(out, "runs backwards in time: tip/2025 is later than tip/2024")) << out;
  EXPECT_FALSE(contains(yoy::render_text(sample_changes(), RenderOptions{}), "backwards"));
}

TEST(RenderText, EmptyChangeSetSaysNoChanges) {
  ChangeSet changes;
  changes.from = {"tip", 2024, ""};
  changes.to = {"tip", 2025, ""};
  EXPECT_EQ(yoy::render_text(changes, RenderOptions{}), "tip/2024 → tip/2025\nno changes\n");
  // Unchanged reports are not changes either (unless asked for).
  yoy::ReportChange quiet;
  quiet.id = "norway";
  changes.reports.push_back(quiet);
  changes.summary.reports = 1;
  EXPECT_TRUE(contains(yoy::render_text(changes, RenderOptions{}), "no changes"));
  RenderOptions all;
  all.include_unchanged = true;
  EXPECT_TRUE(contains(yoy::render_text(changes, all), "norway: unchanged"));
}

TEST(RenderText, FilesComparedOutsideAnArchiveShowTheirPaths) {
  ChangeSet changes = sample_changes();
  changes.from = {"", 0, "old/north-korea.txt"};
  changes.to = {"", 0, "new/north-korea.txt"};
  EXPECT_EQ(lines_of(yoy::render_text(changes, RenderOptions{}))[0],
            "old/north-korea.txt → new/north-korea.txt");
}

TEST(RenderText, ControlBytesInReportTextAreShownInert) {
  ChangeSet changes = hostile_changes("evil\x1b]0;owned\x07\x1b[2J text");
  std::string out = yoy::render_text(changes, RenderOptions{});
  EXPECT_FALSE(contains(out, "\x1b")) << "report text injected a terminal escape";
  EXPECT_FALSE(contains(out, "\x07"));
  EXPECT_TRUE(contains(out, "evil\\x1b]0;owned\\x07\\x1b[2J text"));  // printable()
}
