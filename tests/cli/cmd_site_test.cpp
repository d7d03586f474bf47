// yoy site and yoy summary write their directory as a whole (issue 17 item 7):
// the old set stays when the new one cannot be written, the user's files stay,
// pages of an earlier run that are no longer part of it go.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/command_runner.h"
#include "support/scratch_dir.h"

namespace fs = std::filesystem;

namespace {

using yoy::test::run_command;

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

class OutputDirectoryCommands : public ::testing::Test {
 protected:
  void SetUp() override {
    auto ingest = run_command({YOY_EXE, "-q", "--archive", archive(), "ingest",
                               std::string(YOY_SOURCE_DIR) + "/tests/fixtures/constructed"});
    ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  }
  std::string archive() const { return dir_ / "archive"; }
  yoy::test::ScratchDir dir_;
};

TEST_F(OutputDirectoryCommands, SiteWritesItsPagesAndKeepsTheUsers) {
  const fs::path site = dir_.path() / "site";
  auto first = run_command({YOY_EXE, "--archive", archive(), "site", "-o", site.string()});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_NE(first.err.find("wrote 3 pages and feed.xml"), std::string::npos) << first.err;
  for (const char* name :
       {"index.html", "north-korea.html", "changes-2024-2025.html", "feed.xml", ".yoy-manifest"})
    EXPECT_TRUE(fs::exists(site / name)) << name;
  { std::ofstream(site / "CNAME") << "reports.example.org\n"; }
  { std::ofstream(site / "stale.html") << "from an older run"; }
  std::ofstream(site / ".yoy-manifest", std::ios::app) << "stale.html\n";
  auto second = run_command({YOY_EXE, "-q", "--archive", archive(), "site", "-o", site.string()});
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_EQ(read(site / "CNAME"), "reports.example.org\n");
  EXPECT_FALSE(fs::exists(site / "stale.html"));
}

TEST_F(OutputDirectoryCommands, SummaryBlockedLeavesTheOldState) {
  const fs::path out = dir_.path() / "summary";
  ASSERT_EQ(run_command({YOY_EXE, "-q", "--archive", archive(), "summary", "2024", "2025", "-o",
                         out.string()})
                .exit_code,
            0);
  const std::string index = read(out / "index.html");
  // index.html replaced by a directory of someone else's: not yoy's to remove.
  fs::remove(out / "index.html");
  fs::create_directory(out / "index.html");
  std::ofstream(out / "index.html" / "keep.txt") << "mine";
  auto blocked = run_command(
      {YOY_EXE, "-q", "--archive", archive(), "summary", "2024", "2025", "-o", out.string()});
  EXPECT_EQ(blocked.exit_code, 2);
  EXPECT_NE(blocked.err.find("index.html was not written by yoy"), std::string::npos)
      << blocked.err;
  EXPECT_EQ(read(out / "index.html" / "keep.txt"), "mine");
  EXPECT_TRUE(fs::exists(out / "north-korea.html"));
  for (const auto& entry : fs::directory_iterator(dir_.path()))
    EXPECT_EQ(entry.path().filename().string().find(".yoy-tmp-"), std::string::npos);
  // A full disk (a file size limit fails writes the same way): exit 2, old pages intact.
  fs::remove_all(out / "index.html");
  ASSERT_EQ(run_command({YOY_EXE, "-q", "--archive", archive(), "summary", "2024", "2025", "-o",
                         out.string()})
                .exit_code,
            0);
  auto full = run_command({"/bin/bash", "-c",
                           "trap '' XFSZ; ulimit -f 8; exec \"$0\" -q --archive \"$1\" summary "
                           "2024 2025 -o \"$2\"",
                           YOY_EXE, archive(), out.string()});
  EXPECT_EQ(full.exit_code, 2) << full.err;
  EXPECT_EQ(std::count(full.err.begin(), full.err.end(), '\n'), 1) << full.err;
  EXPECT_EQ(read(out / "index.html"), index);
  for (const auto& entry : fs::directory_iterator(dir_.path()))
    EXPECT_EQ(entry.path().filename().string().find(".yoy-tmp-"), std::string::npos)
        << entry.path();
}

}  // namespace
