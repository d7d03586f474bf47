// Edition diffs: under failure, a worker thread that cannot start (a process limit) degrades
// to fewer threads instead of aborting; the first failing report stops all
// further work; --max-input bounds stored reports too, kept analyses or not.
#include "yoy/app/edition_diff.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "support/guarded_run.h"
#include "support/scratch_dir.h"
#include "support/subprocess.h"
#include "support/tip_reports.h"
#include "yoy/archive/archive.h"
#include "yoy/util/files.h"

namespace fs = std::filesystem;
using namespace yoy;
using namespace yoy::test;

namespace {

GuardedResult yoy_run(const std::string& archive, std::vector<std::string> args,
                      GuardLimits limits = {}, const std::vector<std::string>& env = {}) {
  args.insert(args.begin(), {YOY_EXE, "--archive", archive});
  limits.seconds = 60;
  return run_guarded(args, limits, env);
}

// A 2025 edition that rewords much of the 2024 one: real work for the differ.
std::string reworded(const std::string& text) { return replace_all(text, " the ", " this "); }

// tip 2024 and 2025 with `count` changed reports r000.. and, when `bad` is
// set, a report of that id whose 2025 bytes are not JSON (found when parsed).
std::string archive_of(const ScratchDir& dir, int count, const std::string& bad = "") {
  const std::string corpus = dir / ("corpus-" + bad);
  for (int i = 0; i < count; ++i) {
    char id[16];
    std::snprintf(id, sizeof id, "r%03d", i);
    const std::string base = generated_report(id, 2024);
    write_text(corpus + "/tip/2024/" + id + ".txt", base + base);
    write_text(corpus + "/tip/2025/" + id + ".txt", reworded(base + base));
  }
  const std::string archive = dir / ("archive-" + bad);
  EXPECT_EQ(yoy_run(archive, {"ingest", "-q", corpus}).exit_code, 0);
  if (!bad.empty()) {
    // yoy ingest refuses malformed JSON; the archive's own ingest stores bytes
    // as they are, as an older yoy or plain git would have.
    Archive opened = Archive::open(archive, false);
    for (int year : {2024, 2025}) {
      Edition edition;
      edition.series = "tip";
      edition.year = year;
      edition.files.push_back(
          {bad, "json", year == 2024 ? "{\"a\": {\"text\": \"b\"}}\n" : "{\"a\": {\"text\": \n",
           bad + ".json"});
      opened.ingest(edition);
    }
  }
  return archive;
}

}  // namespace

TEST(EditionDiff, AWorkerThatCannotStartDegradesInsteadOfAborting) {
  ScratchDir dir;
  const std::string archive = archive_of(dir, 6);
  const GuardedResult normal = yoy_run(archive, {"diff", "2024", "2025", "--format", "json"});
  ASSERT_EQ(normal.exit_code, 0) << normal.describe();

  // RLIMIT_NPROC counts threads: at 1 (this process itself) no worker can start.
  // Root ignores the limit, so as root the command runs as nobody, which then
  // needs the archive readable and listed in its safe.directory.
  GuardLimits limits;
  limits.processes = 1;
  std::vector<std::string> env = {"ASAN_OPTIONS=detect_leaks=0"};  // LSan needs a thread at exit
  if (::geteuid() == 0) {
    limits.uid = 65534;
    ::chmod(dir.path().c_str(), 0755);
    std::system(("chmod -R a+rX " + archive).c_str());
    const std::string home = dir / "home";
    write_text(home + "/.gitconfig", "[safe]\n\tdirectory = " + archive + "\n");
    ::chmod(home.c_str(), 0755);
    env.push_back("HOME=" + home);
  }
  const GuardedResult limited =
      yoy_run(archive, {"diff", "2024", "2025", "--format", "json"}, limits, env);
  EXPECT_EQ(limited.signal, 0) << limited.describe();
  EXPECT_EQ(limited.exit_code, 0) << limited.describe();
  EXPECT_EQ(limited.out, normal.out) << "one thread must give the same ChangeSet";
}

