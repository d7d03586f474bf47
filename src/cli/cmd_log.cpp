// yoy log [SERIES/]ID [--series S] [--format text|json]
// The timeline of one report across every edition of the archive.
#include <unistd.h>
#include <CLI/CLI.hpp>

#include "choices.h"
#include "commands.h"
#include "progress.h"
#include "report_address.h"
#include "yoy/app/history.h"
#include "yoy/archive/archive.h"
#include "yoy/render/history_output.h"
#include "yoy/util/error.h"
#include "yoy/util/limits.h"

namespace yoy::cli {

namespace {

struct LogArgs {
  std::string id, series, format = "text", output;
  std::size_t max_input = limits::kMaxInputBytes;
};

int run_log(const Globals& globals, const LogArgs& args) {
  if (args.format != "text" && args.format != "json")
    throw InputError("--format: unknown log format '" + args.format + "' (known: text, json)");
  Archive archive = open_archive(globals);
  archive.limit_reads(args.max_input);
  const bool has_series = args.id.find('/') != std::string::npos;
  ReportAddress address = parse_report_address(
      !args.series.empty() && !has_series ? args.series + "/" + args.id : args.id, false, archive);
  if (address.year != 0)
    throw InputError("'" + args.id + "': yoy log takes a report without @YEAR (all editions)");
  Timeline timeline;
  {
    Progress progress(globals, "reading editions");
    timeline = report_timeline(archive, address.series, address.id, DiffOptions{},
                               [&](int done, int total) { progress.update(done, total); });
  }
  const bool color = args.output.empty() && use_color(globals, STDOUT_FILENO);
  emit(args.output, args.format == "json" ? render_timeline_json(timeline)
                                          : render_timeline_text(timeline, color));
  return 0;
}

}  // namespace

void add_log_command(CLI::App& app, Context& context) {
  auto args = std::make_shared<LogArgs>();
  auto* sub = app.add_subcommand("log", "Show the timeline of a report across editions");
  sub->footer(
      "Per edition: tier (↑ upgrade, ↓ downgrade), recommendations, how many were new,\n"
      "dropped or reworded, statistics changed and the size of the text change.\n"
      "Example:\n  yoy log north-korea --format json");
  sub->add_option("ID", args->id, "Report: [SERIES/]ID (see yoy list)")->required();
  sub->add_option("--series", args->series, "Series (default: the one that has the report)")
      ->option_text("NAME");
  sub->add_option("--format", args->format, "text or json")
      ->check(one_of("log format", {"text", "json"}));
  sub->add_option("-o,--output", args->output, "Write to FILE (atomically) instead of stdout")
      ->option_text("FILE");
  sub->add_option("--max-input", args->max_input, "Largest stored report read, in bytes")
      ->option_text("BYTES");
  sub->callback([&context, args] {
    context.action = [&context, args] { return run_log(context.globals, *args); };
  });
}

}  // namespace yoy::cli
