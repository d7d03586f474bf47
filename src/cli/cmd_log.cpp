// yoy log ID: the editions a report appears in, with its rating and how many
// recommendations it makes each year.
#include <CLI/CLI.hpp>
#include <string>

#include "commands.h"
#include "report_address.h"
#include "yoy/archive.h"
#include "yoy/error.h"

namespace yoy::cli {

namespace {

std::size_t recommendation_count(const Document& document) {
  std::size_t count = 0;
  for (const Section& section : document.sections) {
    if (section.is_list) count += section.blocks.size();
  }
  return count;
}

}  // namespace

void add_log_command(CLI::App& app, Context& context) {
  auto report = std::make_shared<std::string>();
  auto* sub = app.add_subcommand("log", "Show the years a report appears, with its rating");
  sub->footer("Example:\n  yoy log north-korea\n  yoy log tip/north-korea");
  sub->add_option("ID", *report, "Report id, or SERIES/ID")->required();
  sub->callback([&context, report] {
    context.action = [&context, report] {
      Archive archive = Archive::open(archive_location(context.globals.archive), false);
      ReportAddress address = parse_report_address(*report, false, archive);
      if (address.year != 0)
        throw InputError("'" + *report + "': yoy log takes an ID without @YEAR");
      std::string out;
      for (int year : archive.years(address.series)) {
        if (!archive.find(address.series, year, address.id)) continue;
        Document document = archive.document(address.series, year, address.id);
        std::size_t recommendations = recommendation_count(document);
        out += std::to_string(year) + "  " +
               (document.rating.present() ? document.rating.value : std::string("(no rating)")) +
               "  " + std::to_string(recommendations) +
               (recommendations == 1 ? " recommendation\n" : " recommendations\n");
      }
      if (out.empty()) {
        throw InputError("no report '" + address.id + "' in series " + address.series + " of " +
                         archive.path());
      }
      emit("", out);
      return 0;
    };
  });
}

}  // namespace yoy::cli
