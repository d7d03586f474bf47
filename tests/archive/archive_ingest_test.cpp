// Archive::ingest as one decision per report and per edition: what a year
// gains (added, changed, unchanged; a new extension is a change), whether a
// commit is made at all, the edition against the one before, several
// editions landing together, and editions that are refused before anything
// is written. Reports are the seed's narrative (support/tip_reports).
#include <gtest/gtest.h>

#include <string>

#include "support/scratch_dir.h"
#include "support/tip_reports.h"
#include "yoy/archive/archive.h"
#include "yoy/util/error.h"

using namespace yoy;
using yoy::test::ScratchDir;

namespace {

Edition edition_of(int year, std::vector<std::pair<std::string, std::string>> reports,
                   const std::string& extension = "txt") {
  Edition edition;
  edition.series = "tip";
  edition.year = year;
  for (auto& [id, bytes] : reports) edition.files.push_back({id, extension, bytes, id + ".txt"});
  return edition;
}

}  // namespace

TEST(ArchiveIngest, WhatAYearGains) {
  ScratchDir dir;
  Archive archive = Archive::open(dir / "archive", true);
  const std::string nk = test::north_korea_2024(), burma = test::generated_report("burma", 2024);
  IngestResult r = archive.ingest(edition_of(2024, {{"north-korea", nk}, {"burma", burma}}));
  EXPECT_EQ(r.series, "tip");
  EXPECT_EQ(r.year, 2024);
  EXPECT_EQ(r.added, 2);
  EXPECT_EQ(r.changed + r.unchanged, 0);
  EXPECT_TRUE(r.committed);
  EXPECT_EQ(r.previous_year, 0) << "the first edition has none before it";

  // The same year again: one report new, one replaced, one identical.
  r = archive.ingest(edition_of(2024, {{"north-korea", nk},
                                       {"burma", burma + "\nMore."},
                                       {"china", test::generated_report("china", 2024)}}));
  EXPECT_EQ(r.added, 1);
  EXPECT_EQ(r.changed, 1);
  EXPECT_EQ(r.unchanged, 1);
  EXPECT_TRUE(r.committed);
  EXPECT_EQ(archive.reports("tip", 2024).size(), 3u) << "a year gains reports, it loses none";

  // Identical bytes: no commit.
  r = archive.ingest(edition_of(2024, {{"north-korea", nk}}));
  EXPECT_EQ(r.unchanged, 1);
  EXPECT_FALSE(r.committed);
  // The same bytes under another extension are a change (the stored name changes).
  r = archive.ingest(edition_of(2024, {{"north-korea", nk}}, "md"));
  EXPECT_EQ(r.changed, 1);
  EXPECT_TRUE(r.committed);
  EXPECT_EQ(archive.find("tip", 2024, "north-korea")->path, "north-korea.md");
}

TEST(ArchiveIngest, TheEditionAgainstTheOneBefore) {
  ScratchDir dir;
  Archive archive = Archive::open(dir / "archive", true);
  archive.ingest(edition_of(2023, {{"north-korea", test::north_korea_2024()},
                                   {"burma", test::generated_report("burma", 2023)}}));
  const IngestResult r =
      archive.ingest(edition_of(2025, {{"north-korea", test::north_korea_2025()},
                                       {"china", test::generated_report("china", 2025)}}));
  EXPECT_EQ(r.previous_year, 2023);
  EXPECT_EQ(r.since_previous.added, 1);    // china
  EXPECT_EQ(r.since_previous.changed, 1);  // north-korea
  EXPECT_EQ(r.since_previous.removed, 1);  // burma
  EXPECT_EQ(r.since_previous.unchanged, 0);
  // Back-filled between them: 2024 against 2023; 2025 is rebuilt on 2024.
  const IngestResult between =
      archive.ingest(edition_of(2024, {{"north-korea", test::north_korea_2024()}}));
  EXPECT_EQ(between.previous_year, 2023);
  EXPECT_EQ(between.since_previous.unchanged, 1);
  EXPECT_EQ(between.since_previous.removed, 1);
  EXPECT_EQ(archive.years("tip"), (std::vector<int>{2023, 2024, 2025}));
}

TEST(ArchiveIngest, SeveralEditionsLandTogetherInYearOrder) {
  ScratchDir dir;
  Archive archive = Archive::open(dir / "archive", true);
  const auto results = archive.ingest(
      std::vector<Edition>{edition_of(2025, {{"north-korea", test::north_korea_2025()}}),
                           edition_of(2024, {{"north-korea", test::north_korea_2024()}})});
  ASSERT_EQ(results.size(), 2u);
  EXPECT_EQ(results[0].year, 2025);
  EXPECT_EQ(results[1].year, 2024);
  EXPECT_TRUE(results[0].committed && results[1].committed);
  EXPECT_EQ(results[1].previous_year, 0) << "2024 went in before 2025";
  EXPECT_EQ(archive.years("tip"), (std::vector<int>{2024, 2025}));
  EXPECT_TRUE(archive.ingest(std::vector<Edition>{}).empty());
}

TEST(ArchiveIngest, RefusedEditionsWriteNothing) {
  ScratchDir dir;
  Archive archive = Archive::open(dir / "archive", true);
  Edition other = edition_of(2024, {{"kn", "{}"}});
  other.series = "factbook";
  EXPECT_THROW(archive.ingest(std::vector<Edition>{
                   edition_of(2024, {{"north-korea", test::north_korea_2024()}}), other}),
               InputError);
  EXPECT_THROW(archive.ingest(edition_of(2024, {{"../escape", "x"}})), InputError);
  EXPECT_THROW(archive.ingest(edition_of(1, {{"north-korea", "x"}})), InputError);
  Edition big = edition_of(2024, {{"north-korea", std::string(11, 'x')}});
  big.max_file_bytes = 10;
  EXPECT_THROW(archive.ingest(big), InputError);
  EXPECT_TRUE(archive.series().empty());
}
