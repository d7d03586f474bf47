// yoy compare OLD NEW: what changed between two files, by meaning (no archive needed).
#include <CLI/CLI.hpp>

#include "change_view.h"
#include "choices.h"
#include "commands.h"
#include "output.h"
#include "terminal.h"
#include "yoy/app/compare.h"
#include "yoy/app/section_check.h"
#include "yoy/render/render.h"
#include "yoy/render/wrap.h"
#include "yoy/util/limits.h"

namespace yoy::cli {

void add_compare_command(CLI::App& app, Context& context) {
  struct Options {
    std::string old_file, new_file, profile = "auto", format = "text", output;
    bool all = false, exit_code = false;
    std::size_t max_input = limits::kMaxInputBytes;
    ViewFlags view;
  };
  auto options = std::make_shared<Options>();
  auto* sub = app.add_subcommand("compare", "Show what changed between two report files");
  sub->footer(
      "'-' reads a file from standard input.\n"
      "Examples:\n  yoy compare corpus/tip/2015/burma.txt corpus/tip/2019/burma.txt "
      "--format json\n  curl -s URL | yoy compare saved.html -");
  sub->add_option("OLD", options->old_file,
                  "The earlier edition (text, Markdown, HTML or JSON; '-': standard input)")
      ->required();
  sub->add_option("NEW", options->new_file, "The later edition")->required();
  sub->add_option("--profile", options->profile, "tip, factbook, generic or auto")
      ->check(one_of("profile", {"auto", "tip", "factbook", "generic"}));
  sub->add_option("--format", options->format, "text, md, html or json")
      ->check(one_of("compare format", {"text", "md", "markdown", "html", "json"}));
  sub->add_flag("--all", options->all, "Also show what did not change");
  sub->add_flag("--exit-code", options->exit_code, "Exit 1 when there are differences");
  sub->add_option("-o,--output", options->output, "Write to FILE instead of stdout")
      ->option_text("FILE");
  sub->add_option("--max-input", options->max_input, "Largest input accepted, in bytes")
      ->option_text("BYTES");
  add_view_options(*sub, options->view);
  sub->callback([&context, options] {
    context.action = [&context, options] {
      Format format = format_from_name(options->format);
      const Profile profile = profile_from_name(options->profile);
      DiffOptions diff_options;
      diff_options.include_unchanged = options->all;
      apply_view_options(options->view, diff_options);
      Comparison comparison = compare_files(options->old_file, options->new_file, profile,
                                            options->max_input, diff_options);
      require_sections(options->view.sections, comparison.headings,
                       options->old_file + " or " + options->new_file);

      RenderOptions render_options;
      render_options.include_unchanged = options->all;
      render_options.color = options->output.empty() && use_color(context.globals, 1);
      std::string text = show_changes(comparison.changes, options->view, format, render_options);
      if (format == Format::text && !options->view.stat && options->output.empty())
        text = wrap_text(text, terminal_width());
      emit(options->output, text);
      return options->exit_code && has_changes(comparison.changes) ? 1 : 0;
    };
  });
}

}  // namespace yoy::cli
