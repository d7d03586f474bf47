// Issue 21, item 9: control bytes and bidirectional overrides in report text
// (ESC, BEL, U+202E) must not reach HTML and Markdown outputs raw: those are
// printed on terminals and pasted into issues, as text output is (which shows
// them as \x1b and \u202e). The text is the seed narrative with one sentence
// planted with ESC [2J (clear the screen), BEL and U+202E (right-to-left
// override) in its 2025 edition.
//
// Shown, not dropped: the output carries "\x1b" and "\u202e" as text.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "support/scratch_dir.h"
#include "support/subprocess.h"
#include "support/tip_reports.h"

namespace fs = std::filesystem;
using namespace yoy::test;

namespace {

const std::string kPlanted =
    "persons in political prison camps \x1b[2J\x07\xe2\x80\xae"
    "dlrow olleh";

// The raw bytes no HTML or Markdown output may carry, by name.
std::string raw_control_in(const std::string& bytes) {
  if (bytes.find('\x1b') != std::string::npos) return "ESC";
  if (bytes.find('\x07') != std::string::npos) return "BEL";
  if (bytes.find("\xe2\x80\xae") != std::string::npos) return "U+202E";
  return "";
}

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

class ControlBytes : public ::testing::Test {
 protected:
  void SetUp() override {
    write_text(dir_ / "corpus/tip/2024/north-korea.txt", north_korea_2024());
    write_text(dir_ / "corpus/tip/2025/north-korea.txt",
               replace_all(north_korea_2025(), "persons in political prison camps", kPlanted));
    archive_ = dir_ / "archive";
    ASSERT_EQ(yoy({"-q", "ingest", dir_ / "corpus"}).exit_code, 0);
  }
  CommandResult yoy(std::vector<std::string> args) {
    args.insert(args.begin(), {YOY_EXE, "--archive", archive_});
    return run_command(args);
  }
  ScratchDir dir_;
  std::string archive_;
};

TEST_F(ControlBytes, DiffAndCompareInHtmlAndMarkdown) {
  for (const char* format : {"html", "md"}) {
    const CommandResult diff = yoy({"diff", "2024", "2025", "--format", format});
    ASSERT_EQ(diff.exit_code, 0) << diff.err;
    ASSERT_NE(diff.out.find("dlrow olleh"), std::string::npos) << "the planted sentence is shown";
    EXPECT_EQ(raw_control_in(diff.out), "") << "diff --format " << format;
    EXPECT_NE(diff.out.find("x1b"), std::string::npos) << "shown, not dropped: " << format;
    EXPECT_NE(diff.out.find("u202e"), std::string::npos) << "shown, not dropped: " << format;
    const CommandResult compare =
        yoy({"compare", dir_ / "corpus/tip/2024/north-korea.txt",
             dir_ / "corpus/tip/2025/north-korea.txt", "--format", format});
    EXPECT_EQ(raw_control_in(compare.out), "") << "compare --format " << format;
  }
}

TEST_F(ControlBytes, SummaryAndSitePages) {
  ASSERT_EQ(yoy({"summary", "2024", "2025", "-o", dir_ / "summary"}).exit_code, 0);
  ASSERT_EQ(yoy({"site", "-o", dir_ / "site"}).exit_code, 0);
  std::size_t pages = 0;
  for (const char* out : {"summary", "site"})
    for (const auto& entry : fs::recursive_directory_iterator(dir_ / out)) {
      if (!entry.is_regular_file()) continue;
      EXPECT_EQ(raw_control_in(slurp(entry.path())), "") << entry.path();
      ++pages;
    }
  EXPECT_GT(pages, 3u);
}

}  // namespace
