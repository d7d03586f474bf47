// The tier table: gaps, directions against the edition before, order, range;
// laid out from known editions, then read from real factbook editions.
#include "yoy/app/tier_table.h"

#include <gtest/gtest.h>

#include "support/factbook_archive.h"
#include "support/scratch_dir.h"
#include "yoy/archive/archive.h"
#include "yoy/util/error.h"

namespace yoy {
namespace {

std::vector<RatedEdition> sample() {
  return {
      {2020, {{"a", "Alpha", "Tier 2"}, {"b", "Beta", "tier 2 watch list"}, {"u", "Unrated", ""}}},
      {2017, {{"a", "Alpha", "Tier 3"}, {"b", "Beta", "Tier 2 Watch List"}}},
      {2021, {{"a", "Alpha", "Tier 2"}, {"b", "Beta", ""}, {"c", "Gamma", "Special Case"}}},
      {2022, {{"a", "Alpha", "Tier 1"}, {"c", "Gamma", "Tier 3"}, {"u", "Unrated", ""}}},
  };
}

const TierRow& row(const TierTable& table, const std::string& id) {
  for (const TierRow& r : table.rows)
    if (r.id == id) return r;
  throw std::runtime_error("no row " + id);
}

TEST(TierTable, YearsRunFromFirstToLastEditionWithGapsMarked) {
  TierTable table = make_tier_table("tip", sample(), {});
  EXPECT_EQ(table.years, (std::vector<int>{2017, 2018, 2019, 2020, 2021, 2022}));
  EXPECT_EQ(table.in_archive, (std::vector<bool>{true, false, false, true, true, true}));
  for (const TierRow& r : table.rows) EXPECT_FALSE(r.cells[1].present || r.cells[2].present);
}

TEST(TierTable, DirectionsAreAgainstThePreviousEditionThatHadTheReport) {
  TierTable table = make_tier_table("tip", sample(), {});
  const TierRow& a = row(table, "a");
  EXPECT_EQ(a.cells[0].direction, Direction::none);  // first edition
  EXPECT_EQ(a.cells[3].direction,
            Direction::upgrade);  // 2017 Tier 3 -> 2020 Tier 2, across the gap
  EXPECT_EQ(a.cells[4].direction, Direction::unchanged);
  EXPECT_EQ(a.cells[5].direction, Direction::upgrade);
  EXPECT_EQ(a.last_change, 2022);
  const TierRow& b = row(table, "b");
  EXPECT_EQ(b.cells[3].tier, "Tier 2 Watch List");  // canonical whatever the case
  EXPECT_EQ(b.cells[3].direction, Direction::unchanged);
  EXPECT_EQ(b.cells[4].direction, Direction::dropped);
  EXPECT_FALSE(b.cells[5].present);
  EXPECT_EQ(b.last_change, 2021);
  const TierRow& c = row(table, "c");
  EXPECT_EQ(c.cells[4].direction, Direction::none);  // first edition with the report
  EXPECT_EQ(c.cells[4].rank, -1);
  EXPECT_EQ(c.cells[5].direction, Direction::changed);  // off the ordered scale
  EXPECT_EQ(c.cells[5].rank, 3);
}

TEST(TierTable, DowngradeAndNewRating) {
  TierTable table =
      make_tier_table("tip", {{2001, {{"x", "", "Tier 1"}}}, {2002, {{"x", "", "Tier 3"}}}}, {});
  EXPECT_EQ(table.rows[0].cells[1].direction, Direction::downgrade);
  table = make_tier_table("tip", {{2001, {{"x", "", ""}}}, {2002, {{"x", "", "Tier 3"}}}}, {});
  EXPECT_EQ(table.rows[0].cells[1].direction, Direction::new_rating);
  EXPECT_EQ(table.rows[0].last_change, 2002);
  EXPECT_EQ(table.rows[0].title, "");
}

// Where the edition before has no rating (or there is none), the movement the
// text states is the move: "was downgraded to Tier 2 Watch List" is ↓, said to
// come from the text; "remained" is a new rating as before; a rating the
// previous edition had wins over the text.
TEST(TierTable, AMoveTheTextStatesWhereNoRatingWasBefore) {
  TierTable table = make_tier_table(
      "factbook",
      {{2024, {{"bb", "Barbados", ""}, {"rm", "Marshall Islands", ""}, {"bx", "Brunei", "Tier 3"}}},
       {2025,
        {{"bb", "Barbados", "Tier 2 Watch List", StatedMovement::downgraded},
         {"rm", "Marshall Islands", "Tier 2 Watch List", StatedMovement::remained},
         {"bx", "Brunei", "Tier 2 Watch List", StatedMovement::downgraded},
         {"new", "Newland", "Tier 3", StatedMovement::upgraded}}}},
      {});
  EXPECT_EQ(row(table, "bb").cells[1].direction, Direction::downgrade);
  EXPECT_TRUE(row(table, "bb").cells[1].direction_stated);
  EXPECT_EQ(row(table, "bb").last_change, 2025);
  EXPECT_EQ(row(table, "rm").cells[1].direction, Direction::new_rating);
  EXPECT_FALSE(row(table, "rm").cells[1].direction_stated);
  EXPECT_EQ(row(table, "bx").cells[1].direction, Direction::upgrade);  // Tier 3 → 2WL: the tiers'
  EXPECT_FALSE(row(table, "bx").cells[1].direction_stated);
  EXPECT_EQ(row(table, "new").cells[1].direction, Direction::upgrade);  // first edition, stated
  EXPECT_TRUE(row(table, "new").cells[1].direction_stated);
}

TEST(TierTable, ReportsNeverRatedAreCountedNotShownUnlessAsked) {
  TierTable table = make_tier_table("tip", sample(), {});
  EXPECT_EQ(table.rows.size(), 3u);
  EXPECT_EQ(table.unrated, 1);
  TierTableOptions all;
  all.include_unrated = true;
  table = make_tier_table("tip", sample(), all);
  EXPECT_EQ(table.rows.size(), 4u);
  EXPECT_EQ(table.unrated, 0);
  EXPECT_EQ(row(table, "u").last_change, 0);
}

TEST(TierTable, SortedByNameOrByLastChange) {
  TierTable table = make_tier_table("tip", sample(), {});
  ASSERT_EQ(table.rows.size(), 3u);
  EXPECT_EQ(table.rows[0].id, "a");  // Alpha, Beta, Gamma
  EXPECT_EQ(table.rows[1].id, "b");
  EXPECT_EQ(table.rows[2].id, "c");
  TierTableOptions by_change;
  by_change.sort = TierSort::change;
  table = make_tier_table("tip", sample(), by_change);
  EXPECT_EQ(table.rows[0].id, "a");  // 2022 (Alpha before Gamma, also 2022)
  EXPECT_EQ(table.rows[1].id, "c");  // 2022
  EXPECT_EQ(table.rows[2].id, "b");  // 2021
}

TEST(TierTable, TitleOfTheLatestEditionNamesTheRow) {
  TierTable table = make_tier_table(
      "tip", {{2001, {{"x", "Old name", "Tier 1"}}}, {2002, {{"x", "New name", "Tier 1"}}}}, {});
  EXPECT_EQ(table.rows[0].title, "New name");
}

TEST(TierTable, SinceAndUntilBoundTheColumns) {
  TierTableOptions options;
  options.since = 2020;
  options.until = 2021;
  TierTable table = make_tier_table("tip", sample(), options);
  EXPECT_EQ(table.years, (std::vector<int>{2020, 2021}));
  EXPECT_EQ(row(table, "a").cells[0].direction,
            Direction::none);  // 2017 is out of range: first shown
  options.since = 2021;
  options.until = 2021;
  EXPECT_EQ(make_tier_table("tip", sample(), options).years, (std::vector<int>{2021}));
  options.since = 2023;
  options.until = 0;
  EXPECT_THROW(make_tier_table("tip", sample(), options), InputError);
  options.since = 2018;
  options.until = 2019;  // only a gap
  EXPECT_THROW(make_tier_table("tip", sample(), options), InputError);
}

TEST(TierTable, RealFactbookEditions) {
  test::ScratchDir dir;
  if (!test::make_factbook_archive(dir / "archive", {"bm", "bx", "kn", "us"}))
    GTEST_SKIP() << "no shared factbook corpus (../shared/corpus/factbook)";
  const Archive archive = Archive::open(dir / "archive", false);
  TierTable table = build_tier_table(archive, "factbook", {});
  EXPECT_EQ(table.years.front(), 2015);
  EXPECT_EQ(table.years.back(), 2025);
  EXPECT_FALSE(table.in_archive[3]);  // 2018
  EXPECT_FALSE(table.in_archive[4]);  // 2019
  EXPECT_EQ(table.unrated, 1);        // the United States has no tier field
  ASSERT_EQ(table.rows.size(), 3u);
  const TierRow& burma = row(table, "bm");
  EXPECT_EQ(burma.title, "Burma");
  EXPECT_EQ(burma.cells[5].tier, "Tier 2 Watch List");  // 2020
  EXPECT_EQ(burma.cells[6].tier, "Tier 3");             // 2021
  EXPECT_EQ(burma.cells[6].direction, Direction::downgrade);
  EXPECT_EQ(burma.last_change, 2021);
  const TierRow& brunei = row(table, "bx");
  EXPECT_EQ(brunei.cells[6].direction, Direction::new_rating);  // 2021: first tier field
  EXPECT_EQ(brunei.cells[9].direction, Direction::downgrade);   // 2024: Tier 3
  EXPECT_EQ(brunei.cells[10].direction, Direction::upgrade);    // 2025: Tier 2 Watch List
  const TierRow& korea = row(table, "kn");
  for (std::size_t i = 0; i < table.years.size(); ++i)
    if (table.in_archive[i]) {
      EXPECT_EQ(korea.cells[i].tier, "Tier 3") << table.years[i];
    }
  EXPECT_EQ(korea.last_change, 0);
  EXPECT_THROW(build_tier_table(archive, "nope", {}), InputError);
}

// The shared factbook: Barbados and South Africa have no tier field in 2024 and
// say "was downgraded to Tier 2 Watch List" in 2025: ↓ in 2025, from the text,
// read the same from a fresh archive and from the kept headlines.
TEST(TierTable, RealFactbookStatedDowngrades) {
  test::ScratchDir dir;
  if (!test::make_factbook_archive(dir / "archive", {"bb", "sf", "bx"}))
    GTEST_SKIP() << "no shared factbook corpus (../shared/corpus/factbook)";
  const Archive archive = Archive::open(dir / "archive", false);
  for (int run = 0; run < 2; ++run) {  // parsed, then from the kept headlines
    TierTable table = build_tier_table(archive, "factbook", {});
    const std::size_t y2025 = table.years.size() - 1;
    for (const char* id : {"bb", "sf"}) {
      const TierCell& cell = row(table, id).cells[y2025];
      EXPECT_EQ(cell.tier, "Tier 2 Watch List") << id;
      EXPECT_EQ(cell.direction, Direction::downgrade) << id << " run " << run;
      EXPECT_TRUE(cell.direction_stated) << id;
    }
    EXPECT_EQ(row(table, "bx").cells[y2025].direction, Direction::upgrade);
    EXPECT_FALSE(row(table, "bx").cells[y2025].direction_stated);
  }
}

}  // namespace
}  // namespace yoy
