// The change summary of two editions written out: a Markdown and an HTML page
// per report that changed (none for an unchanged one), the overview with the
// biggest change first, every page rendered before anything is written. On the
// North Korea narrative as 2024 and 2025 editions (support/tip_reports), with a
// report that stayed the same and one that is new.
#include "yoy/publish/summary.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include "support/scratch_dir.h"
#include "support/tip_reports.h"
#include "yoy/app/edition_diff.h"
#include "yoy/archive/archive.h"
#include "yoy/util/files.h"

namespace yoy {
namespace {

Archive summary_archive(const test::ScratchDir& dir) {
  Archive archive = Archive::open(dir / "archive", true);
  for (int year : {2024, 2025}) {
    Edition edition;
    edition.series = "tip";
    edition.year = year;
    edition.files.push_back({"north-korea", "txt",
                             year == 2024 ? test::north_korea_2024() : test::north_korea_2025(),
                             "north-korea.txt"});
    edition.files.push_back({"same", "txt", test::generated_report("same", 2000), "same.txt"});
    if (year == 2025)
      edition.files.push_back({"new", "txt", test::generated_report("new", 1), "new.txt"});
    archive.ingest(edition);
  }
  return archive;
}

TEST(Summary, PagesForTheReportsThatChangedAndTheOverview) {
  test::ScratchDir dir;
  const Archive archive = summary_archive(dir);
  const SummaryPages pages = build_summary(archive, parse_edition_ref("2024", archive),
                                           parse_edition_ref("2025", archive));
  std::set<std::string> names;
  for (const SummaryFile& file : pages.files) names.insert(file.name);
  EXPECT_EQ(names, (std::set<std::string>{"index.html", "index.md", "new.html", "new.md",
                                          "north-korea.html", "north-korea.md"}));
  EXPECT_EQ(pages.index.changed, 1);
  EXPECT_EQ(pages.index.added, 1);
  EXPECT_EQ(pages.index.unchanged, 1);
  ASSERT_EQ(pages.index.rows.size(), 3u);
  EXPECT_EQ(pages.index.rows.front().id, "north-korea");  // the tier moved: biggest first
  EXPECT_EQ(pages.index.rows.back().id, "same");
  for (const SummaryFile& file : pages.files)
    if (file.name == "north-korea.md") {
      EXPECT_NE(file.content.find("Tier 2 Watch List → Tier 3"), std::string::npos);
      EXPECT_NE(file.content.find("120,000"), std::string::npos);
    }
}

TEST(Summary, WrittenAsAWholeDirectory) {
  test::ScratchDir dir;
  const Archive archive = summary_archive(dir);
  const SummaryPages pages = build_summary(archive, parse_edition_ref("2024", archive),
                                           parse_edition_ref("2025", archive));
  const std::string out = dir / "summary";
  write_summary(out, pages);
  for (const SummaryFile& file : pages.files)
    EXPECT_EQ(read_file(out + "/" + file.name, 64u << 20), file.content) << file.name;
  EXPECT_FALSE(std::filesystem::exists(out + "/same.md"));
}

}  // namespace
}  // namespace yoy
