// run_on_archive_workers: two threads over stored reports, errors in order.
#include "yoy/app/archive_workers.h"

#include <atomic>
#include <exception>
#include <memory>
#include <thread>
#include <vector>

namespace yoy {
namespace {

constexpr unsigned kWorkers = 2;  // the machine yoy is built for has two cores

}  // namespace

ArchiveWorker::ArchiveWorker(const Archive& from)
    : archive(Archive::open(from.path(), false)), cache(archive) {
  archive.set_caching(from.caching());
  archive.limit_reads(from.read_limit());
}

void run_on_archive_workers(const Archive& archive, std::size_t n,
                            const std::function<void(std::size_t, ArchiveWorker&)>& task) {
  if (n == 0) return;
  std::vector<std::exception_ptr> errors(n);
  std::atomic<std::size_t> next{0};
  std::atomic<std::size_t> first_failure{n};
  auto work = [&](ArchiveWorker& worker) {
    for (std::size_t k; (k = next.fetch_add(1)) < n;) {
      if (k > first_failure.load()) return;
      try {
        task(k, worker);
        continue;
      } catch (...) {
        errors[k] = std::current_exception();
      }
      std::size_t seen = first_failure.load();
      while (k < seen && !first_failure.compare_exchange_weak(seen, k)) {
      }
    }
  };
  std::vector<std::unique_ptr<ArchiveWorker>> workers;
  workers.push_back(std::make_unique<ArchiveWorker>(archive));
  if (n > 1)
    for (unsigned w = 1; w < kWorkers; ++w)
      workers.push_back(std::make_unique<ArchiveWorker>(archive));
  {
    // Threads are joined on every path out of here.
    struct Threads {
      std::vector<std::thread> list;
      ~Threads() {
        for (std::thread& t : list) t.join();
      }
    } threads;
    if (n > 1) {
      for (auto& worker : workers) {
        try {
          threads.list.emplace_back([&work, w = worker.get()] { work(*w); });
        } catch (const std::exception&) {
          break;
        }
      }
    }
    if (threads.list.empty()) work(*workers.front());
  }
  AnalysisCache cache(archive);
  for (auto& worker : workers) cache.absorb(worker->cache);
  cache.flush();
  for (const std::exception_ptr& error : errors)
    if (error) std::rethrow_exception(error);
}

}  // namespace yoy
