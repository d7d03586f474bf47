// yoy ingest PATH...: report files or corpus directories into the archive.
#include <sys/stat.h>

#include <CLI/CLI.hpp>
#include <iostream>

#include "choices.h"
#include "commands.h"
#include "progress.h"
#include "yoy/app/ingest_plan.h"
#include "yoy/archive/archive.h"
#include "yoy/render/archive_output.h"
#include "yoy/util/printable.h"

namespace yoy::cli {

void add_ingest_command(CLI::App& app, Context& context) {
  auto options = std::make_shared<IngestRequest>();
  auto format = std::make_shared<std::string>("text");
  auto* sub = app.add_subcommand(
      "ingest", "Add editions (report files or corpus directories) to the archive");
  sub->footer(
      "'-' reads one report from standard input (give --id, and --year unless the title says it).\n"
      "Examples:\n"
      "  yoy ingest corpus/                      # every <series>/<year>/<id>.<ext> in it\n"
      "  yoy ingest report.txt --series tip --year 2025 --id north-korea\n"
      "  curl -s URL | yoy ingest - --series tip --year 2025 --id burma\n"
      "  yoy ingest 2025-TIP-Report.pdf --series tip --year 2025   # its country narratives");
  sub->add_option("PATH", options->paths,
                  "Report files, report PDFs or corpus directories ('-': standard input)")
      ->required();
  sub->add_option("--series", options->series, "Series (default: from the directory or the report)")
      ->option_text("NAME");
  sub->add_option("--year", options->year, "Edition year of a file (default: from its title)")
      ->option_text("YEAR");
  sub->add_option("--id", options->id, "Report id of a file (default: the file name's stem)")
      ->option_text("ID");
  auto* max_input =
      sub->add_option("--max-input", options->max_input, "Largest report accepted, in bytes")
          ->option_text("BYTES");
  sub->add_option("--format", *format, "text or json")
      ->check(one_of("ingest format", {"text", "json"}));
  sub->callback([&context, options, format, max_input] {
    if (max_input->count() > 0) options->max_pdf = options->max_input;
    context.action = [&context, options, format] {
      // Everything is read and checked before the archive is touched.
      std::vector<Edition> editions;
      {
        Progress progress(context.globals, "reading pages");
        options->pdf_progress = [&progress](int done, int total) { progress.update(done, total); };
        options->skipped = [&context](const std::string& entry) {
          if (!context.globals.quiet) std::cerr << "yoy: skipped " << printable(entry) << "\n";
        };
        editions = plan_ingest(*options);
        options->pdf_progress = nullptr;
        options->skipped = nullptr;
      }
      const std::string location = archive_location(context.globals.archive);
      struct stat st {};
      const bool existed = ::stat(location.c_str(), &st) == 0;
      Archive archive = Archive::open(location, true);
      if (!existed && !context.globals.quiet)
        std::cerr << "yoy: created archive " << location << "\n";
      std::vector<IngestResult> results;
      for (const Edition& edition : editions) {
        results.push_back(archive.ingest(edition));
        // Text says each edition as it is stored (what was done survives a later failure).
        if (*format == "text") write_stdout(render_ingest_text({results.back()}));
      }
      if (*format == "json") emit("", render_ingest_json(results));
      return 0;
    };
  });
}

}  // namespace yoy::cli
