// yoy cat ID@YEAR: the bytes of a report as stored in the archive.
#include <CLI/CLI.hpp>
#include <cstdint>
#include <optional>
#include <string>

#include "commands.h"
#include "output.h"
#include "report_address.h"
#include "yoy/archive/archive.h"
#include "yoy/util/error.h"

namespace yoy::cli {

void add_cat_command(CLI::App& app, Context& context) {
  auto report = std::make_shared<std::string>();
  auto* sub = app.add_subcommand("cat", "Print a report as stored in an edition");
  sub->footer("Example:\n  yoy cat north-korea@2025\n  yoy cat tip/north-korea@2024");
  sub->add_option("ID@YEAR", *report, "Report and edition: [SERIES/]ID@YEAR")->required();
  sub->callback([&context, report] {
    context.action = [&context, report] {
      Archive archive = open_archive(context.globals);
      archive.limit_reads(SIZE_MAX);  // the stored bytes, whatever their size (git cat-file)
      ReportAddress address = parse_report_address(*report, true, archive);
      std::optional<ReportEntry> entry = archive.find(address.series, address.year, address.id);
      if (!entry) {
        throw InputError("no report '" + address.id + "' in " + address.series + " " +
                         std::to_string(address.year) + " of " + archive.path());
      }
      emit("", archive.read_blob(entry->blob_id));
      return 0;
    };
  });
}

}  // namespace yoy::cli
