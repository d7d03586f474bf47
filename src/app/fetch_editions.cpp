// fetch_series: plan the pages, ask for each (conditionally, paced, retried),
// keep what is new in the fetch record at once, then ingest it all with one
// ref update and record the revisions.
#include "yoy/app/fetch_editions.h"

#include <algorithm>
#include <map>
#include <set>

#include "yoy/app/fetch_state.h"
#include "yoy/app/monitor_config.h"
#include "yoy/app/report_page.h"
#include "yoy/archive/archive.h"
#include "yoy/archive/records.h"
#include "yoy/diff/diff.h"
#include "yoy/model/edition.h"
#include "yoy/parse/parse.h"
#include "yoy/read/html_links.h"
#include "yoy/util/blob_id.h"
#include "yoy/util/error.h"

namespace yoy {

namespace {

constexpr const char* kTipReport = "-trafficking-in-persons-report/";

// The path of a URL ("/reports/2025-.../"), without query or fragment.
std::string url_path(const std::string& url) {
  std::size_t start = 0;
  const std::size_t scheme = url.find("://");
  if (scheme != std::string::npos) {
    start = url.find('/', scheme + 3);
    if (start == std::string::npos) return "/";
  }
  std::string path = url.substr(start);
  const std::size_t cut = path.find_first_of("?#");
  if (cut != std::string::npos) path.resize(cut);
  return path;
}

bool is_slug(const std::string& text) {
  if (text.empty() || text.front() == '-' || text.back() == '-') return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool ok =
        (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && text[i - 1] != '-');
    if (!ok) return false;
  }
  return true;
}

Profile page_profile(const SourceConfig& source) {
  // A TIP source's pages are country narratives: one without a tier is not one.
  if (source.kind == SourceKind::tip && source.profile == "auto") return Profile::tip;
  return profile_from_name(source.profile);
}

class Fetcher {
 public:
  Fetcher(Archive& archive, const SourceConfig& source, const FetchOptions& options)
      : archive_(archive), source_(source), options_(options), store_(archive) {
    policy_.retries = source.retries;
    policy_.backoff_seconds = source.backoff_seconds;
  }

  FetchResult run() {
    result_.series = source_.series;
    stored_ = load_fetch_state(store_, source_.series);
    state_ = stored_.state;
    const std::vector<int> have =
        archive_has_series() ? archive_.years(source_.series) : std::vector<int>{};
    result_.years = years_to_fetch(source_, options_.year, have.empty() ? 0 : have.back(),
                                   options_.current_year);
    for (const SourcePage& page : plan()) fetch(page);
    ingest_pending();
    return std::move(result_);
  }

 private:
  // The archive's copy of a page, when its edition and report exist.
  std::optional<ReportEntry> stored_report(const SourcePage& page) {
    if (!archive_has_series()) return std::nullopt;
    const std::vector<int> years = archive_.years(source_.series);
    if (std::find(years.begin(), years.end(), page.year) == years.end()) return std::nullopt;
    return archive_.find(source_.series, page.year, page.id);
  }

  bool archive_has_series() {
    for (const SeriesInfo& s : archive_.series())
      if (s.name == source_.series) return true;
    return false;
  }

  void say(const std::string& line) {
    if (options_.say) options_.say(line);
  }

  void pace() {
    if (result_.requests > 0 && source_.pause_seconds > 0 && options_.sleep)
      options_.sleep(source_.pause_seconds);
  }

  HttpResponse get(const std::string& url, const std::vector<std::string>& headers) {
    pace();
    HttpRequest request;
    request.url = url;
    request.headers = headers;
    request.headers.push_back(
        "Accept: text/html,application/xhtml+xml,text/plain;q=0.9,application/json;q=0.9");
    request.headers.push_back("Accept-Language: en");
    request.user_agent = options_.user_agent;
    request.timeout_ms = static_cast<long>(source_.timeout_seconds * 1000);
    int attempts = 0;
    HttpResponse response = perform_with_retries(
        request, policy_, options_.sleep,
        [&](int attempt, double wait, const std::string& why) {
          say(url + ": " + why + "; attempt " + std::to_string(attempt) + " in " +
              std::to_string(static_cast<long long>(wait + 0.5)) + " s");
        },
        &attempts);
    result_.requests += attempts;
    return response;
  }

  std::vector<SourcePage> plan() {
    std::vector<SourcePage> pages;
    const std::set<int> years(result_.years.begin(), result_.years.end());
    switch (source_.kind) {
      case SourceKind::urls:
        for (const SourcePage& page : source_.pages)
          if (years.count(page.year)) pages.push_back(page);
        break;
      case SourceKind::pattern:
        for (int year : result_.years)
          for (const std::string& id : source_.ids)
            pages.push_back({year, id, expand_pattern(source_.pattern, year, id)});
        break;
      case SourceKind::tip:
        for (int year : result_.years) {
          std::vector<std::string> ids = source_.ids;
          if (ids.empty()) {
            ids = index_ids(year);
            for (const std::string& id : ids) from_index_.insert({year, id});
          }
          for (const std::string& id : ids)
            pages.push_back({year, id, tip_page_url(source_.base, year, id)});
        }
        break;
    }
    return pages;
  }

