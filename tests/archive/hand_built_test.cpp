// Archives built by hand (plain git plumbing): what yoy would never write
// must be refused with a clear line, never miscounted or silently skipped.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "support/guarded_run.h"
#include "support/loose_object.h"
#include "support/scratch_dir.h"
#include "support/subprocess.h"
#include "support/tip_reports.h"

namespace fs = std::filesystem;
using namespace yoy::test;

namespace {

GuardedResult yoy_run(const std::string& archive, std::vector<std::string> args) {
  args.insert(args.begin(), {YOY_EXE, "--archive", archive});
  GuardLimits limits;
  limits.seconds = 20;
  return run_guarded(args, limits);
}

class HandBuilt : public ::testing::Test {
 protected:
  void SetUp() override {
    write_text(dir_ / "corpus/tip/2024/north-korea.txt", north_korea_2024());
    write_text(dir_ / "corpus/tip/2025/north-korea.txt", north_korea_2025());
    archive_ = dir_ / "archive";
    ASSERT_EQ(yoy_run(archive_, {"ingest", "-q", dir_ / "corpus"}).exit_code, 0);
  }

  // Rebuilds tip's 2025 edition with `extra` files (name -> bytes) beside its own.
  void add_to_2025(const std::vector<std::pair<std::string, std::string>>& extra) {
    const std::string git = "git --git-dir " + archive_ + " ";
    std::string listing = dir_ / "listing";
    ASSERT_EQ(std::system((git + "ls-tree -z tip/2025 > " + listing).c_str()), 0);
    std::ofstream out(listing, std::ios::app | std::ios::binary);
    for (const auto& [name, bytes] : extra) {
      write_text(dir_ / "blob", bytes);
      CommandResult blob =
          run_command({"git", "--git-dir", archive_, "hash-object", "-w", dir_ / "blob"});
      ASSERT_EQ(blob.exit_code, 0) << blob.err;
      out << "100644 blob " << blob.out.substr(0, 40) << "\t" << name << '\0';
    }
    out.close();
    CommandResult tree = run_command({"bash", "-c", git + "mktree -z < " + listing});
    ASSERT_EQ(tree.exit_code, 0) << tree.err;
    CommandResult commit = run_command(
        {"bash", "-c",
         git + "commit-tree " + tree.out.substr(0, 40) + " -p tip/2024 -m 'tip 2025: hand-built'"},
        {"GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@t", "GIT_COMMITTER_NAME=t",
         "GIT_COMMITTER_EMAIL=t@t"});
    ASSERT_EQ(commit.exit_code, 0) << commit.err;
    ASSERT_EQ(std::system((git + "update-ref refs/heads/tip " + commit.out.substr(0, 40)).c_str()),
              0);
  }

  ScratchDir dir_;
  std::string archive_;
};

bool one_clean_line(const std::string& err) {
  return std::count(err.begin(), err.end(), '\n') == 1 && err.back() == '\n' &&
         std::none_of(err.begin(), err.end() - 1,
                      [](char c) { return static_cast<unsigned char>(c) < 0x20 && c != '\t'; });
}

}  // namespace

TEST_F(HandBuilt, TwoFilesOfOneReportAreRefusedNotCountedTwice) {
  add_to_2025({{"north-korea.json", "{\"x\": {\"text\": \"y\"}}\n"}});
  for (const std::vector<std::string>& command :
       {std::vector<std::string>{"list"}, {"diff", "2024", "2025"}, {"cat", "north-korea@2025"}}) {
    GuardedResult r = yoy_run(archive_, command);
    EXPECT_EQ(r.exit_code, 2) << command[0] << ": " << r.describe();
    EXPECT_NE(r.err.find("'north-korea.json' and 'north-korea.txt' are both report 'north-korea'"),
              std::string::npos)
        << r.err;
    EXPECT_TRUE(one_clean_line(r.err)) << r.err;
  }
}

TEST_F(HandBuilt, ANameWithANewlineAndEscapeIsQuotedOnOneLine) {
  add_to_2025({{"bad\n\x1b[31mid.txt", ""}});  // empty: this report cannot be parsed
  GuardedResult r = yoy_run(archive_, {"diff", "2024", "2025"});
  EXPECT_EQ(r.exit_code, 2) << r.describe();
  EXPECT_TRUE(one_clean_line(r.err)) << r.err;
  EXPECT_NE(r.err.find("bad \\x1b[31mid"), std::string::npos) << r.err;
}

TEST_F(HandBuilt, ABrokenBranchIsNamedNotTakenForAnEmptyArchive) {
  std::ofstream(archive_ + "/refs/heads/tip") << "garbage\n";
  for (const std::vector<std::string>& command : {std::vector<std::string>{"list"},
                                                  {"log", "north-korea"},
                                                  {"diff", "2024", "2025"},
                                                  {"diff", "tip/2024", "tip/2025"}}) {
    GuardedResult r = yoy_run(archive_, command);
    EXPECT_EQ(r.exit_code, 2) << command[0] << ": " << r.describe();
    EXPECT_NE(r.err.find("refs/heads/tip"), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find("empty"), std::string::npos) << r.err;
    EXPECT_TRUE(one_clean_line(r.err)) << r.err;
  }
}

