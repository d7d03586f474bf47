// yoy cat ID@YEAR: the bytes of a report as stored in the archive.
#include <CLI/CLI.hpp>
#include <cstdint>
#include <optional>
#include <string>

#include "commands.h"
#include "output.h"
#include "report_address.h"
#include "yoy/archive/archive.h"
#include "yoy/model/report_path.h"
#include "yoy/util/error.h"
#include "yoy/util/limits.h"

namespace yoy::cli {

void add_cat_command(CLI::App& app, Context& context) {
  auto report = std::make_shared<std::string>();
  auto max_input = std::make_shared<std::size_t>(limits::kMaxInputBytes);
  auto* sub = app.add_subcommand("cat", "Print a report as stored in an edition");
  sub->footer("Example:\n  yoy cat north-korea@2025\n  yoy cat tip/north-korea@2024");
  sub->add_option("ID@YEAR", *report, "Report and edition: [SERIES/]ID@YEAR")->required();
  sub->add_option("--max-input", *max_input, "Largest stored report printed, in bytes")
      ->option_text("BYTES");
  sub->callback([&context, report, max_input] {
    context.action = [&context, report, max_input] {
      Archive archive = open_archive(context.globals);
      // Refused from the object's header, before it is inflated, as every
      // reader of stored reports does: a 3.5 GB object in a 4 MB archive
      // would otherwise be read whole.
      archive.limit_reads(*max_input);
      ReportAddress address = parse_report_address(*report, true, archive);
      std::optional<ReportEntry> entry = archive.find(address.series, address.year, address.id);
      if (!entry) {
        throw InputError("no report '" + address.id + "' in " + address.series + " " +
                         std::to_string(address.year) + " of " + archive.path());
      }
      emit("", archive.read_blob(entry->blob_id,
                                 archive_path(address.series, address.year, entry->path)));
      return 0;
    };
  });
}

}  // namespace yoy::cli
