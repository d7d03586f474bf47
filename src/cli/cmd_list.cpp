// yoy list: the series in the archive, their edition years and report counts.
#include <CLI/CLI.hpp>
#include <string>

#include "choices.h"
#include "commands.h"
#include "yoy/archive/archive.h"
#include "yoy/render/archive_output.h"

namespace yoy::cli {

void add_list_command(CLI::App& app, Context& context) {
  auto format = std::make_shared<std::string>("text");
  auto* sub = app.add_subcommand("list", "Show the series, edition years and report counts");
  sub->footer("Example:\n  yoy list\n  tip  2024  1 report\n  tip  2025  1 report");
  sub->add_option("--format", *format, "text or json")
      ->check(one_of("list format", {"text", "json"}));
  sub->callback([&context, format] {
    context.action = [&context, format] {
      Archive archive = open_archive(context.globals);
      const std::vector<SeriesInfo> series = archive.series();
      emit("", *format == "json" ? render_list_json(series) : render_list_text(series));
      return 0;
    };
  });
}

}  // namespace yoy::cli
