// The overview rows of `yoy summary`: one per report, counted by kind, and
// ordered tier moves first, then added or removed reports, then by the number
// of changes, then by id.
#include "yoy/app/summary_index.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/sample_changes.h"

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