  std::vector<std::string> index_ids(int year) {
    const std::string url = tip_index_url(source_.base, year);
    if (!unreachable_.empty()) return {};
    const HttpResponse response = get(url, {});
    if (response.unreachable)
      unreachable_ = "the source could not be reached (" + describe_failure(response) + ")";
    if (response.status == 404 || response.status == 410) {
      result_.notes.push_back(std::to_string(year) + ": the report's index page answered HTTP " +
                              std::to_string(response.status) + " (not published yet?)");
      return {};
    }
    if (response.status != 200) {
      result_.pages.push_back({{year, "", url},
                               PageOutcome::failed,
                               "the report's index page: " + describe_failure(response)});
      return {};
    }
    std::vector<std::string> ids;
    try {
      ids = tip_index_ids(url, response.body);
    } catch (const InputError& e) {
      // Past the HTML reader's bounds: a problem of this year, not of the whole run.
      result_.pages.push_back({{year, "", url}, PageOutcome::failed, e.what()});
      return {};
    }
    if (ids.empty())
      result_.pages.push_back({{year, "", url},
                               PageOutcome::not_report,
                               "the report's index page links to no country page"});
    say(std::to_string(year) + ": " + std::to_string(ids.size()) + " pages linked from " + url);
    return ids;
  }

  const PendingPage* pending_for(const SourcePage& page) const {
    for (const PendingPage& p : state_.pending)
      if (p.year == page.year && p.id == page.id) return &p;
    return nullptr;
  }

  void fetch(const SourcePage& page) {
    if (!unreachable_.empty()) {
      result_.pages.push_back({page, PageOutcome::failed, "not asked: " + unreachable_});
      return;
    }
    if (pending_for(page)) {
      result_.pages.push_back({page, PageOutcome::resumed, ""});
      return;
    }
    const std::optional<ReportEntry> stored = stored_report(page);
    std::vector<std::string> headers;
    auto known = state_.pages.find(page.url);
    // Validators describe what the archive holds now: otherwise ask for the whole page.
    if (stored && known != state_.pages.end() && known->second.blob == stored->blob_id) {
      if (!known->second.etag.empty()) headers.push_back("If-None-Match: " + known->second.etag);
      if (!known->second.last_modified.empty())
        headers.push_back("If-Modified-Since: " + known->second.last_modified);
    }
    const HttpResponse response = get(page.url, headers);
    if (response.status == 304 && !headers.empty()) {
      result_.pages.push_back({page, PageOutcome::not_modified, ""});
      return;
    }
    if (response.status == 404 || response.status == 410) {
      result_.pages.push_back(
          {page, PageOutcome::absent, "HTTP " + std::to_string(response.status)});
      return;
    }
    if (response.status != 200) {
      result_.pages.push_back({page, PageOutcome::failed, describe_failure(response)});
      say(page.url + ": " + describe_failure(response) + "; not saved");
      // A host that cannot be reached will not answer the next page either: stop asking.
      if (response.unreachable)
        unreachable_ = "the source could not be reached (" + describe_failure(response) + ")";
      return;
    }
    const std::string where = source_.series + "/" + std::to_string(page.year) + "/" + page.id;
    ReportPage report = check_report_page(response.body, where, page_profile(source_));
    if (!report.problem.empty()) {
      // An index also links the report's introduction and appendices: no narratives, no problem.
      const bool skip = from_index_.count({page.year, page.id}) > 0 &&
                        report.problem.find("an error page") == std::string::npos;
      result_.pages.push_back({page, skip ? PageOutcome::skipped : PageOutcome::not_report,
                               "HTTP 200 but " + report.problem});
      if (skip) return;
      say(page.url + ": HTTP 200 but " + report.problem + "; not saved");
      return;
    }
    const std::string blob = git_blob_id(response.body);
    PageValidators validators{page.year, page.id, header_value(response, "etag"),
                              header_value(response, "last-modified"), blob};
    if (stored && stored->blob_id == blob) {
      state_.pages[page.url] = validators;
      result_.pages.push_back({page, PageOutcome::unchanged, ""});
      return;
    }
    if (stored && same_words(*stored, report)) {
      validators.blob = stored->blob_id;  // what the archive keeps for this page
      state_.pages[page.url] = validators;
      result_.pages.push_back({page, PageOutcome::same_words, ""});
      return;
    }
    PendingPage pending{page.year,
                        page.id,
                        report.extension,
                        page.url,
                        store_.write_blob(response.body),
                        stored ? stored->blob_id : "",
                        options_.today};
    state_.pending.push_back(pending);
    state_.pages[page.url] = validators;
    save("yoy fetch " + source_.series + ": kept " + where + " (not yet ingested)");
    result_.pages.push_back({page, stored ? PageOutcome::revised : PageOutcome::added, ""});
    say((stored ? "revised " : "fetched ") + where + " from " + page.url);
  }

