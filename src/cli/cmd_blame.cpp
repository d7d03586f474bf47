// yoy blame [SERIES/]ID@YEAR [--format text|json]
// Each recommendation and sentence of an edition with the year it first appeared.
#include <unistd.h>
#include <CLI/CLI.hpp>

#include "choices.h"
#include "commands.h"
#include "progress.h"
#include "report_address.h"
#include "terminal.h"
#include "yoy/app/history.h"
#include "yoy/archive/archive.h"
#include "yoy/render/history_output.h"
#include "yoy/render/wrap.h"
#include "yoy/util/error.h"
#include "yoy/util/limits.h"

namespace yoy::cli {

namespace {

struct BlameArgs {
  std::string target, format = "text", output;
  std::size_t max_input = limits::kMaxInputBytes;
};

int run_blame(const Globals& globals, const BlameArgs& args) {
  if (args.format != "text" && args.format != "json")
    throw InputError("--format: unknown blame format '" + args.format + "' (known: text, json)");
  Archive archive = open_archive(globals);
  archive.limit_reads(args.max_input);
  const ReportAddress address = parse_report_address(args.target, true, archive);
  Blame blame;
  {
    Progress progress(globals, "reading editions");
    blame = report_blame(archive, address.series, address.year, address.id, DiffOptions{},
                         [&](int done, int total) { progress.update(done, total); });
  }
  const bool color = args.output.empty() && use_color(globals, STDOUT_FILENO);
  if (args.format == "json") {
    emit(args.output, render_blame_json(blame));
    return 0;
  }
  std::string text = render_blame_text(blame, color);
  if (args.output.empty()) {
    // A long sentence continues under the text column, not under the years:
    // render_blame_text's rows put it at column 26 (year 4, editions 8,
    // reworded 8, two spaces after each; the header's "text" stands one further).
    constexpr std::size_t column = 26;
    text = wrap_text(text, terminal_width(), column);
  }
  emit(args.output, text);
  return 0;
}

}  // namespace

void add_blame_command(CLI::App& app, Context& context) {
  auto args = std::make_shared<BlameArgs>();
  auto* sub = app.add_subcommand(
      "blame", "Show when each recommendation and sentence of an edition first appeared");
  sub->footer(
      "Rewordings are followed: a reworded recommendation keeps the year it first appeared,\n"
      "and the year it was last reworded is shown.\n"
      "Example:\n  yoy blame north-korea@2025");
  sub->add_option("ID@YEAR", args->target, "Report and edition: [SERIES/]ID@YEAR")->required();
  sub->add_option("--format", args->format, "text or json")
      ->check(one_of("blame format", {"text", "json"}));
  sub->add_option("-o,--output", args->output, "Write to FILE (atomically) instead of stdout")
      ->option_text("FILE");
  sub->add_option("--max-input", args->max_input, "Largest stored report read, in bytes")
      ->option_text("BYTES");
  sub->callback([&context, args] {
    context.action = [&context, args] { return run_blame(context.globals, *args); };
  });
}

}  // namespace yoy::cli
