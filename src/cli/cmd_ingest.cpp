// yoy ingest PATH...: report files or corpus directories into the archive.
#include <sys/stat.h>

#include <CLI/CLI.hpp>
#include <iostream>

#include "commands.h"
#include "progress.h"
#include "yoy/app/ingest_plan.h"
#include "yoy/archive/archive.h"

namespace yoy::cli {

void add_ingest_command(CLI::App& app, Context& context) {
  auto options = std::make_shared<IngestRequest>();
  auto* sub = app.add_subcommand(
      "ingest", "Add editions (report files or corpus directories) to the archive");
  sub->footer(
      "Examples:\n"
      "  yoy ingest corpus/                      # every <series>/<year>/<id>.<ext> in it\n"
      "  yoy ingest report.txt --series tip --year 2025 --id north-korea\n"
      "  yoy ingest 2025-TIP-Report.pdf --series tip --year 2025   # its country narratives");
  sub->add_option("PATH", options->paths, "Report files, report PDFs or corpus directories")
      ->required();
  sub->add_option("--series", options->series,
                  "Series (default: from the directory or the report)");
  sub->add_option("--year", options->year, "Edition year of a file (default: from its title)");
  sub->add_option("--id", options->id, "Report id of a file (default: the file name's stem)");
  auto* max_input =
      sub->add_option("--max-input", options->max_input, "Largest report accepted, in bytes");
  sub->callback([&context, options, max_input] {
    if (max_input->count() > 0) options->max_pdf = options->max_input;
    context.action = [&context, options] {
      // Everything is read and checked before the archive is touched.
      std::vector<Edition> editions;
      {
        Progress progress(context.globals, "reading pages");
        options->pdf_progress = [&progress](int done, int total) { progress.update(done, total); };
        editions = plan_ingest(*options);
        options->pdf_progress = nullptr;
      }
      const std::string location = archive_location(context.globals.archive);
      struct stat st {};
      const bool existed = ::stat(location.c_str(), &st) == 0;
      Archive archive = Archive::open(location, true);
      if (!existed && !context.globals.quiet)
        std::cerr << "yoy: created archive " << location << "\n";
      for (const Edition& edition : editions) {
        IngestResult result = archive.ingest(edition);
        std::cout << result.series << " " << result.year << ": " << result.added << " added, "
                  << result.changed << " changed, " << result.unchanged << " unchanged"
                  << (result.committed ? "" : " (no new commit)");
        if (result.previous_year) {
          const EditionDelta& d = result.since_previous;
          std::cout << "; against " << result.previous_year << ": " << d.added << " new, "
                    << d.changed << " changed, " << d.removed << " gone, " << d.unchanged
                    << " same";
        }
        std::cout << "\n";
      }
      std::cout.flush();
      return 0;
    };
  });
}

}  // namespace yoy::cli
