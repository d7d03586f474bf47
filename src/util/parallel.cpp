// parallel_for: the caller and one worker take indexes from a shared counter.
#include "yoy/util/parallel.h"

#include <atomic>
#include <exception>
#include <mutex>
#include <system_error>
#include <thread>

namespace yoy {

void parallel_for(std::size_t n, const std::function<void(std::size_t)>& work) {
  std::atomic<std::size_t> next{0};
  std::atomic<bool> stop{false};
  std::exception_ptr failure;
  std::mutex failure_mutex;
  auto run = [&] {
    for (std::size_t i; !stop && (i = next++) < n;) {
      try {
        work(i);
      } catch (...) {
        std::lock_guard<std::mutex> lock(failure_mutex);
        if (!failure) failure = std::current_exception();
        stop = true;
      }
    }
  };
  std::thread helper;
  if (n > 1) {
    try {
      helper = std::thread(run);
    } catch (const std::system_error&) {
      // No thread to be had (ulimit -u): the caller does it all.
    }
  }
  run();
  if (helper.joinable()) helper.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace yoy