  // Other bytes, same words: diffing the stored report against the page finds nothing.
  bool same_words(const ReportEntry& stored, const ReportPage& page) {
    try {
      ParseOptions options;
      options.profile = profile_from_name(page.document.profile);
      options.source_path = stored.path;
      options.source_hash = stored.blob_id;
      const Document before =
          parse_document(archive_.read_blob(stored.blob_id, stored.path), options);
      return diff_documents(&before, &page.document, DiffOptions{}).change == Change::unchanged;
    } catch (const InputError&) {
      return false;  // the stored copy no longer parses: the new one replaces it
    }
  }

  void save(const std::string& message) {
    if (!save_fetch_state(store_, source_.series, stored_, state_, message, options_.now))
      throw ArchiveError(archive_.path() + ": " + fetch_state_ref(source_.series) +
                         " changed during this run (another yoy fetch of '" + source_.series +
                         "'?); run again");
  }

  void ingest_pending() {
    if (state_.pending.empty()) {
      if (state_.pages != stored_.state.pages || stored_.commit.empty())
        save("yoy fetch " + source_.series + ": " + std::to_string(result_.pages.size()) +
             " pages checked");
      return;
    }
    std::map<int, Edition> editions;
    for (const PendingPage& p : state_.pending) {
      Edition& edition = editions[p.year];
      edition.series = source_.series;
      edition.year = p.year;
      edition.files.push_back({p.id, p.extension, store_.read(p.blob), p.url});
      if (edition.note.empty()) edition.note = "Fetched by yoy:\n";
      edition.note += "  " + p.id + "." + p.extension + ": " + p.url + "\n";
    }
    std::vector<Edition> ordered;
    for (auto& [year, edition] : editions) ordered.push_back(std::move(edition));
    result_.ingested = archive_.ingest(ordered);
    // The archive holds the pages now: the revisions are recorded, the pending list cleared.
    for (const PendingPage& p : state_.pending) {
      if (p.revision_of.empty()) continue;
      RevisionRecord revision{p.year, p.id, p.url, p.revision_of, p.blob, p.date};
      result_.revisions.push_back(revision);
      state_.revisions.push_back(revision);
    }
    state_.pending.clear();
    save("yoy fetch " + source_.series + ": ingested " + std::to_string(ordered.size()) +
         (ordered.size() == 1 ? " edition" : " editions"));
  }

  Archive& archive_;
  const SourceConfig& source_;
  const FetchOptions& options_;
  RecordStore store_;
  RetryPolicy policy_;
  StoredFetchState stored_;
  FetchState state_;
  FetchResult result_;
  std::set<std::pair<int, std::string>> from_index_;  // pages found on an index page
  std::string unreachable_;                           // why the source is not asked again this run
};

}  // namespace

const char* page_outcome_name(PageOutcome outcome) {
  switch (outcome) {
    case PageOutcome::added:
      return "added";
    case PageOutcome::revised:
      return "revised";
    case PageOutcome::unchanged:
      return "unchanged";
    case PageOutcome::same_words:
      return "same words";
    case PageOutcome::not_modified:
      return "not modified";
    case PageOutcome::resumed:
      return "resumed";
    case PageOutcome::absent:
      return "absent";
    case PageOutcome::not_report:
      return "not a report";
    case PageOutcome::skipped:
      return "skipped";
    case PageOutcome::failed:
      return "failed";
  }
  return "failed";
}

FetchResult fetch_series(Archive& archive, const SourceConfig& source,
                         const FetchOptions& options) {
  return Fetcher(archive, source, options).run();
}

int FetchResult::problems() const {
  int n = 0;
  for (const PageResult& page : pages)
    n += page.outcome == PageOutcome::failed || page.outcome == PageOutcome::not_report;
  return n;
}

std::string tip_index_url(const std::string& base, int year) {
  return base + "/" + std::to_string(year) + kTipReport;
}

std::string tip_page_url(const std::string& base, int year, const std::string& id) {
  return tip_index_url(base, year) + id + "/";
}

std::vector<std::string> tip_index_ids(const std::string& index_url, const std::string& html) {
  const std::string prefix = url_path(index_url);
  std::vector<std::string> ids;
  std::set<std::string> seen;
  for (const std::string& href : html_links(html, "the report's index page")) {
    std::string path;
    if (href.find("://") != std::string::npos) {
      path = url_path(href);
    } else if (!href.empty() && href.front() == '/') {
      path = url_path(href);
    } else {
      path = prefix + url_path(href);  // relative to the index page
    }
    if (path.rfind(prefix, 0) != 0) continue;
    std::string slug = path.substr(prefix.size());
    while (!slug.empty() && slug.back() == '/') slug.pop_back();
    if (is_slug(slug) && seen.insert(slug).second) ids.push_back(slug);
  }
  return ids;
}

}  // namespace yoy
