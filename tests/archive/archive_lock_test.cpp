// Concurrent writers lose nothing; a writer killed at any instant leaves the
// archive at the old state or the new one, with git fsck clean.
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
#include "yoy/archive/archive.h"

using namespace yoy;
using namespace yoy::test;

namespace {

std::string report_bytes(const Archive& archive, int year, const std::string& id) {
  std::optional<ReportEntry> entry = archive.find("tip", year, id);
  return entry ? archive.read_blob(entry->blob_id) : "";
}

}  // namespace

TEST(ArchiveConcurrency, EightWritersLoseNothing) {
  ScratchDir dir;
  const std::string archive = dir / "archive";
  // Writer k adds report "report-k-i" to year 2000 + i: every year gets eight
  // reports from eight processes racing on the same branch.
  constexpr int kWriters = 8, kEach = 20;
  for (int k = 0; k < kWriters; ++k) {
    for (int i = 0; i < kEach; ++i) {
      const std::string id = "report-" + std::to_string(k) + "-" + std::to_string(i);
      write_text(dir / ("writer" + std::to_string(k) + "/tip/" + std::to_string(2000 + i) + "/" +
                        id + ".txt"),
                 generated_report(id, 2000 + i));
    }
  }
  std::vector<pid_t> writers;
  for (int k = 0; k < kWriters; ++k) {
    writers.push_back(spawn_command(
        {YOY_EXE, "--archive", archive, "-q", "ingest", dir / ("writer" + std::to_string(k))}));
  }
  for (pid_t pid : writers) {
    int status = 0;
    ASSERT_EQ(::waitpid(pid, &status, 0), pid);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0)
        << "a writer failed, status " << status;
  }
  Archive result = Archive::open(archive, false);
  std::vector<int> years = result.years("tip");
  ASSERT_EQ(years.size(), static_cast<std::size_t>(kEach));
  for (int i = 0; i < kEach; ++i) {
    EXPECT_EQ(years[i], 2000 + i);
    EXPECT_EQ(result.reports("tip", 2000 + i).size(), static_cast<std::size_t>(kWriters));
    for (int k = 0; k < kWriters; ++k) {
      const std::string id = "report-" + std::to_string(k) + "-" + std::to_string(i);
      EXPECT_EQ(report_bytes(result, 2000 + i, id), generated_report(id, 2000 + i)) << id;
    }
  }
  expect_fsck_clean(archive, "after concurrent writers");
}

TEST(ArchiveConcurrency, KilledWriterLeavesOldOrNewState) {
  ScratchDir dir;
  const std::string archive = dir / "archive";
  constexpr int kFirst = 2000, kYears = 8;
  for (int year = kFirst; year < kFirst + kYears; ++year) {
    write_text(dir / ("corpus/tip/" + std::to_string(year) + "/r.txt"),
               generated_report("r", year));
  }
  CommandResult setup =
      run_command({YOY_EXE, "--archive", archive, "-q", "ingest", dir / "corpus"});
  ASSERT_EQ(setup.exit_code, 0) << setup.err;

  // Each round rewrites the oldest year (so every later commit is rebuilt, a
  // replaced ref and all tags move) and kills the writer at a random instant
  // within the time one such ingest takes on this machine.
  auto start_writer = [&](const std::string& file) {
    return spawn_command({YOY_EXE, "--archive", archive, "-q", "ingest", file, "--series", "tip",
                          "--year", std::to_string(kFirst), "--id", "r"});
  };
  write_text(dir / "timed.txt", generated_report("r", kFirst) + "timed\n");
  const auto started = std::chrono::steady_clock::now();
  int timed_status = 0;
  ::waitpid(start_writer(dir / "timed.txt"), &timed_status, 0);
  ASSERT_TRUE(WIFEXITED(timed_status) && WEXITSTATUS(timed_status) == 0);
  const auto full_ingest = std::chrono::duration_cast<std::chrono::microseconds>(
      std::chrono::steady_clock::now() - started);
  std::mt19937 random(12345);
  std::uniform_int_distribution<long> delay_us(0, full_ingest.count() * 6 / 5);
  std::string current = generated_report("r", kFirst) + "timed\n";
  int completed = 0, interrupted = 0, reached_new = 0;
  for (int round = 0; round < 50; ++round) {
    const std::string next =
        generated_report("r", kFirst) + "round " + std::to_string(round) + "\n";
    write_text(dir / "next.txt", next);
    pid_t pid = start_writer(dir / "next.txt");
    std::this_thread::sleep_for(std::chrono::microseconds(delay_us(random)));
    ::kill(pid, SIGKILL);
    int status = 0;
    ASSERT_EQ(::waitpid(pid, &status, 0), pid);
    (WIFSIGNALED(status) ? interrupted : completed)++;

    const std::string when = "round " + std::to_string(round);
    Archive state = Archive::open(archive, false);
    std::vector<int> years = state.years("tip");
    ASSERT_EQ(years.size(), static_cast<std::size_t>(kYears)) << when;
    const std::string now = report_bytes(state, kFirst, "r");
    ASSERT_TRUE(now == current || now == next) << when << ": neither the old nor the new report";
    reached_new += now == next ? 1 : 0;
    current = now;
    for (int year = kFirst + 1; year < kFirst + kYears; ++year) {
      ASSERT_EQ(report_bytes(state, year, "r"), generated_report("r", year)) << when;
    }
    expect_fsck_clean(archive, when);
  }
  // Some kills must have hit mid-write for the test to mean anything.
  EXPECT_GT(interrupted, 0);
  // After all that, a normal ingest works and tags follow the branch again.
  write_text(dir / "final.txt", "final\n");
  CommandResult final_ingest =
      run_command({YOY_EXE, "--archive", archive, "ingest", dir / "final.txt", "--series", "tip",
                   "--year", std::to_string(kFirst), "--id", "r"});
  ASSERT_EQ(final_ingest.exit_code, 0) << final_ingest.err;
  Archive state = Archive::open(archive, false);
  EXPECT_EQ(report_bytes(state, kFirst, "r"), "final\n");
  if (have_program("git")) {
    CommandResult head = run_command({"git", "--git-dir", archive, "rev-parse", "tip", "tip/2007"});
    ASSERT_EQ(head.exit_code, 0) << head.err;
    EXPECT_EQ(head.out.substr(0, 41), head.out.substr(41, 41));
  }
  expect_fsck_clean(archive, "after the final ingest");
  std::cerr << "kill test: one ingest takes " << full_ingest.count() / 1000 << " ms; "
            << interrupted << " writers killed (" << completed << " finished first), "
            << reached_new << " rounds ended at the new state\n";
}
