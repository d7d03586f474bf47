// Corpus directories in the layouts yoy ingest reads: <series>/<year>/<id>.<ext>
// and <id>/<year>.<ext> under any grouping folders (the World Factbook's
// <region>/<id>/<year>.json); and what it says when it reads neither.
#include "yoy/app/corpus_scan.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "support/factbook_archive.h"
#include "support/scratch_dir.h"
#include "yoy/util/error.h"
#include "yoy/util/files.h"

namespace fs = std::filesystem;

namespace {

using yoy::test::ScratchDir;
using yoy::test::write_text;

const std::string kFixtures = std::string(YOY_SOURCE_DIR) + "/tests/fixtures/";

std::string fixture(const std::string& path) { return yoy::read_file(kFixtures + path, 1 << 24); }

std::string message_of(const std::string& dir) {
  try {
    yoy::scan_corpus(dir, "", 1 << 24);
  } catch (const yoy::InputError& e) {
    return e.what();
  }
  return "(no error)";
}

// Real TIP copies filed by report folder, at two depths of grouping folders.
TEST(CorpusScan, ReportFoldersUnderGroupingFolders) {
  ScratchDir dir;
  write_text(dir / "tip-copies/asia/north-korea/2024.txt",
             fixture("constructed/tip/2024/north-korea.txt"));
  write_text(dir / "tip-copies/asia/north-korea/2025.txt",
             fixture("constructed/tip/2025/north-korea.txt"));
  write_text(dir / "tip-copies/burma/2019.txt", fixture("tip-history/burma-2019-statepreview.txt"));
  write_text(dir / "tip-copies/README.md", "Copies collected by hand.\n");  // beside, not a report
  const auto editions = yoy::scan_corpus(dir / "tip-copies", "", 1 << 24);
  ASSERT_EQ(editions.size(), 3u);
  EXPECT_EQ(editions[0].series, "tip");  // what the reports are: TIP narratives
  EXPECT_EQ(editions[0].year, 2019);
  ASSERT_EQ(editions[0].files.size(), 1u);
  EXPECT_EQ(editions[0].files[0].id, "burma");
  EXPECT_EQ(editions[0].files[0].extension, "txt");
  EXPECT_EQ(editions[1].year, 2024);
  EXPECT_EQ(editions[1].files[0].id, "north-korea");
  EXPECT_EQ(editions[2].year, 2025);
  // --series names it otherwise.
  EXPECT_EQ(yoy::scan_corpus(dir / "tip-copies", "copies", 1 << 24)[0].series, "copies");
  // A single report folder is read the same way.
  const auto one = yoy::scan_corpus(dir / "tip-copies/asia/north-korea", "", 1 << 24);
  ASSERT_EQ(one.size(), 2u);
  EXPECT_EQ(one[1].files[0].id, "north-korea");
}

// The shared Factbook corpus as it is laid out: <region>/<id>/<year>.json.
TEST(CorpusScan, TheFactbookLayoutAsShared) {
  const std::string factbook = yoy::test::factbook_corpus();
  if (factbook.empty())
    GTEST_SKIP() << "no ../shared/corpus/factbook: the real layout is not tested";
  ScratchDir dir;
  fs::create_directories(dir / "factbook/east-n-southeast-asia");
  fs::create_directories(dir / "factbook/europe");
  fs::create_directory_symlink(factbook + "/east-n-southeast-asia/kn",
                               dir / "factbook/east-n-southeast-asia/kn");
  fs::create_directory_symlink(factbook + "/east-n-southeast-asia/bm",
                               dir / "factbook/east-n-southeast-asia/bm");
  const auto editions = yoy::scan_corpus(dir / "factbook", "", 64 << 20);
  std::vector<int> years;
  for (const auto& edition : editions) {
    years.push_back(edition.year);
    EXPECT_EQ(edition.series, "factbook");
    ASSERT_EQ(edition.files.size(), 2u) << edition.year;
    EXPECT_EQ(edition.files[0].id, "bm");
    EXPECT_EQ(edition.files[1].id, "kn");
    EXPECT_EQ(edition.files[1].extension, "json");
  }
  EXPECT_EQ(years, (std::vector<int>{2015, 2016, 2017, 2020, 2021, 2022, 2023, 2024, 2025}));
}

// The shipped layout still wins where it applies.
TEST(CorpusScan, SeriesYearIdLayoutIsReadAsBefore) {
  const auto editions = yoy::scan_corpus(kFixtures + "constructed", "", 1 << 24);
  ASSERT_EQ(editions.size(), 2u);
  EXPECT_EQ(editions[0].series, "tip");
  EXPECT_EQ(editions[0].files[0].id, "north-korea");
}

// Nothing readable: the files named (as typed, at most three) and the layouts.
TEST(CorpusScan, NothingFoundSaysWhatAndWhichLayouts) {
  ScratchDir dir;
  write_text(dir / "notes/burma-2024.txt", "Burma notes.\n");
  EXPECT_EQ(message_of(dir / "notes"),
            dir / "notes" + ": no editions found (" + (dir / "notes/burma-2024.txt") +
                " is in no layout yoy reads); yoy ingest reads <series>/<year>/<id>.<ext> (as "
                "corpus/ is laid out), <id>/<year>.<ext> under any folders (as the World Factbook "
                "is), or single files with --series, --year and --id");
  for (const char* name : {"a.pdf", "b.txt", "c.json", "d/e.html", "d/f.md"})
    write_text(dir / "many/" + name, "x\n");
  const std::string many = message_of(dir / "many");
  EXPECT_NE(
      many.find(": no editions found (" + (dir / "many/a.pdf") + ", " + (dir / "many/b.txt") +
                ", " + (dir / "many/c.json") + " and 2 more files are in no layout yoy reads); "),
      std::string::npos)
      << many;
  fs::create_directories(dir / "empty");
  EXPECT_NE(message_of(dir / "empty").find("no editions found (it holds no files)"),
            std::string::npos);
}

TEST(CorpusScan, ReportFoldersOfPlainTextNeedASeries) {
  ScratchDir dir;
  write_text(dir / "notes/fr/2024.txt", "# France\n\nNotes taken in 2024.\n");
  const std::string message = message_of(dir / "notes");
  EXPECT_NE(message.find("cannot tell the series of its reports"), std::string::npos) << message;
  EXPECT_NE(message.find("pass --series"), std::string::npos) << message;
  const auto editions = yoy::scan_corpus(dir / "notes", "notes", 1 << 24);
  ASSERT_EQ(editions.size(), 1u);
  EXPECT_EQ(editions[0].files[0].id, "fr");
}

}  // namespace
