// yoy ingest PATH...: report files or corpus directories into the archive.
#include <sys/stat.h>

#include <CLI/CLI.hpp>
#include <fstream>
#include <iostream>
#include <map>
#include <stdexcept>

#include "commands.h"
#include "progress.h"
#include "yoy/app/pdf_split.h"
#include "yoy/archive.h"
#include "yoy/corpus_scan.h"
#include "yoy/edition_check.h"
#include "yoy/error.h"
#include "yoy/parse.h"

namespace yoy::cli {

namespace {

struct IngestOptions {
  std::vector<std::string> paths;
  std::string series, id;
  int year = 0;
  std::size_t max_input = kDefaultMaxReportBytes;
  bool max_input_given = false;
};

bool pdf_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  char head[5] = {};
  return in.read(head, 5) && is_pdf(std::string_view(head, 5));
}

// A report PDF: its narratives, as the edition of --year.
Edition pdf_edition(const IngestOptions& options, const Globals& globals, const std::string& path) {
  if (options.year == 0)
    throw InputError(path + ": a PDF does not say its edition year reliably; pass --year");
  if (!options.id.empty())
    throw InputError(path + ": --id names one report, but a report PDF holds many narratives");
  SplitReport report;
  {
    Progress progress(globals, "reading " + path);
    PdfOptions pdf;
    pdf.progress = [&progress](int done, int total) { progress.update(done, total); };
    report = split_pdf(path, options.year,
                       options.max_input_given ? options.max_input : kDefaultMaxPdfBytes, pdf);
  }
  if (!globals.quiet) {
    std::cerr << "yoy: " << path << ": " << report.narratives.size() << " narratives in "
              << report.pages << " pages\n";
  }
  Edition edition =
      split_edition(report, options.series.empty() ? "tip" : options.series, options.year);
  edition.max_file_bytes = options.max_input;
  return edition;
}

// Series and year of a lone file: flags first, else what the document says.
void place_file(const IngestOptions& options, const std::string& path, const std::string& bytes,
                std::string& series, int& year) {
  series = options.series;
  year = options.year;
  if (!series.empty() && year != 0) return;
  Document document;
  try {
    ParseOptions parse_options;
    parse_options.source_path = path;
    parse_options.max_input = options.max_input;
    document = parse_document(bytes, parse_options);
  } catch (const std::logic_error&) {
    // The parser is not available: the flags must say it.
  }
  if (year == 0) year = document.year;
  if (year == 0)
    throw InputError(path + ": cannot tell the edition year from its title; pass --year");
  if (series.empty()) series = !document.series.empty() ? document.series : document.profile;
  if (series.empty() || series == "generic") {
    throw InputError(path + ": cannot tell the report series from its content; pass --series");
  }
}

// Reads and validates every input, grouped into one edition per (series, year).
std::vector<Edition> collect_editions(const IngestOptions& options, const Globals& globals) {
  if (options.year != 0) check_year(options.year, "--year");
  if (!options.series.empty()) check_name("series", options.series, "--series");
  std::map<std::pair<std::string, int>, Edition> editions;
  auto add = [&](Edition edition) {
    Edition& slot = editions[{edition.series, edition.year}];
    if (!edition.note.empty()) slot.note += edition.note;
    slot.series = edition.series;
    slot.year = edition.year;
    slot.max_file_bytes = options.max_input;
    for (EditionFile& file : edition.files) slot.files.push_back(std::move(file));
  };
  std::size_t file_count = 0;
  for (const std::string& path : options.paths) {
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
      if (options.year != 0 || !options.id.empty()) {
        throw InputError(path + ": --year and --id apply to single files, not directories");
      }
      for (Edition& edition : scan_corpus(path, options.series, options.max_input))
        add(std::move(edition));
      continue;
    }
    if (pdf_file(path)) {
      add(pdf_edition(options, globals, path));
      continue;
    }
    if (!options.id.empty() && ++file_count > 1) {
      throw InputError(path + ": --id names one report, but several files were given");
    }
    Edition edition;
    edition.files.push_back(read_report_file(path, options.id, options.max_input));
    place_file(options, path, edition.files.front().bytes, edition.series, edition.year);
    add(std::move(edition));
  }
  std::vector<Edition> out;
  for (auto& [key, edition] : editions) {
    check_edition(edition);
    out.push_back(std::move(edition));
  }
  return out;
}

}  // namespace

void add_ingest_command(CLI::App& app, Context& context) {
  auto options = std::make_shared<IngestOptions>();
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
    options->max_input_given = max_input->count() > 0;
    context.action = [&context, options] {
      // Everything is read and checked before the archive is touched.
      std::vector<Edition> editions = collect_editions(*options, context.globals);
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