// Issue 21: yoy cat read a 3.5 GB report stored in a 4 MB archive whole (and
// ran out of memory after 19 s). It is refused by --max-input from the
// object's header, before anything is inflated, as every other reader does.
TEST_F(HandBuilt, CatRefusesAReportOverMaxInputFromItsHeader) {
  const std::size_t limit = std::size_t{64} << 20;
  add_to_2025({{"big.txt", std::string(limit + 1, '\n')}});  // compresses to almost nothing
  GuardedResult big = yoy_run(archive_, {"cat", "big@2025"});
  EXPECT_EQ(big.exit_code, 2) << big.describe();
  EXPECT_TRUE(one_clean_line(big.err)) << big.err;
  EXPECT_NE(big.err.find("tip/2025/big.txt: 67108865 bytes, over the 67108864-byte input limit "
                         "(--max-input)"),
            std::string::npos)
      << big.err;
  EXPECT_EQ(big.out_bytes, 0u);
  if (!sanitized_build()) {  // reading it would take 64 MiB at least, twice (inflated, copied)
    EXPECT_LT(big.peak_rss_kb, 100 * 1024) << "read before it was refused";
  }
  GuardedResult allowed = yoy_run(archive_, {"cat", "big@2025", "--max-input", "67108865"});
  EXPECT_EQ(allowed.exit_code, 0) << allowed.describe();
  EXPECT_EQ(allowed.out_bytes, limit + 1);
  // Both sides of --max-input on a real report.
  const std::string report = north_korea_2025();
  GuardedResult at =
      yoy_run(archive_, {"cat", "north-korea@2025", "--max-input", std::to_string(report.size())});
  EXPECT_EQ(at.exit_code, 0) << at.describe();
  EXPECT_EQ(at.out, report);
  GuardedResult under = yoy_run(
      archive_, {"cat", "north-korea@2025", "--max-input", std::to_string(report.size() - 1)});
  EXPECT_EQ(under.exit_code, 2) << under.describe();
  EXPECT_TRUE(one_clean_line(under.err)) << under.err;
}

// Issue 21: an archive made with plain git (then cloned) whose edition holds a
// report named javascript:document.title='x';Math.txt made yoy site write
// href="javascript:..." on three pages. Ids read back must pass ingest's name
// rule: every command that lists the edition refuses it with one line naming
// the file, and writes nothing.
TEST_F(HandBuilt, ReportNamesIngestWouldRefuseAreRefusedWhereverTheyAreReadBack) {
  // Each name, and what the refusal says (a case-only twin of a real id is the
  // same file on macOS and Windows).
  const std::vector<std::pair<std::string, std::string>> names = {
      {"javascript:document.title='x';Math.txt", "is no report yoy would store"},
      {"\"><img src=x onerror=alert(1)>.txt", "is no report yoy would store"},
      {std::string("caf\xff\xfe.txt"), "is no report yoy would store"},
      {"index.txt", "is no report yoy would store"},
      {"North-Korea.txt", "differ only by case"}};
  const std::string pristine = dir_ / "pristine";
  fs::copy(archive_, pristine, fs::copy_options::recursive);
  for (const auto& [name, refusal] : names) {
    SCOPED_TRACE(name);
    fs::remove_all(archive_);
    fs::copy(pristine, archive_, fs::copy_options::recursive);
    add_to_2025({{name, north_korea_2025()}});
    const std::string clone = dir_ / "clone";
    fs::remove_all(clone);
    // The clone is made (a copy git makes), then what it brought is listed: refused.
    GuardedResult cloned = yoy_run(archive_, {"clone", archive_, clone});
    EXPECT_EQ(cloned.exit_code, 2) << cloned.describe();
    EXPECT_TRUE(one_clean_line(cloned.err)) << cloned.err;
    ASSERT_TRUE(fs::is_directory(clone));
    const std::string out = dir_ / "out";
    for (const std::vector<std::string>& command : {std::vector<std::string>{"list"},
                                                    {"site", "-o", out},
                                                    {"summary", "2024", "2025", "-o", out},
                                                    {"tiers"},
                                                    {"stats", "north-korea"},
                                                    {"check", "2024", "2025"},
                                                    {"diff", "2024", "2025"},
                                                    {"log", "north-korea"}}) {
      GuardedResult r = yoy_run(clone, command);
      EXPECT_EQ(r.exit_code, 2) << command[0] << ": " << r.describe();
      EXPECT_TRUE(one_clean_line(r.err)) << command[0] << ": " << r.err;
      EXPECT_NE(r.err.find(refusal), std::string::npos) << r.err;
      EXPECT_NE(r.err.find("with git"), std::string::npos) << r.err;
      EXPECT_EQ(r.out, "") << command[0];
      EXPECT_FALSE(fs::exists(out)) << command[0] << " wrote " << out;
    }
  }
}

// A branch made with plain git may carry a name ingest never takes: the
// series listing refuses it with one line.
TEST_F(HandBuilt, SeriesNamesIngestWouldRefuseAreRefused) {
  CommandResult head = run_command({"git", "--git-dir", archive_, "rev-parse", "refs/heads/tip"});
  ASSERT_EQ(head.exit_code, 0);
  ASSERT_EQ(run_command({"git", "--git-dir", archive_, "update-ref", "refs/heads/a<b>\"c",
                         head.out.substr(0, 40)})
                .exit_code,
            0);
  for (const std::vector<std::string>& command :
       {std::vector<std::string>{"list"}, {"tiers"}, {"site", "-o", dir_ / "out"}}) {
    GuardedResult r = yoy_run(archive_, command);
    EXPECT_EQ(r.exit_code, 2) << command[0] << ": " << r.describe();
    EXPECT_TRUE(one_clean_line(r.err)) << r.err;
    EXPECT_NE(r.err.find("refs/heads/a<b>\"c is no series yoy would store"), std::string::npos)
        << r.err;
  }
}
