// Report ids from paths: the stem, except a year-named file in a directory
// that is not a year (the per-report layout <id>/<year>.<ext>).
#include "yoy/model/report_path.h"

#include <gtest/gtest.h>

namespace {

using yoy::archive_path;
using yoy::extension_of_path;
using yoy::report_id_of_path;

TEST(ReportPath, CorpusLayoutGivesTheStem) {
  EXPECT_EQ(report_id_of_path("corpus/tip/2025/north-korea.txt"), "north-korea");
  EXPECT_EQ(report_id_of_path("north-korea.txt"), "north-korea");
  EXPECT_EQ(report_id_of_path("a/report.v2.txt"), "report.v2");
  EXPECT_EQ(report_id_of_path("notes"), "notes");
  EXPECT_EQ(report_id_of_path(".profile"), ".profile");
}

TEST(ReportPath, YearNamedFileTakesItsDirectorysName) {
  EXPECT_EQ(report_id_of_path("kn/2024.json"), "kn");
  EXPECT_EQ(report_id_of_path("/data/factbook/kn/2024.json"), "kn");
  // Not a year: 3 or 5 digits, or letters among the digits.
  EXPECT_EQ(report_id_of_path("kn/202.json"), "202");
  EXPECT_EQ(report_id_of_path("kn/20245.json"), "20245");
  EXPECT_EQ(report_id_of_path("kn/2024a.json"), "2024a");
  // No directory to take the name from, or the directory is a year (corpus layout).
  EXPECT_EQ(report_id_of_path("2024.json"), "2024");
  EXPECT_EQ(report_id_of_path("./2024.json"), "2024");
  EXPECT_EQ(report_id_of_path("tip/2024/2023.txt"), "2023");
}

TEST(ReportPath, ExtensionOfTheFileName) {
  EXPECT_EQ(extension_of_path("corpus/tip/2025/north-korea.txt"), "txt");
  EXPECT_EQ(extension_of_path("a/report.v2.HTML"), "HTML");
  EXPECT_EQ(extension_of_path("dir.d/notes"), "");  // the dot is the directory's
  EXPECT_EQ(extension_of_path(".profile"), "");
  EXPECT_EQ(extension_of_path("trailing."), "");
}

TEST(ReportPath, ArchivePathNamesSeriesYearAndFile) {
  EXPECT_EQ(archive_path("tip", 2025, "north-korea.txt"), "tip/2025/north-korea.txt");
  // The per-report layout keeps its folder: the id is still the folder's name.
  EXPECT_EQ(archive_path("factbook", 2024, "kn/2024.json"), "factbook/2024/kn/2024.json");
  EXPECT_EQ(report_id_of_path(archive_path("factbook", 2024, "kn/2024.json")), "kn");
}

}  // namespace
