#pragma once
// Runs independent pieces of work on the calling thread and one more worker
// (the machine yoy is built for has two cores).
#include <cstddef>
#include <functional>

namespace yoy {

// Calls work(i) once for every i in [0, n), in any order, on at most two
// threads. The first exception stops the remaining work and is rethrown here
// after every thread has finished; when no thread can be started, everything
// runs on the calling thread.
void parallel_for(std::size_t n, const std::function<void(std::size_t)>& work);

}  // namespace yoy
