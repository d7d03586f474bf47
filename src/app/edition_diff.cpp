// Edition diff over the archive: every report of either edition. Reports with
// equal blob ids are unchanged without being read or parsed; the others go to
// two workers, each with its own handle on the archive (libgit2 repositories
// are not shared across threads), that read the kept analysis or the stored
// bytes, diff, keep what they analysed, and hand the report to the sink's
// prepare (which may render it there); the sink takes the reports in id order.
#include "yoy/app/edition_diff.h"

#include <algorithm>
#include <map>
#include <optional>

#include "yoy/app/analysis_cache.h"
#include "yoy/app/archive_workers.h"
#include "yoy/app/stored_report.h"
#include "yoy/archive/archive.h"
#include "yoy/diff/ignore_text.h"
#include "yoy/parse/block_analysis.h"
#include "yoy/util/ascii.h"
#include "yoy/util/error.h"

namespace yoy {
namespace {

// One side of a job: a report of one edition (absent when the edition lacks it).
struct Side {
  std::optional<ReportEntry> entry;
};

struct Job {
  std::string id;
  Side from, to;
  ReportChange result;
};

struct Plan {
  const EditionRef& from;
  const EditionRef& to;
  const DiffOptions& options;
  ReportSink& sink;
};

// A side's Document: its kept analysis when usable, else parsed from the
// stored bytes with analysis deferred (only the blocks that differ are analyzed).
std::optional<StoredDocument> load(const Side& side, const EditionRef& edition,
                                   ArchiveWorker& worker) {
  if (!side.entry) return std::nullopt;
  return load_stored(worker.archive, worker.cache, edition.series, edition.year, *side.entry,
                     Analysis::deferred);
}

void run(std::size_t k, Job& job, const Plan& plan, ArchiveWorker& worker) {
  std::optional<StoredDocument> a = load(job.from, plan.from, worker);
  std::optional<StoredDocument> b = load(job.to, plan.to, worker);
  // The differ analyzes what it looks into and cuts --ignore's matches.
  job.result = diff_documents(a ? &a->document : nullptr, b ? &b->document : nullptr, plan.options,
                              profile_analysis());
  job.result.id = job.id;
  if (job.from.entry && job.to.entry && job.from.entry->blob_id == job.to.entry->blob_id)
    job.result.change = Change::unchanged;
  // Text cut by --ignore changed the documents: those are never kept.
  if (worker.archive.caching() && plan.options.ignore.empty()) {
    if (a) keep_analysis(worker.cache, *job.from.entry, *a);
    if (b) keep_analysis(worker.cache, *job.to.entry, *b);
  }
  plan.sink.prepare(k, job.result);
}

// The reports of both editions (or only `ids`) as jobs in id order, those with
// identical blobs left out unless every report is to be shown; `total` counts
// the reports compared.
std::vector<Job> plan_jobs(const Archive& archive, const EditionRef& from, const EditionRef& to,
                           const std::vector<std::string>& ids, const DiffOptions& options,
                           int& total) {
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
  std::vector<Job> jobs;
  auto take = [&](Job& job) {
    bool same = job.from.entry && job.to.entry && job.from.entry->blob_id == job.to.entry->blob_id;
    if (same && !options.include_unchanged) return;  // recognized by object id alone
    jobs.push_back(std::move(job));
  };
  if (ids.empty()) {
    total = static_cast<int>(by_id.size());
    for (auto& [id, job] : by_id) take(job);
    return jobs;
  }
  std::vector<std::string> wanted = ids;
  std::sort(wanted.begin(), wanted.end());
  wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
  total = static_cast<int>(wanted.size());
  for (const std::string& id : wanted) {
    auto it = by_id.find(id);
    if (it == by_id.end())
      throw InputError("no report '" + id + "' in " + from.label + " or " + to.label);
    take(it->second);
  }
  return jobs;
}

// Runs every job on the workers (each reads, parses or decodes, diffs and
// keeps analyses itself); the first failure in id order is the one reported.
void run_jobs(const Archive& archive, std::vector<Job>& jobs, const Plan& plan) {
  run_on_archive_workers(archive, jobs.size(), [&](std::size_t k, ArchiveWorker& worker) {
    run(k, jobs[k], plan, worker);
  });
}

}  // namespace

EditionRef parse_edition_ref(std::string_view text, const Archive& archive) {
  EditionRef ref;
  std::string_view year_text = text;
  std::size_t slash = text.rfind('/');
  if (slash != std::string_view::npos) {
    ref.series = std::string(text.substr(0, slash));
    year_text = text.substr(slash + 1);
  }
  bool digits = !year_text.empty() && year_text.size() <= 4;
  for (char c : year_text) digits = digits && is_ascii_digit(c);
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
  ref.label = edition_label(ref);
  return ref;
}

namespace {

// A ChangeSet's head: the two editions and whether the diff runs backwards in time.
ChangeSet change_set_of(const EditionRef& from, const EditionRef& to) {
  ChangeSet changes;
  changes.from = from;
  changes.to = to;
  changes.reversed = from.series == to.series && from.year > to.year;
  return changes;
}

}  // namespace

void diff_editions(const Archive& archive, const EditionRef& from, const EditionRef& to,
                   const std::vector<std::string>& ids, const DiffOptions& options,
                   ReportSink& sink) {
  const IgnoredText refused_early(options.ignore);  // a bad pattern, before anything is read
  int total = 0;
  std::vector<Job> jobs = plan_jobs(archive, from, to, ids, options, total);
  sink.begin(change_set_of(from, to), jobs.size());
  run_jobs(archive, jobs, Plan{from, to, options, sink});
  for (std::size_t k = 0; k < jobs.size(); ++k) sink.take(k, std::move(jobs[k].result));
  sink.end(total);
}

ChangeSet diff_editions(const Archive& archive, const EditionRef& from, const EditionRef& to,
                        const std::vector<std::string>& ids, const DiffOptions& options) {
  ChangeFilter shown;  // nothing narrowed: the reports that changed (all of them with --all)
  shown.include_unchanged = options.include_unchanged;
  ChangeSetSink collected;
  FilterSink filter(shown, collected);
  diff_editions(archive, from, to, ids, options, filter);
  return std::move(collected.changes());
}

}  // namespace yoy
