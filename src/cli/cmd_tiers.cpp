// yoy tiers [SERIES] [--since Y] [--until Y] [--sort name|change] [--all] [--format F] [-o FILE]
// Every report of a series × every edition year: its rating in each.
#include <unistd.h>

#include <CLI/CLI.hpp>

#include "commands.h"
#include "terminal.h"
#include "yoy/app/tier_table.h"
#include "yoy/archive/archive.h"
#include "yoy/render/tier_output.h"
#include "yoy/util/error.h"

namespace yoy::cli {

namespace {

struct TiersArgs {
  std::string series, format = "text", sort = "name", output;
  int since = 0, until = 0;
  bool all = false;
};

int run_tiers(const Globals& globals, const TiersArgs& args) {
  const TableFormat format = table_format_from_name(args.format);
  if (args.sort != "name" && args.sort != "change")
    throw InputError("--sort: unknown order '" + args.sort + "' (known: name, change)");
  if (args.since && args.until && args.since > args.until)
    throw InputError("--since " + std::to_string(args.since) + " is after --until " +
                     std::to_string(args.until));
  const Archive archive = open_archive(globals);
  TierTableOptions options;
  options.since = args.since;
  options.until = args.until;
  options.include_unrated = args.all;
  options.sort = args.sort == "change" ? TierSort::change : TierSort::country;
  const std::string series = args.series.empty() ? archive.default_series() : args.series;
  const TierTable table = build_tier_table(archive, series, options);
  const bool color = args.output.empty() && use_color(globals, STDOUT_FILENO);
  emit(args.output, render_tiers(table, format, color, args.output.empty() ? terminal_width() : 0));
  return 0;
}

}  // namespace

void add_tiers_command(CLI::App& app, Context& context) {
  auto args = std::make_shared<TiersArgs>();
  auto* sub = app.add_subcommand("tiers", "Show every report's rating in every edition");
  sub->footer(
      "One row per report, one column per edition year (years with no edition are\n"
      "shown as gaps), ↑/↓ against the edition before. Reports never rated are left\n"
      "out unless --all. HTML is a heat map that sorts and filters in the browser.\n"
      "Example:\n  yoy tiers --since 2020 --sort change --format html -o tiers.html");
  sub->add_option("SERIES", args->series, "Series (default: the archive's only series)");
  sub->add_option("--since", args->since, "First edition year to show")->option_text("YEAR");
  sub->add_option("--until", args->until, "Last edition year to show")->option_text("YEAR");
  sub->add_option("--sort", args->sort, "name (default) or change (latest rating move first)");
  sub->add_flag("--all", args->all, "Also list reports that were never rated");
  sub->add_option("--format", args->format, "text, csv, json, md or html");
  sub->add_option("-o,--output", args->output, "Write to FILE (atomically) instead of stdout");
  sub->callback([&context, args] {
    context.action = [&context, args] { return run_tiers(context.globals, *args); };
  });
}

}  // namespace yoy::cli
