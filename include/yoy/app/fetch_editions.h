#pragma once
// `yoy fetch`: a series' pages downloaded from its source (politely: one
// request at a time, a pause between them, conditional requests, retries with
// backoff), checked to be reports, and ingested. A changed page of an existing
// edition whose words changed is a revision of it; one whose bytes changed but
// not its words is left as stored. Resumable: every page fetched is kept in the
// fetch record (refs/yoy/fetch/<series>) before the next request, so a run
// stopped half-way loses nothing and the next one ingests it.
#include <functional>
#include <string>
#include <vector>

#include "yoy/archive/archive_listing.h"
#include "yoy/model/monitor.h"
#include "yoy/net/retry.h"

namespace yoy {

class Archive;

struct FetchOptions {
  int year = 0;                                 // --year: only this edition
  int current_year = 0;                         // for a source's `since`
  std::string today;                            // YYYY-MM-DD: the date revisions are seen on
  long long now = 0;                            // seconds since the epoch: record times
  std::string user_agent;                       // names yoy
  Sleeper sleep = sleep_seconds;                // pauses and retry waits
  std::function<void(const std::string&)> say;  // progress lines (stderr)
};

enum class PageOutcome {
  added,         // a report new to its edition (or a new edition)
  revised,       // the words of a stored report changed
  unchanged,     // the same bytes as stored
  same_words,    // other bytes, the same words (page furniture): the stored copy stays
  not_modified,  // 304: the source says nothing changed
  resumed,       // fetched by an earlier run that stopped before ingesting
  absent,        // 404 / 410: not in this edition (or not published yet)
  not_report,    // an answer that is no report (an error page served with 200)
  skipped,       // a page the index links to that is no report (the introduction)
  failed,        // no usable answer after the retries
};
const char* page_outcome_name(PageOutcome outcome);

struct PageResult {
  SourcePage page;
  PageOutcome outcome = PageOutcome::failed;
  std::string detail;  // not_report / failed / absent: why
};

struct FetchResult {
  std::string series;
  std::vector<int> years;
  std::vector<PageResult> pages;
  std::vector<std::string> notes;  // "2026: the index page answered HTTP 404 (not published yet?)"
  std::vector<IngestResult> ingested;     // what went into the archive
  std::vector<RevisionRecord> revisions;  // revisions recorded by this run
  int requests = 0;
  // Pages that could not be fetched or were no report (a run to retry later).
  int problems() const;
};

// Throws InputError for bad usage (no years known), ArchiveError for archive trouble.
FetchResult fetch_series(Archive& archive, const SourceConfig& source, const FetchOptions& options);

// The TIP source's pages: the country slugs an index page links to under its own path.
// Throws InputError for a page past the HTML reader's bounds (read/html_limits.h).
std::vector<std::string> tip_index_ids(const std::string& index_url, const std::string& html);
// The TIP source's page of a country in a year, and the year's index page.
std::string tip_page_url(const std::string& base, int year, const std::string& id);
std::string tip_index_url(const std::string& base, int year);

}  // namespace yoy
