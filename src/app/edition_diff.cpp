// Edition diff over the archive: every report of either edition. Reports with
// equal blob ids are unchanged without being read or parsed; the others are
// read on the calling thread (one libgit2 repository is not shared across
// threads) while two workers parse and compare them, results kept in id order.
#include "yoy/app/edition_diff.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <condition_variable>
#include <exception>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

#include "yoy/app/analysis_cache.h"
#include "yoy/app/ignore_text.h"
#include "yoy/app/stored_report.h"
#include "yoy/archive/archive.h"
#include "yoy/diff/alignment.h"
#include "yoy/parse/profiles.h"
#include "yoy/util/error.h"

namespace yoy {
namespace {

constexpr unsigned kWorkers = 2;

// One side of a job: the report's kept analysis, else its stored bytes.
struct Side {
  std::optional<ReportEntry> entry;
  std::string kept;      // encoded analysis from the cache ("" when none)
  std::string bytes;     // stored bytes, read when nothing usable was kept
  std::string keep;      // encoded analysis to keep, made by the worker
  bool refused = false;  // `kept` was not usable: read the bytes and parse
};

struct Job {
  std::string id;
  Side from, to;
  ReportChange result;
  std::exception_ptr error;
};

// The side's Document: decoded from the cache, else parsed with analysis
// deferred (only the blocks that differ are analyzed); nullopt when the kept
// analysis was refused and the bytes are still to be read.
std::optional<Document> load(Side& side, const EditionRef& edition) {
  if (!side.kept.empty()) {
    std::optional<Document> document =
        AnalysisCache::decode(side.kept, *side.entry, edition.series, edition.year);
    std::string().swap(side.kept);
    if (!document) side.refused = true;
    return document;
  }
  return parse_stored_report(side.bytes, edition.series, edition.year, *side.entry, false);
}

// What the cache gains: a parsed analysis, or a kept one this diff analyzed further.
void offer(Side& side, const Document& document, std::size_t analyzed_before, bool parsed) {
  if (parsed || analyzed_blocks(document) > analyzed_before)
    side.keep = AnalysisCache::encode(document, *side.entry);
}

// Text cut by --ignore changes the documents: those are never kept.
void run(Job& job, const EditionRef& from, const EditionRef& to, const DiffOptions& options,
         const IgnoredText& ignored, bool caching) {
  if (job.error) return;  // its bytes could not be read
  try {
    std::optional<Document> a, b;
    const bool a_parsed = job.from.entry && job.from.kept.empty();
    const bool b_parsed = job.to.entry && job.to.kept.empty();
    if (job.from.entry) a = load(job.from, from);
    if (job.to.entry) b = load(job.to, to);
    if (job.from.refused || job.to.refused) return;  // again once the bytes are read
    const bool keep = caching && ignored.empty();
    const std::size_t a_before = a ? analyzed_blocks(*a) : 0;
    const std::size_t b_before = b ? analyzed_blocks(*b) : 0;
    if (a) ignored.apply(*a);
    if (b) ignored.apply(*b);
    job.result = a && b ? diff_deferred(*a, *b, options)
                        : diff_documents(a ? &*a : nullptr, b ? &*b : nullptr, options);
    job.result.id = job.id;
    if (job.from.entry && job.to.entry && job.from.entry->blob_id == job.to.entry->blob_id)
      job.result.change = Change::unchanged;
    if (keep && a) offer(job.from, *a, a_before, a_parsed);
    if (keep && b) offer(job.to, *b, b_before, b_parsed);
  } catch (...) {
    job.error = std::current_exception();
  }
  std::string().swap(job.from.bytes);
  std::string().swap(job.to.bytes);
}

// Reads what a side needs on the archive's thread: its kept analysis, else its bytes.
void read_side(Side& side, const Archive& archive, const AnalysisCache& cache) {
  if (!side.entry) return;
  if (!side.refused) {
    if (std::optional<std::string> kept = cache.find(*side.entry)) {
      side.kept = std::move(*kept);
      if (!side.kept.empty()) return;
    }
  }
  side.bytes = archive.read_blob(side.entry->blob_id);
}

}  // namespace

ReportChange diff_deferred(Document& from, Document& to, const DiffOptions& options) {
  const Alignment alignment = align_documents(from, to, options);
  auto analyze = [](Document& document, int section, int block) {
    if (section < 0 || block < 0) return;
    Block& b = document.sections[section].blocks[block];
    if (b.sentences.empty()) analyze_block_for(document.profile, b);
  };
  for (const SectionPair& section : alignment.sections)
    for (const BlockPair& pair : section.blocks) {
      if (pair.identical) continue;
      analyze(from, section.from, pair.from);
      analyze(to, section.to, pair.to);
    }
  return diff_aligned(from, to, alignment, options);
}

EditionRef parse_edition_ref(std::string_view text, const Archive& archive) {
  EditionRef ref;
  std::string_view year_text = text;
  std::size_t slash = text.rfind('/');
  if (slash != std::string_view::npos) {
    ref.series = std::string(text.substr(0, slash));
    year_text = text.substr(slash + 1);
  }
  bool digits = !year_text.empty() && year_text.size() <= 4;
  for (char c : year_text) digits = digits && std::isdigit(static_cast<unsigned char>(c));
  if (!digits || (slash != std::string_view::npos && ref.series.empty()))
    throw InputError("'" + std::string(text) +
                     "': not an edition (use YEAR or SERIES/YEAR, e.g. 2025 or tip/2025)");
  ref.year = std::stoi(std::string(year_text));
  if (ref.series.empty()) ref.series = archive.default_series();
  std::vector<int> years = archive.years(ref.series);
  if (years.empty())
    throw InputError("'" + std::string(text) + "': no series '" + ref.series + "' in the archive " +
                     archive.path());
  if (std::find(years.begin(), years.end(), ref.year) == years.end()) {
    std::string list;
    for (int y : years) list += (list.empty() ? "" : ", ") + std::to_string(y);
    throw InputError("'" + std::string(text) + "': no edition " + std::to_string(ref.year) +
                     " of " + ref.series + " in the archive (it has " + list + ")");
  }
  ref.label = ref.series + "/" + std::to_string(ref.year);
  return ref;
}

ChangeSet diff_editions(const Archive& archive, const EditionRef& from, const EditionRef& to,
                        const std::vector<std::string>& ids, const DiffOptions& options) {
  const IgnoredText ignored(options.ignore);
  ChangeSet changes;
  changes.from = from;
  changes.to = to;
  changes.reversed = from.series == to.series && from.year > to.year;

  std::map<std::string, Job> by_id;
  for (ReportEntry& e : archive.reports(from.series, from.year)) {
    std::string id = e.id;
    by_id[id].id = id;
    by_id[id].from.entry = std::move(e);
  }
  for (ReportEntry& e : archive.reports(to.series, to.year)) {
    std::string id = e.id;
    by_id[id].id = id;
    by_id[id].to.entry = std::move(e);
  }
  std::vector<Job*> jobs;
  auto take = [&](Job& job) {
    bool same = job.from.entry && job.to.entry && job.from.entry->blob_id == job.to.entry->blob_id;
    if (same && !options.include_unchanged) return;  // recognized by object id alone
    jobs.push_back(&job);
  };
  if (ids.empty()) {
    for (auto& [id, job] : by_id) take(job);
  } else {
    std::vector<std::string> wanted = ids;
    std::sort(wanted.begin(), wanted.end());
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
    for (const std::string& id : wanted) {
      auto it = by_id.find(id);
      if (it == by_id.end())
        throw InputError("no report '" + id + "' in " + from.label + " or " + to.label);
      take(it->second);
    }
  }
  int total = ids.empty() ? static_cast<int>(by_id.size()) : 0;
  if (!ids.empty()) {
    std::vector<std::string> wanted = ids;
    std::sort(wanted.begin(), wanted.end());
    total = static_cast<int>(std::unique(wanted.begin(), wanted.end()) - wanted.begin());
  }

  // Bytes (or kept analyses) are read here, on this thread, in job order; the
  // workers parse and diff each job as soon as its bytes are in (reading
  // overlaps the work).
  AnalysisCache cache(archive);
  const bool caching = archive.caching();
  std::mutex mutex;
  std::condition_variable read_more;
  std::size_t jobs_read = 0;
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t k; (k = next.fetch_add(1)) < jobs.size();) {
      {
        std::unique_lock lock(mutex);
        read_more.wait(lock, [&] { return jobs_read > k; });
      }
      run(*jobs[k], from, to, options, ignored, caching);
    }
  };
  auto read_job = [&](Job& job) {
    try {
      read_side(job.from, archive, cache);
      read_side(job.to, archive, cache);
    } catch (...) {
      job.error = std::current_exception();
    }
  };
  const unsigned workers = jobs.size() > 1 ? kWorkers : 1;
  std::vector<std::thread> threads;
  for (unsigned w = 0; w < workers; ++w) threads.emplace_back(worker);
  for (Job* job : jobs) {
    read_job(*job);
    {
      std::lock_guard lock(mutex);
      ++jobs_read;
    }
    read_more.notify_all();
  }
  for (std::thread& t : threads) t.join();
  // A kept analysis that was refused (damaged, foreign): parsed afresh, and kept anew.
  for (Job* job : jobs) {
    if (!job->from.refused && !job->to.refused) continue;
    read_job(*job);
    job->from.refused = job->to.refused = false;
    run(*job, from, to, options, ignored, caching);
  }
  for (Job* job : jobs) {
    if (!job->from.keep.empty()) cache.keep(*job->from.entry, std::move(job->from.keep));
    if (!job->to.keep.empty()) cache.keep(*job->to.entry, std::move(job->to.keep));
  }
  cache.flush();

  for (Job* job : jobs) {
    if (job->error) std::rethrow_exception(job->error);
    if (job->result.change == Change::unchanged && !options.include_unchanged) continue;
    changes.reports.push_back(std::move(job->result));
  }
  summarize(changes, total);
  return changes;
}

}  // namespace yoy
