// The analysis cache under concurrent and killed `yoy diff` writers: every
// writer's entries are kept, a kill at any instant leaves a usable cache and a
// clean repository (archive, app's AnalysisCache and the CLI together).
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <random>
#include <thread>

#include "support/git_fsck.h"
#include "support/scratch_dir.h"
#include "support/subprocess.h"
#include "support/tip_reports.h"
#include "yoy/app/analysis_cache.h"
#include "yoy/archive/archive.h"

using namespace yoy;
using namespace yoy::test;

// Diffs that each keep the analyses of their own reports, all at once: the
// cache ends up with every one of them (each writer adds to the others').
TEST(AnalysisCacheConcurrency, ConcurrentCacheWritersLoseNoEntry) {
  ScratchDir dir;
  const std::string archive = dir / "archive";
  constexpr int kReports = 16;
  for (int year : {2000, 2001})
    for (int k = 0; k < kReports; ++k) {
      const std::string id = "report-" + std::to_string(k);
      write_text(dir / ("corpus/tip/" + std::to_string(year) + "/" + id + ".txt"),
                 generated_report(id, year));
    }
  ASSERT_EQ(run_command({YOY_EXE, "--archive", archive, "-q", "ingest", dir / "corpus"}).exit_code,
            0);
  std::vector<pid_t> diffs;
  for (int k = 0; k < kReports; k += 2) {
    diffs.push_back(
        spawn_command({YOY_EXE, "--archive", archive, "diff", "2000", "2001",
                       "report-" + std::to_string(k), "report-" + std::to_string(k + 1)}));
  }
  for (pid_t pid : diffs) {
    int status = 0;
    ASSERT_EQ(::waitpid(pid, &status, 0), pid);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << status;
  }
  Archive result = Archive::open(archive, false);
  AnalysisCache cache(result);
  for (int year : {2000, 2001})
    for (int k = 0; k < kReports; ++k) {
      const ReportEntry entry = *result.find("tip", year, "report-" + std::to_string(k));
      const std::optional<std::string> kept = cache.find(entry, result.check_blob(entry.blob_id));
      ASSERT_TRUE(kept) << entry.id << " " << year;
      EXPECT_TRUE(AnalysisCache::decode(*kept, entry, "tip", year)) << entry.id;
    }
  expect_fsck_clean(archive, "after concurrent cache writers");
}

// A diff killed at any instant while it keeps its analyses: the cache is as it
// was or has them, git fsck is clean, and the next diff says the same as one
// with the cache off.
TEST(AnalysisCacheConcurrency, KilledCacheWriterLeavesAUsableCache) {
  ScratchDir dir;
  const std::string archive = dir / "archive";
  write_text(dir / "corpus/tip/2024/north-korea.txt", north_korea_2024());
  write_text(dir / "corpus/tip/2025/north-korea.txt", north_korea_2025());
  for (int k = 0; k < 6; ++k)
    for (int year : {2024, 2025})
      write_text(dir / ("corpus/tip/" + std::to_string(year) + "/r" + std::to_string(k) + ".txt"),
                 generated_report("r" + std::to_string(k), year));
  ASSERT_EQ(run_command({YOY_EXE, "--archive", archive, "-q", "ingest", dir / "corpus"}).exit_code,
            0);
  const std::vector<std::string> diff = {YOY_EXE, "--archive", archive,    "diff",
                                         "2024",  "2025",      "--format", "json"};
  std::vector<std::string> no_cache = diff;
  no_cache.push_back("--no-cache");
  const std::string reference = run_command(no_cache).out;
  ASSERT_NE(reference, "");
  auto drop_cache = [&] {  // the cache ref is a loose ref (nothing packs refs here)
    for (const auto& entry : std::filesystem::recursive_directory_iterator(archive + "/refs/yoy"))
      if (entry.is_regular_file() && entry.path().string().find("/cache/") != std::string::npos)
        std::filesystem::remove(entry.path());
  };
  // The fastest of three warm diffs: a slow first run (a busy machine) would
  // otherwise set delays so long that no round is interrupted.
  std::chrono::microseconds one_diff = std::chrono::hours(1);
  for (int run = 0; run < 3; ++run) {
    const auto started = std::chrono::steady_clock::now();
    ASSERT_EQ(run_command(diff).out, reference);
    one_diff = std::min(one_diff, std::chrono::duration_cast<std::chrono::microseconds>(
                                      std::chrono::steady_clock::now() - started));
  }
  std::mt19937 random(4242);
  std::uniform_int_distribution<long> delay_us(one_diff.count() / 4, one_diff.count() * 6 / 5);
  int interrupted = 0;
  for (int round = 0; round < 20; ++round) {
    if (round % 2 == 0) drop_cache();  // half the rounds write a cache from nothing
    pid_t pid = spawn_command(diff);
    std::this_thread::sleep_for(std::chrono::microseconds(delay_us(random)));
    ::kill(pid, SIGKILL);
    int status = 0;
    ASSERT_EQ(::waitpid(pid, &status, 0), pid);
    interrupted += WIFSIGNALED(status) ? 1 : 0;
    const std::string when = "round " + std::to_string(round);
    expect_fsck_clean(archive, when);
    ASSERT_EQ(run_command(diff).out, reference) << when;
  }
  EXPECT_GT(interrupted, 0);
}
