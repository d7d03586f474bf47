// The overview rows of `yoy summary`: one per report, counted by kind, and
// ordered tier moves first, then added or removed reports, then by the number
// of changes, then by id.
#include "yoy/app/summary_index.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "support/factbook_archive.h"
#include "support/sample_changes.h"
#include "support/scratch_dir.h"
#include "yoy/app/edition_diff.h"
#include "yoy/archive/archive.h"

using namespace yoy;
using namespace yoy::testing;

namespace {

ReportChange changed_report(const std::string& id, Direction direction, int blocks_changed) {
  ReportChange report = quiet_report(id);
  report.change = Change::changed;
  report.rating->direction = direction;
  if (direction == Direction::new_rating) report.rating->from.clear();
  if (direction == Direction::downgrade) report.rating->to = "Tier 2";
  if (direction == Direction::upgrade) report.rating->from = "Tier 2";
  SectionChange section;
  section.change = Change::modified;
  for (int i = 0; i < blocks_changed; ++i) {
    BlockChange block;
    block.change = Change::modified;
    section.blocks.push_back(block);
  }
  report.sections.push_back(section);
  return report;
}

ReportChange came_or_went(const std::string& id, Change change) {
  ReportChange report;
  report.id = id;
  report.change = change;
  return report;
}

std::vector<std::string> ids(const SummaryIndex& index) {
  std::vector<std::string> out;
  for (const IndexRow& row : index.rows) out.push_back(row.id);
  return out;
}

}  // namespace

TEST(SummaryIndex, TierMovesComeFirstThenAddedOrRemovedThenMostChanged) {
  ChangeSet changes = changes_of({
      changed_report("aa-many-edits", Direction::unchanged, 9),
      changed_report("nn-first-rating", Direction::new_rating, 1),
      changed_report("zz-upgraded", Direction::upgrade, 1),
      came_or_went("rr-removed", Change::removed),
      changed_report("mm-downgraded", Direction::downgrade, 1),
      changed_report("bb-few-edits", Direction::unchanged, 2),
      came_or_went("dd-added", Change::added),
  });
  SummaryIndex index = build_summary_index(changes, {"cc-same", "bb-few-edits"});
  // Both tier moves by id, then the reports that came or went by id, then the
  // rest by number of changes (a first rating is no tier move), unchanged last.
  EXPECT_EQ(ids(index), (std::vector<std::string>{"mm-downgraded", "zz-upgraded", "dd-added",
                                                  "rr-removed", "aa-many-edits", "bb-few-edits",
                                                  "nn-first-rating", "cc-same"}));
  EXPECT_EQ(index.changed, 5);
  EXPECT_EQ(index.added, 1);
  EXPECT_EQ(index.removed, 1);
  EXPECT_EQ(index.unchanged, 1);  // cc-same; bb-few-edits is listed once, as changed
  EXPECT_EQ(index.rows[0].blocks_changed, 1);
  EXPECT_EQ(index.rows[4].blocks_changed, 9);
  EXPECT_TRUE(index.rows[0].has_pages);
  EXPECT_FALSE(index.rows.back().has_pages);
}

// A downgrade is the news a reader looks for first: before an upgrade with more
// changes and an earlier id; a downgrade the new text states counts as one.
TEST(SummaryIndex, DowngradesComeBeforeUpgrades) {
  ReportChange stated = changed_report("yy-stated", Direction::downgrade, 0);
  stated.rating->from.clear();
  stated.rating->direction_stated = true;
  ChangeSet changes = changes_of({
      changed_report("aa-upgraded", Direction::upgrade, 5),
      changed_report("zz-downgraded", Direction::downgrade, 1),
      stated,
  });
  SummaryIndex index = build_summary_index(changes, {});
  EXPECT_EQ(ids(index), (std::vector<std::string>{"zz-downgraded", "yy-stated", "aa-upgraded"}));
  EXPECT_TRUE(index.rows[1].direction_stated);
}

// The shared factbook 2024 → 2025: the five downgrades its 2025 text states
// (Barbados, Cabo Verde, South Africa, Saint Lucia, Tunisia; no tier
// field in 2024) open the summary, ahead of the three upgrades the editions show.
TEST(SummaryIndex, TheFactbooksStatedDowngradesComeFirst) {
  test::ScratchDir dir;
  if (!test::make_factbook_editions(dir / "archive", {2024, 2025}))
    GTEST_SKIP() << "no shared factbook corpus (../shared/corpus/factbook)";
  const Archive archive = Archive::open(dir / "archive", false);
  EditionRef from{"factbook", 2024, "factbook/2024"}, to{"factbook", 2025, "factbook/2025"};
  const ChangeSet changes = diff_editions(archive, from, to, {}, {});
  const SummaryIndex index = build_summary_index(changes, {});
  ASSERT_GE(index.rows.size(), 8u);
  std::vector<std::string> first(5);
  for (std::size_t i = 0; i < 5; ++i) {
    first[i] = index.rows[i].id;
    EXPECT_EQ(index.rows[i].direction, Direction::downgrade) << first[i];
    EXPECT_TRUE(index.rows[i].direction_stated) << first[i];
  }
  std::sort(first.begin(), first.end());
  EXPECT_EQ(first, (std::vector<std::string>{"bb", "cv", "sf", "st", "ts"}));
  for (std::size_t i = 5; i < 8; ++i) EXPECT_EQ(index.rows[i].direction, Direction::upgrade);
}
