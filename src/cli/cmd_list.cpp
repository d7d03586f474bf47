// yoy list: the series in the archive, their edition years and report counts.
#include <CLI/CLI.hpp>
#include <string>

#include "commands.h"
#include "output.h"
#include "yoy/archive/archive.h"
#include "yoy/util/printable.h"

namespace yoy::cli {

void add_list_command(CLI::App& app, Context& context) {
  auto* sub = app.add_subcommand("list", "Show the series, edition years and report counts");
  sub->footer("Example:\n  yoy list\n  tip  2024  1 report\n  tip  2025  1 report");
  sub->callback([&context] {
    context.action = [&context] {
      Archive archive = Archive::open(archive_location(context.globals.archive), false);
      std::string out;
      for (const SeriesInfo& series : archive.series()) {
        for (const auto& [year, count] : series.reports_per_year) {
          out += printable(series.name) + "  " + std::to_string(year) + "  " +
                 std::to_string(count) + (count == 1 ? " report\n" : " reports\n");
        }
      }
      emit("", out);
      return 0;
    };
  });
}

}  // namespace yoy::cli
