// yoy summary FROM TO [-o DIR]
// Writes <id>.md and <id>.html per changed report and an index.md / index.html
// overview, every file atomically, nothing at all when the directory is unusable.
#include <unistd.h>
#include <CLI/CLI.hpp>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <set>
#include <utility>

#include "commands.h"
#include "progress.h"
#include "yoy/app/edition_diff.h"
#include "yoy/app/history.h"
#include "yoy/app/summary_index.h"
#include "yoy/archive/archive.h"
#include "yoy/parse/profiles.h"
#include "yoy/render/index_render.h"
#include "yoy/render/render.h"
#include "yoy/util/error.h"
#include "yoy/util/files.h"

namespace yoy::cli {

namespace {

struct SummaryArgs {
  std::string from, to, output = "summary";
};

// A report id becomes a file name in DIR: it must not be able to leave DIR
// or clash with the overview.
void check_file_stem(const std::string& id) {
  bool bad = id.empty() || id[0] == '.' || id == "index" || id.find("..") != std::string::npos;
  for (unsigned char c : id) bad |= c == '/' || c == '\\' || c < 0x20 || c == 0x7F;
  if (bad)
    throw InputError("report id '" + id +
                     "' cannot be used as a file name in the summary directory");
}

std::vector<std::string> ids_of(const Archive& archive, const EditionRef& edition) {
  std::vector<std::string> ids;
  for (const ReportEntry& entry : archive.reports(edition.series, edition.year))
    ids.push_back(entry.id);
  return ids;
}

void prepare_directory(const std::string& dir) {
  std::error_code error;
  std::filesystem::create_directories(dir, error);
  if (error) throw InputError("cannot create " + dir + ": " + error.message());
  if (!std::filesystem::is_directory(dir, error))
    throw InputError("cannot write " + dir + ": not a directory");
  if (::access(dir.c_str(), W_OK | X_OK) != 0)
    throw InputError("cannot write " + dir + ": " + std::strerror(errno));
}

// The report's tier in every edition, for the HTML tier timeline.
std::vector<TierPoint> tier_points(const Archive& archive, const std::string& series,
                                   const std::string& id) {
  std::vector<TierPoint> points;
  for (const auto& [year, tier] : rating_history(archive, series, id))
    points.push_back({year, tier, tier.empty() ? -2 : tier_rank(tier)});
  return points;
}

int run_summary(const Globals& globals, const SummaryArgs& args) {
  const Archive archive = Archive::open(archive_location(globals.archive), false);
  const EditionRef from = parse_edition_ref(args.from, archive);
  const EditionRef to = parse_edition_ref(args.to, archive);
  const ChangeSet changes = diff_editions(archive, from, to, {}, DiffOptions{});

  std::set<std::string> all_ids;
  for (const auto& id : ids_of(archive, from)) all_ids.insert(id);
  for (const auto& id : ids_of(archive, to)) all_ids.insert(id);
  const SummaryIndex index =
      build_summary_index(changes, std::vector<std::string>(all_ids.begin(), all_ids.end()));

  // Everything is rendered before anything is written.
  std::vector<std::pair<std::string, std::string>> files;  // name, content
  Progress progress(globals, "rendering");
  RenderOptions options;  // files: no colour
  int done = 0;
  for (const ReportChange& report : changes.reports) {
    progress.update(done++, static_cast<int>(changes.reports.size()));
    if (report.change == Change::unchanged) continue;
    check_file_stem(report.id);
    options.timelines.clear();
    options.timelines[report.id] = tier_points(archive, to.series, report.id);
    ChangeSet one;  // this report alone (copying `changes` whole would be quadratic)
    one.from = changes.from;
    one.to = changes.to;
    one.reversed = changes.reversed;
    one.reports = {report};
    summarize(one);
    files.emplace_back(report.id + ".md", render_markdown(one, options));
    files.emplace_back(report.id + ".html", render_html(one, options));
  }
  files.emplace_back("index.md", render_index_markdown(index));
  files.emplace_back("index.html", render_index_html(index));

  prepare_directory(args.output);
  const std::filesystem::path dir(args.output);
  for (const auto& [name, content] : files) write_file_atomic((dir / name).string(), content);
  if (!globals.quiet)
    std::cerr << "wrote " << files.size() << " files to " << args.output << ": "
              << (dir / "index.html").string() << " (" << index.changed << " changed, "
              << index.added << " added, " << index.removed << " removed, " << index.unchanged
              << " unchanged)\n";
  return 0;
}

}  // namespace

void add_summary_command(CLI::App& app, Context& context) {
  auto args = std::make_shared<SummaryArgs>();
  auto* sub = app.add_subcommand(
      "summary", "Write Markdown and HTML change summaries for two editions into a directory");
  sub->footer(
      "Writes <id>.md and <id>.html for every changed report and index.md / index.html,\n"
      "an overview with the biggest changes first.\n"
      "Example:\n  yoy summary 2024 2025 -o reports");
  sub->add_option("FROM", args->from, "Old edition: YEAR or SERIES/YEAR")->required();
  sub->add_option("TO", args->to, "New edition: YEAR or SERIES/YEAR")->required();
  sub->add_option("-o,--output", args->output, "Directory to write (created if absent)")
      ->capture_default_str();
  sub->callback([&context, args] {
    context.action = [&context, args] { return run_summary(context.globals, *args); };
  });
}

}  // namespace yoy::cli
