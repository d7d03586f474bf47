// yoy stats [SERIES/]ID [--changed] [--format text|csv|json|md|html] [-o FILE]
// Each statistic of one report followed through every edition.
#include <CLI/CLI.hpp>

#include "commands.h"
#include "progress.h"
#include "report_address.h"
#include "yoy/app/statistics_history.h"
#include "yoy/archive/archive.h"
#include "yoy/render/stats_output.h"
#include "yoy/util/error.h"

namespace yoy::cli {

namespace {

struct StatsArgs {
  std::string id, format = "text", output;
  bool changed = false;
};

int run_stats(const Globals& globals, const StatsArgs& args) {
  const TableFormat format = table_format_from_name(args.format);
  const Archive archive = open_archive(globals);
  const ReportAddress address = parse_report_address(args.id, false, archive);
  if (address.year != 0)
    throw InputError("'" + args.id + "': yoy stats takes a report without @YEAR (all editions)");
  StatisticsHistory history;
  {
    Progress progress(globals, "reading editions");
    history = report_statistics(
        archive, address.series, address.id,
        [&](int done, int total) { progress.update(done, total); }, args.changed);
  }
  emit(args.output, render_stats(history, format));
  return 0;
}

}  // namespace

void add_stats_command(CLI::App& app, Context& context) {
  auto args = std::make_shared<StatsArgs>();
  auto* sub = app.add_subcommand("stats", "Follow each statistic of a report through the years");
  sub->footer(
      "One row per statistic, its value in every edition: a figure is followed from one\n"
      "edition to the next through the same sentence or field, reworded or not.\n"
      "HTML draws each as a small line chart.\n"
      "Example:\n  yoy stats north-korea --changed --format html -o stats.html");
  sub->add_option("ID", args->id, "Report: [SERIES/]ID (see yoy list)")->required();
  sub->add_flag("--changed", args->changed, "Only statistics whose value changed at least once");
  sub->add_option("--format", args->format, "text, csv, json, md or html");
  sub->add_option("-o,--output", args->output, "Write to FILE (atomically) instead of stdout");
  sub->callback([&context, args] {
    context.action = [&context, args] { return run_stats(context.globals, *args); };
  });
}

}  // namespace yoy::cli
