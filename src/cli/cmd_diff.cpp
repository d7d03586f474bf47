// yoy diff FROM TO [ID...]: what changed between two editions in the archive.
#include <CLI/CLI.hpp>

#include "commands.h"
#include "yoy/app/edition_diff.h"
#include "yoy/archive/archive.h"
#include "yoy/render/render.h"

namespace yoy::cli {

void add_diff_command(CLI::App& app, Context& context) {
  struct Options {
    std::string from, to, format = "text", output;
    std::vector<std::string> ids;
    bool all = false, exit_code = false;
  };
  auto options = std::make_shared<Options>();
  auto* sub = app.add_subcommand("diff", "Show what changed between two editions in the archive");
  sub->footer(
      "Examples:\n  yoy diff 2024 2025\n  yoy diff tip/2024 tip/2025 north-korea --format json");
  sub->add_option("FROM", options->from, "Edition: YEAR or SERIES/YEAR")->required();
  sub->add_option("TO", options->to, "Edition: YEAR or SERIES/YEAR")->required();
  sub->add_option("ID", options->ids,
                  "Only these reports (default: every report of either edition)");
  sub->add_option("--format", options->format, "text, md, html or json")
      ->check(CLI::IsMember({"text", "md", "markdown", "html", "json"}));
  sub->add_flag("--all", options->all, "Also show what did not change");
  sub->add_flag("--exit-code", options->exit_code, "Exit 1 when there are differences");
  sub->add_option("-o,--output", options->output, "Write to FILE instead of stdout");
  sub->callback([&context, options] {
    context.action = [&context, options] {
      Format format = format_from_name(options->format);
      Archive archive = open_archive(context.globals);
      EditionRef from = parse_edition_ref(options->from, archive);
      EditionRef to = parse_edition_ref(options->to, archive);
      DiffOptions diff_options;
      diff_options.include_unchanged = options->all;
      ChangeSet changes = diff_editions(archive, from, to, options->ids, diff_options);
      RenderOptions render_options;
      render_options.include_unchanged = options->all;
      render_options.color = options->output.empty() && use_color(context.globals, 1);
      emit(options->output, render(changes, format, render_options));
      bool differs = false;
      for (const ReportChange& r : changes.reports)
        differs = differs || r.change != Change::unchanged;
      return options->exit_code && differs ? 1 : 0;
    };
  });
}

}  // namespace yoy::cli
