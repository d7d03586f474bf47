// Work over stored reports on the archive workers: every item once, each
// worker on its own handle with the caller's settings, one item on the
// calling thread, and the error rethrown the first in item order whatever the
// timing.
#include "yoy/app/archive_workers.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

#include "support/scratch_dir.h"

namespace yoy {
namespace {

TEST(ArchiveWorkers, EveryItemOnceOnAHandleWithTheCallersSettings) {
  test::ScratchDir dir;
  Archive archive = Archive::open(dir / "archive", true);
  archive.set_caching(false);
  archive.limit_reads(12345);
  constexpr std::size_t kItems = 50;
  std::vector<std::atomic<int>> runs(kItems);
  std::mutex mutex;
  std::set<const Archive*> handles;
  run_on_archive_workers(archive, kItems, [&](std::size_t k, ArchiveWorker& worker) {
    ++runs[k];
    EXPECT_EQ(worker.archive.path(), archive.path());
    EXPECT_FALSE(worker.archive.caching());
    EXPECT_EQ(worker.archive.read_limit(), 12345u);
    const std::lock_guard<std::mutex> lock(mutex);
    handles.insert(&worker.archive);
  });
  for (std::size_t k = 0; k < kItems; ++k) EXPECT_EQ(runs[k].load(), 1) << k;
  EXPECT_FALSE(handles.count(&archive)) << "never the caller's own handle";
  EXPECT_LE(handles.size(), 2u);
}

// No items: no task. One item: on the calling thread (no thread is started
// for it). Two: on the workers' threads.
TEST(ArchiveWorkers, OneItemRunsOnTheCallingThreadAndTwoOnTheWorkers) {
  test::ScratchDir dir;
  const Archive archive = Archive::open(dir / "archive", true);
  int calls = 0;
  run_on_archive_workers(archive, 0, [&](std::size_t, ArchiveWorker&) { ++calls; });
  EXPECT_EQ(calls, 0);
  std::thread::id ran_on;
  run_on_archive_workers(archive, 1,
                         [&](std::size_t, ArchiveWorker&) { ran_on = std::this_thread::get_id(); });
  EXPECT_EQ(ran_on, std::this_thread::get_id());
  std::mutex mutex;
  std::set<std::thread::id> threads;
  run_on_archive_workers(archive, 2, [&](std::size_t, ArchiveWorker&) {
    const std::lock_guard<std::mutex> lock(mutex);
    threads.insert(std::this_thread::get_id());
  });
  EXPECT_FALSE(threads.count(std::this_thread::get_id()));
}

// Item 7 fails first (item 3 waits for it), then item 3 fails: the error
// rethrown is item 3's, the first in item order; every item before 3 ran.
TEST(ArchiveWorkers, TheErrorRethrownIsTheFirstInItemOrder) {
  test::ScratchDir dir;
  const Archive archive = Archive::open(dir / "archive", true);
  constexpr std::size_t kItems = 10;
  std::vector<std::atomic<int>> runs(kItems);
  std::atomic<bool> seven_failed{false};
  try {
    run_on_archive_workers(archive, kItems, [&](std::size_t k, ArchiveWorker&) {
      ++runs[k];
      if (k == 7) {
        seven_failed = true;
        throw std::runtime_error("item 7");
      }
      if (k == 3) {
        // Bounded wait: with one worker only, item 7 would never come first.
        const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(20);
        while (!seven_failed && std::chrono::steady_clock::now() < until) std::this_thread::yield();
        throw std::runtime_error("item 3");
      }
    });
    ADD_FAILURE() << "no error rethrown";
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(), "item 3");
  }
  EXPECT_TRUE(seven_failed);
  for (std::size_t k = 0; k <= 3; ++k) EXPECT_EQ(runs[k].load(), 1) << k;
  // Once item 3 has failed nothing after it starts; 8 and 9 could only have
  // started before (they were taken while 3 waited, after 7 had failed): no.
  EXPECT_EQ(runs[8].load(), 0);
  EXPECT_EQ(runs[9].load(), 0);
}

}  // namespace
}  // namespace yoy
