// Edition diff over the archive: every report of either edition. Reports with
// equal blob ids are unchanged without being read or parsed; the others go to
// two workers, each with its own handle on the archive (libgit2 repositories
// are not shared across threads), that read the kept analysis or the stored
// bytes, diff, keep what they analysed, and (JSON) render the report;
// results stay in id order.
#include "yoy/app/edition_diff.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>

#include "yoy/app/analysis_cache.h"
#include "yoy/app/archive_workers.h"
#include "yoy/app/ignore_text.h"
#include "yoy/app/name_hints.h"
#include "yoy/app/stored_report.h"
#include "yoy/archive/archive.h"
#include "yoy/diff/alignment.h"
#include "yoy/model/report_path.h"
#include "yoy/parse/profiles.h"
#include "yoy/render/render.h"
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
  std::string rendered;   // the report's JSON, when rendering as it goes
  ChangeSummary counted;  // its counts, when rendering as it goes
  bool shown = false;     // rendered: the report is part of the output
  bool changed = false;   // rendered: the report is not unchanged
};

struct Plan {
  const EditionRef& from;
  const EditionRef& to;
  const DiffOptions& options;
  const IgnoredText& ignored;
  bool render = false;  // render each report's JSON in its worker (and drop the ReportChange)
};

// A side's Document: its kept analysis when usable, else parsed from the
// stored bytes with analysis deferred (only the blocks that differ are analyzed).
std::optional<Document> load(const Side& side, const EditionRef& edition, ArchiveWorker& worker,
                             bool& parsed) {
  parsed = false;
  if (!side.entry) return std::nullopt;
  const std::string what = archive_path(edition.series, edition.year, side.entry->path);
  // --max-input, kept analysis or not
  const std::size_t size = worker.archive.check_blob(side.entry->blob_id, what);
  if (std::optional<std::string> kept = worker.cache.find(*side.entry, size)) {
    std::optional<Document> document =
        AnalysisCache::decode(*kept, *side.entry, edition.series, edition.year);
    if (document) return document;  // else damaged or foreign: made again
  }
  parsed = true;
  return parse_stored_report(worker.archive.read_blob(side.entry->blob_id, what), edition.series,
                             edition.year, *side.entry, false);
}

// What the cache gains: a parsed analysis, or a kept one this diff analyzed further.
void offer(const Side& side, const Document& document, std::size_t analyzed_before, bool parsed,
           ArchiveWorker& worker) {
  if (parsed || analyzed_blocks(document) > analyzed_before)
    worker.cache.keep(*side.entry, AnalysisCache::encode(document, *side.entry));
}

void run(Job& job, const Plan& plan, ArchiveWorker& worker) {
  bool a_parsed = false, b_parsed = false;
  std::optional<Document> a = load(job.from, plan.from, worker, a_parsed);
  std::optional<Document> b = load(job.to, plan.to, worker, b_parsed);
  // Text cut by --ignore changes the documents: those are never kept.
  const bool keep = worker.archive.caching() && plan.ignored.empty();
  const std::size_t a_before = a ? analyzed_blocks(*a) : 0;
  const std::size_t b_before = b ? analyzed_blocks(*b) : 0;
  if (a) plan.ignored.apply(*a);
  if (b) plan.ignored.apply(*b);
  job.result = a && b ? diff_deferred(*a, *b, plan.options)
                      : diff_documents(a ? &*a : nullptr, b ? &*b : nullptr, plan.options);
  job.result.id = job.id;
  if (job.from.entry && job.to.entry && job.from.entry->blob_id == job.to.entry->blob_id)
    job.result.change = Change::unchanged;
  if (keep && a) offer(job.from, *a, a_before, a_parsed, worker);
  if (keep && b) offer(job.to, *b, b_before, b_parsed, worker);
  if (plan.render) {
    job.changed = job.result.change != Change::unchanged;
    job.shown = job.changed || plan.options.include_unchanged;
    if (job.shown) {
      job.rendered = render_json_report(job.result);
      add_to_summary(job.counted, job.result);
    }
    job.result = ReportChange{};  // written out: nothing of it is kept
  }
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
    if (it == by_id.end()) {
      std::vector<std::string> known;
      for (const auto& [known_id, job] : by_id) known.push_back(known_id);
      throw InputError("no report '" + id + "' in " + from.label + " or " + to.label +
                       id_hint(id, known));
    }
    take(it->second);
  }
  return jobs;
}

// Runs every job on the workers (each reads, parses or decodes, diffs and
// keeps analyses itself); the first failure in id order is the one reported.
void run_jobs(const Archive& archive, std::vector<Job>& jobs, const Plan& plan) {
  run_on_archive_workers(archive, jobs.size(),
                         [&](std::size_t k, ArchiveWorker& worker) { run(jobs[k], plan, worker); });
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
  if (std::find(years.begin(), years.end(), ref.year) == years.end())
    throw InputError("'" + std::string(text) + "': no edition " + std::to_string(ref.year) +
                     " of " + ref.series + " in the archive (it has " + years_text(years) + ")" +
                     year_hint(ref.year, years));
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

ChangeSet diff_editions(const Archive& archive, const EditionRef& from, const EditionRef& to,
                        const std::vector<std::string>& ids, const DiffOptions& options) {
  const IgnoredText ignored(options.ignore);
  ChangeSet changes = change_set_of(from, to);
  int total = 0;
  std::vector<Job> jobs = plan_jobs(archive, from, to, ids, options, total);
  run_jobs(archive, jobs, Plan{from, to, options, ignored, false});
  for (Job& job : jobs) {
    if (job.result.change == Change::unchanged && !options.include_unchanged) continue;
    changes.reports.push_back(std::move(job.result));
  }
  summarize(changes, total);
  return changes;
}

RenderedDiff diff_editions_json(const Archive& archive, const EditionRef& from,
                                const EditionRef& to, const std::vector<std::string>& ids,
                                const DiffOptions& options) {
  const IgnoredText ignored(options.ignore);
  ChangeSet changes = change_set_of(from, to);  // the document's head: no reports
  int total = 0;
  std::vector<Job> jobs = plan_jobs(archive, from, to, ids, options, total);
  run_jobs(archive, jobs, Plan{from, to, options, ignored, true});
  RenderedDiff out;
  std::vector<std::string> reports;
  for (Job& job : jobs) {
    if (!job.shown) continue;
    add_to_summary(changes.summary, job.counted);
    out.differs = out.differs || job.changed;
    reports.push_back(std::move(job.rendered));
  }
  changes.summary.reports = total;
  jobs.clear();
  out.json = render_json_around(changes, reports);
  return out;
}

}  // namespace yoy