// Analyses kept in the archive's cache (two per report diffed: both editions).
std::size_t kept_analyses(const std::string& archive) {
  const CommandResult ref = run_command(
      {"git", "--git-dir", archive, "for-each-ref", "--format=%(refname)", "refs/yoy/cache"});
  if (ref.out.empty()) return 0;
  const CommandResult tree = run_command({"git", "--git-dir", archive, "ls-tree", "-r",
                                          "--name-only", ref.out.substr(0, ref.out.find('\n'))});
  return static_cast<std::size_t>(std::count(tree.out.begin(), tree.out.end(), '\n'));
}

TEST(EditionDiff, TheFirstFailureStopsAllWork) {
  // The same reports; a report that fails to parse sorts first in one archive
  // (every later job is then skipped) and last in the other (every job runs
  // before it fails). Both exit 2 naming it. What the workers did is counted,
  // not timed: each report diffed keeps the analyses of both its editions, and
  // what was kept is written even when the diff fails.
  ScratchDir dir;
  const int count = static_cast<int>(scaled(60, 20));
  const std::string early = archive_of(dir, count, "a-bad");
  const std::string late = archive_of(dir, count, "z-bad");
  for (const auto& [archive, bad] : {std::pair{early, "a-bad"}, std::pair{late, "z-bad"}}) {
    const GuardedResult r = yoy_run(archive, {"diff", "2024", "2025", "--format", "json"});
    EXPECT_EQ(r.exit_code, 2) << r.describe();
    EXPECT_NE(r.err.find(std::string("tip/2025/") + bad + ".json"), std::string::npos) << r.err;
  }
  EXPECT_EQ(kept_analyses(late), 2u * static_cast<std::size_t>(count));
  // Only the jobs another worker had taken before the failure finish (one
  // each, unless a worker is held off the processor for many reports' time).
  EXPECT_LE(kept_analyses(early), static_cast<std::size_t>(count))
      << "work went on after the failure";
}

TEST(EditionDiff, MaxInputBoundsStoredReports) {
  ScratchDir dir;
  write_text(dir / "corpus/tip/2024/north-korea.txt", north_korea_2024());
  write_text(dir / "corpus/tip/2025/north-korea.txt", north_korea_2025());
  const std::string archive = dir / "archive";
  ASSERT_EQ(yoy_run(archive, {"ingest", "-q", dir / "corpus"}).exit_code, 0);
  // The larger edition (2024: "Tier 2 Watch List") meets the limit exactly, or is one byte over.
  const std::size_t size = std::max(north_korea_2024().size(), north_korea_2025().size());
  ASSERT_GT(north_korea_2024().size(), north_korea_2025().size());
  const std::string at = std::to_string(size), below = std::to_string(size - 1);
  for (const std::vector<std::string>& command :
       {std::vector<std::string>{"diff", "2024", "2025"},
        {"check", "2024", "2025"},
        {"log", "north-korea"},
        {"blame", "north-korea@2025"},
        {"summary", "2024", "2025", "-o", dir / "summary"}}) {
    std::vector<std::string> ok = command, refused = command;
    ok.insert(ok.end(), {"--max-input", at});
    refused.insert(refused.end(), {"--max-input", below});
    const GuardedResult pass = yoy_run(archive, ok);
    EXPECT_TRUE(pass.exit_code == 0 || pass.exit_code == 1) << command[0] << pass.describe();
    const GuardedResult stop = yoy_run(archive, refused);
    EXPECT_EQ(stop.exit_code, 2) << command[0] << stop.describe();
    EXPECT_NE(stop.err.find("tip/2024/north-korea.txt: " + at + " bytes, over the " + below +
                            "-byte input limit (--max-input)"),
              std::string::npos)
        << command[0] << ": " << stop.err;
  }
  // cat gives the stored bytes whatever their size.
  const GuardedResult cat = yoy_run(archive, {"cat", "north-korea@2025"});
  EXPECT_EQ(cat.exit_code, 0);
  EXPECT_EQ(cat.out, north_korea_2025());
}
