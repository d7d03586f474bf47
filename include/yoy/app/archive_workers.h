#pragma once
// Work over many stored reports on two threads, each with its own handle on
// the archive (libgit2 repositories are not shared across threads) and its own
// analysis cache queue; what the workers kept is named in the cache ref at the end.
#include <cstddef>
#include <functional>

#include "yoy/app/analysis_cache.h"
#include "yoy/archive/archive.h"

namespace yoy {

struct ArchiveWorker {
  explicit ArchiveWorker(const Archive& archive);  // same path, caching and read limit
  Archive archive;
  AnalysisCache cache;
};

// Calls task(k, worker) for every k in [0, n), taken in order by the workers.
// At the first failure no later k starts; the earlier ones, all taken already,
// finish, so the exception rethrown is the first in k order whatever the
// timing. The caches are flushed first, failure or not (what was analysed is
// never lost). A worker that cannot start leaves its share to the others, or
// to this thread when none started.
void run_on_archive_workers(const Archive& archive, std::size_t n,
                            const std::function<void(std::size_t, ArchiveWorker&)>& task);

}  // namespace yoy
