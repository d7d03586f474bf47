// yoy rm [SERIES/]ID@YEAR | [SERIES/]YEAR: a wrongly ingested report or edition out
// of the history (later editions rebuilt; the old head stays under refs/yoy/replaced/).
#include <CLI/CLI.hpp>

#include "commands.h"
#include "report_address.h"
#include "yoy/app/edition_diff.h"
#include "yoy/archive/archive.h"
#include "yoy/render/transfer_output.h"

namespace yoy::cli {

void add_rm_command(CLI::App& app, Context& context) {
  auto target = std::make_shared<std::string>();
  auto* sub = app.add_subcommand("rm", "Remove a report from an edition, or a whole edition");
  sub->footer(
      "Later editions are rebuilt on top (as a back-filled year is); the old head stays\n"
      "reachable under refs/yoy/replaced/, so nothing is lost.\n"
      "Examples:\n  yoy rm north-korea@2024\n  yoy rm tip/2019");
  sub->add_option("TARGET", *target, "[SERIES/]ID@YEAR (one report) or [SERIES/]YEAR (an edition)")
      ->required();
  sub->callback([&context, target] {
    context.action = [&context, target] {
      Archive archive = Archive::open(archive_location(context.globals.archive), false);
      RemoveResult result;
      if (target->find('@') != std::string::npos) {
        const ReportAddress address = parse_report_address(*target, true, archive);
        result = archive.remove(address.series, address.year, address.id);
      } else {
        const EditionRef edition = parse_edition_ref(*target, archive);
        result = archive.remove(edition.series, edition.year, "");
      }
      emit("", render_remove_text(result));
      return 0;
    };
  });
}

}  // namespace yoy::cli
