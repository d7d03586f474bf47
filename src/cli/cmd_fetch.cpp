// yoy fetch [SERIES...] [--year Y] [--config FILE]: download what is new or
// changed from each series' source (the monitor file) and ingest it.
#include <sys/stat.h>

#include <CLI/CLI.hpp>
#include <iostream>
#include <map>

#include "clock.h"
#include "monitor_commands.h"
#include "yoy/app/fetch_editions.h"
#include "yoy/app/monitor_config.h"
#include "yoy/archive/archive.h"
#include "yoy/model/edition_check.h"
#include "yoy/util/error.h"
#include "yoy/util/printable.h"
#include "yoy/util/version.h"

namespace yoy::cli {

namespace {

struct FetchArgs {
  std::vector<std::string> series;
  int year = 0;
  std::string config;
};

std::string count_line(const FetchResult& result) {
  std::map<PageOutcome, int> counts;
  for (const PageResult& page : result.pages) ++counts[page.outcome];
  std::string out;
  for (PageOutcome outcome :
       {PageOutcome::added, PageOutcome::revised, PageOutcome::resumed, PageOutcome::unchanged,
        PageOutcome::not_modified, PageOutcome::same_words, PageOutcome::absent,
        PageOutcome::skipped, PageOutcome::not_report, PageOutcome::failed}) {
    if (!counts[outcome]) continue;
    out += (out.empty() ? "" : ", ") + std::to_string(counts[outcome]) + " " +
           page_outcome_name(outcome);
  }
  return out.empty() ? "no pages" : out;
}

// Each line through printable(): URLs and ids come from the monitor file and servers.
std::string printable_lines(const std::string& text) {
  std::string out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    out += printable(text.substr(start, end - start)) + "\n";
    start = end + 1;
  }
  return out;
}

std::string years_text(const std::vector<int>& years) {
  std::string out;
  for (int y : years) out += (out.empty() ? "" : ", ") + std::to_string(y);
  return out;
}

int run_fetch(const Globals& globals, const FetchArgs& args) {
  const std::string location = archive_location(globals.archive);
  const MonitorConfig config = load_monitor_config(monitor_config_location(args.config, location));
  std::vector<std::string> names = args.series;
  if (names.empty())
    for (const auto& [name, source] : config.series) names.push_back(name);
  if (names.empty())
    throw InputError(config.source + ": no series to fetch (add one under \"series\")");
  for (const std::string& name : names)
    if (!config.series.count(name))
      throw InputError(config.source + ": no source for series '" + name + "'");
  if (args.year) check_year(args.year, "--year");

  struct stat st {};
  const bool existed = ::stat(location.c_str(), &st) == 0;
  Archive archive = Archive::open(location, true);
  if (!existed && !globals.quiet) std::cerr << "yoy: created archive " << location << "\n";

  FetchOptions options;
  options.year = args.year;
  options.now = now_seconds();
  options.today = date_of(options.now);
  options.current_year = year_of(options.now);
  options.user_agent = std::string("Mozilla/5.0 (compatible; yoy/") + YOY_VERSION +
                       "; year-over-year report archive)";
  if (!globals.quiet)
    options.say = [](const std::string& line) {
      std::cerr << "yoy fetch: " << printable(line) << "\n";
    };
  int problems = 0;
  for (const std::string& name : names) {
    const FetchResult result = fetch_series(archive, config.series.at(name), options);
    problems += result.problems();
    std::string out = name + " " + years_text(result.years) + ": " + count_line(result) + " (" +
                      std::to_string(result.requests) +
                      (result.requests == 1 ? " request)" : " requests)") + "\n";
    for (const std::string& note : result.notes) out += "  " + note + "\n";
    for (const PageResult& page : result.pages)
      if (page.outcome == PageOutcome::failed || page.outcome == PageOutcome::not_report)
        out += "  not fetched: " + std::to_string(page.page.year) + " " +
               (page.page.id.empty() ? page.page.url : page.page.id) + ": " + page.detail + "\n";
    for (const IngestResult& ingested : result.ingested)
      if (ingested.committed)
        out += "  " + name + " " + std::to_string(ingested.year) + ": " +
               std::to_string(ingested.added) + " added, " + std::to_string(ingested.changed) +
               " changed\n";
    for (const RevisionRecord& revision : result.revisions)
      out += "  revised: the " + std::to_string(revision.year) + " " + revision.id + " page (" +
             name + "/" + std::to_string(revision.year) + "/" + revision.id + "), seen on " +
             revision.date + "\n";
    write_stdout(printable_lines(out));
  }
  return problems ? 1 : 0;
}

}  // namespace

void add_fetch_command(CLI::App& app, Context& context) {
  auto args = std::make_shared<FetchArgs>();
  auto* sub = app.add_subcommand(
      "fetch", "Download new or changed editions from each series' source and ingest them");
  sub->footer(
      "Sources are named in the monitor file (--config; default yoy-monitor.json beside the "
      "archive).\n"
      "Polite: one request at a time, a pause between requests, conditional requests (ETag,\n"
      "Last-Modified), retries with backoff on timeouts, 429 and 5xx (Retry-After honoured).\n"
      "A page that is no report (an error page served with 200) is never kept. A stopped run\n"
      "resumes: pages already fetched are kept in the archive (refs/yoy/fetch/SERIES).\n"
      "Exit status: 0 done, 1 some pages could not be fetched (the rest is ingested), 2 bad\n"
      "configuration or archive.\n"
      "Examples:\n"
      "  yoy fetch                 # every series of the monitor file\n"
      "  yoy fetch tip --year 2025");
  sub->add_option("SERIES", args->series,
                  "Series to fetch (default: every series of the monitor file)");
  sub->add_option("--year", args->year, "Only this edition year")->option_text("YEAR");
  sub->add_option("--config", args->config,
                  "Monitor file (default: $YOY_MONITOR, else yoy-monitor.json beside the archive)")
      ->option_text("FILE");
  sub->callback([&context, args] {
    context.action = [&context, args] { return run_fetch(context.globals, *args); };
  });
}

}  // namespace yoy::cli
