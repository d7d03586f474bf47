// yoy summary FROM TO [-o DIR]
// Writes <id>.md and <id>.html per changed report and an index.md / index.html
// overview, every file atomically, nothing at all when the directory is unusable.
#include <CLI/CLI.hpp>
#include <filesystem>
#include <iostream>

#include "choices.h"
#include "commands.h"
#include "edition_range.h"
#include "progress.h"
#include "yoy/app/edition_diff.h"
#include "yoy/archive/archive.h"
#include "yoy/publish/summary.h"
#include "yoy/render/archive_output.h"
#include "yoy/util/error.h"
#include "yoy/util/limits.h"

namespace yoy::cli {

namespace {

struct SummaryArgs {
  std::string from, to, output = "summary", format = "text";
  std::size_t max_input = limits::kMaxInputBytes;
};

int run_summary(const Globals& globals, const SummaryArgs& args) {
  const EditionPair pair = edition_pair(args.from, args.to);
  Archive archive = open_archive(globals);
  archive.limit_reads(args.max_input);
  const EditionRef from = parse_edition_ref(pair.from, archive);
  const EditionRef to = parse_edition_ref(pair.to, archive);
  Progress progress(globals, "rendering");
  const SummaryPages pages = build_summary(
      archive, from, to, [&progress](int done, int total) { progress.update(done, total); });
  progress.finish();
  write_summary(args.output, pages);
  const SummaryIndex& index = pages.index;
  if (args.format == "json") {
    std::vector<std::string> files;
    for (const SummaryFile& file : pages.files) files.push_back(file.name);
    emit("", render_summary_written_json(args.output, files, index));
  } else if (!globals.quiet) {
    std::cerr << "wrote " << pages.files.size() << " files to " << args.output << ": "
              << (std::filesystem::path(args.output) / "index.html").string() << " ("
              << index.changed << " changed, " << index.added << " added, " << index.removed
              << " removed, " << index.unchanged << " unchanged)\n";
  }
  return 0;
}

}  // namespace

void add_summary_command(CLI::App& app, Context& context) {
  auto args = std::make_shared<SummaryArgs>();
  auto* sub = app.add_subcommand(
      "summary", "Write Markdown and HTML change summaries for two editions into a directory");
  sub->footer(
      "Writes <id>.md and <id>.html for every changed report and index.md / index.html,\n"
      "an overview with the biggest changes first. FROM..TO may be given as one argument;\n"
      "--format json prints what was written (yoy.summary/1) on stdout.\n"
      "Example:\n  yoy summary 2024 2025 -o reports");
  sub->add_option("FROM", args->from, "Old edition: YEAR or SERIES/YEAR (or FROM..TO)")->required();
  sub->add_option("TO", args->to, "New edition: YEAR or SERIES/YEAR");
  sub->add_option("-o,--output", args->output, "Directory to write (created if absent)")
      ->capture_default_str()
      ->option_text("DIR");
  sub->add_option("--format", args->format, "text (a line on stderr) or json (on stdout)")
      ->check(one_of("summary format", {"text", "json"}));
  sub->add_option("--max-input", args->max_input, "Largest stored report read, in bytes")
      ->option_text("BYTES");
  sub->callback([&context, args] {
    context.action = [&context, args] { return run_summary(context.globals, *args); };
  });
}

}  // namespace yoy::cli
