#include "change_view.h"

#include "choices.h"

#include <CLI/CLI.hpp>

#include "yoy/render/stat_output.h"
#include "yoy/tally/change_filter.h"
#include "yoy/tally/change_stat.h"
#include "yoy/util/error.h"

namespace yoy::cli {

void add_view_options(CLI::App& command, ViewFlags& flags) {
  command.add_flag("--stat", flags.stat,
                   "One line per report with counts (like git diff --stat); text or json");
  command
      .add_option("--only", flags.only,
                  "Show only these kinds of change (repeat or comma-separate)")
      ->delimiter(',')
      ->check(one_of("kind", {"tiers", "recommendations", "statistics", "sections"}))
      ->option_text("KIND");
  command
      .add_option("--section", flags.sections,
                  "Show only this section (heading, any case; repeatable)")
      ->option_text("NAME");
  command
      .add_option("--ignore", flags.ignore,
                  "Text matching this regular expression (POSIX ERE) never counts (repeatable)")
      ->option_text("REGEX");
}

void apply_view_options(const ViewFlags& flags, DiffOptions& options) {
  options.ignore.insert(options.ignore.end(), flags.ignore.begin(), flags.ignore.end());
}

ChangeFilter view_filter(const ViewFlags& flags, bool include_unchanged) {
  ChangeFilter filter;
  for (const std::string& kind : flags.only) filter.only.push_back(change_kind_from_name(kind));
  filter.sections = flags.sections;
  filter.include_unchanged = include_unchanged;
  return filter;
}

std::string show_stat(const ChangeStat& stat, Format format, bool color) {
  if (format == Format::json) return render_stat_json(stat);
  if (format != Format::text) throw InputError("--stat: shown as text or json only (--format)");
  return render_stat_text(stat, color);
}

std::string show_changes(ChangeSet& changes, const ViewFlags& flags, Format format,
                         const RenderOptions& options) {
  filter_changes(changes, view_filter(flags, options.include_unchanged));
  if (!flags.stat) return render(changes, format, options);
  return show_stat(change_stat(changes), format, options.color);
}

}  // namespace yoy::cli
