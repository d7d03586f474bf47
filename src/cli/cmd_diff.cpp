// yoy diff FROM TO [ID...]: what changed between two editions in the archive.
#include <CLI/CLI.hpp>

#include "change_view.h"
#include "choices.h"
#include "commands.h"
#include "edition_range.h"
#include "yoy/app/edition_diff.h"
#include "yoy/archive/archive.h"
#include "yoy/render/json_sink.h"
#include "yoy/render/render.h"
#include "yoy/tally/report_sink.h"
#include "yoy/util/limits.h"

namespace yoy::cli {

void add_diff_command(CLI::App& app, Context& context) {
  struct Options {
    std::string from, to, format = "text", output;
    std::vector<std::string> ids;
    bool all = false, exit_code = false;
    std::size_t max_input = limits::kMaxInputBytes;
    ViewFlags view;
  };
  auto options = std::make_shared<Options>();
  auto* sub = app.add_subcommand("diff", "Show what changed between two editions in the archive");
  sub->footer(
      "FROM..TO may be given as one argument. Exit status 1 with --exit-code when\n"
      "the editions differ (after --only, --section and --ignore).\n"
      "Examples:\n  yoy diff 2024 2025\n  yoy diff 2024..2025 north-korea --stat\n"
      "  yoy diff tip/2024 tip/2025 --only tiers,recommendations --format json\n"
      "  yoy diff 2024 2025 --section prosecution --ignore 'Last updated [A-Za-z]+ [0-9]+'");
  sub->add_option("FROM", options->from, "Old edition: YEAR or SERIES/YEAR (or FROM..TO)")
      ->required();
  sub->add_option("TO", options->to, "New edition: YEAR or SERIES/YEAR");
  sub->add_option("ID", options->ids,
                  "Only these reports (default: every report of either edition)");
  sub->add_option("--format", options->format, "text, md, html or json")
      ->check(one_of("diff format", {"text", "md", "markdown", "html", "json"}));
  sub->add_flag("--all", options->all, "Also show what did not change");
  sub->add_flag("--exit-code", options->exit_code, "Exit 1 when there are differences");
  sub->add_option("-o,--output", options->output, "Write to FILE instead of stdout")
      ->option_text("FILE");
  add_view_options(*sub, options->view);
  sub->add_option("--max-input", options->max_input, "Largest stored report read, in bytes")
      ->option_text("BYTES");
  sub->callback([&context, options] {
    context.action = [&context, options] {
      Format format = format_from_name(options->format);
      std::vector<std::string> ids = options->ids;
      const EditionPair pair = edition_pair(options->from, options->to, &ids);
      Archive archive = open_archive(context.globals);
      archive.limit_reads(options->max_input);
      EditionRef from = parse_edition_ref(pair.from, archive);
      EditionRef to = parse_edition_ref(pair.to, archive);
      DiffOptions diff_options;
      diff_options.include_unchanged = options->all;
      apply_view_options(options->view, diff_options);
      // Each report goes through the filter to its sink as it is diffed.
      const ChangeFilter filter = view_filter(options->view, options->all);
      const bool color = options->output.empty() && use_color(context.globals, 1);
      if (options->view.stat) {
        StatSink stat;
        FilterSink shown(filter, stat);
        diff_editions(archive, from, to, ids, diff_options, shown);
        emit(options->output, show_stat(stat.stat(), format, color));
        return options->exit_code && stat.differs() ? 1 : 0;
      }
      if (format == Format::json) {  // rendered on the workers: no whole ChangeSet is held
        JsonSink json;
        FilterSink shown(filter, json);
        diff_editions(archive, from, to, ids, diff_options, shown);
        emit(options->output, json.json());
        return options->exit_code && json.differs() ? 1 : 0;
      }
      ChangeSetSink collected;
      FilterSink shown(filter, collected);
      diff_editions(archive, from, to, ids, diff_options, shown);
      RenderOptions render_options;
      render_options.include_unchanged = options->all;
      render_options.color = color;
      emit(options->output, render(collected.changes(), format, render_options));
      return options->exit_code && has_changes(collected.changes()) ? 1 : 0;
    };
  });
}

}  // namespace yoy::cli
