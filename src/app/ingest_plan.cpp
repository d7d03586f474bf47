// plan_ingest: paths → validated editions; a lone file's series and year come
// from the flags, else from what the report says.
#include "yoy/app/ingest_plan.h"

#include <sys/stat.h>

#include <fstream>
#include <map>
#include <stdexcept>
#include <utility>

#include "yoy/app/corpus_scan.h"
#include "yoy/app/pdf_split.h"
#include "yoy/parse/country_ids.h"
#include "yoy/parse/parse.h"
#include "yoy/util/error.h"

namespace yoy {

namespace {

// Series, year and id of a lone file: flags first, else what the document
// says (a TIP narrative's id is its country's, from the title: a copy named
// "burma-2019-statepreview.txt" files as burma); the file name's stem last.
void place_file(const IngestRequest& options, const std::string& path, EditionFile& file,
                std::string& series, int& year) {
  series = options.series;
  year = options.year;
  if (!series.empty() && year != 0 && !options.id.empty()) return;
  Document document;
  try {
    ParseOptions parse_options;
    parse_options.source_path = path;
    parse_options.max_input = options.max_input;
    document = parse_document(file.bytes, parse_options);
  } catch (const std::logic_error&) {
    // The parser is not available: the flags must say it.
  }
  if (options.id.empty() && document.profile == "tip")
    if (std::string slug = country_slug(document.title); !slug.empty()) file.id = std::move(slug);
  if (year == 0) year = document.year;
  if (year == 0)
    throw InputError(path + ": cannot tell the edition year from its title; pass --year");
  if (series.empty()) series = !document.series.empty() ? document.series : document.profile;
  if (series.empty() || series == "generic") {
    throw InputError(path + ": cannot tell the report series from its content; pass --series");
  }
}

// Reads and validates every input, grouped into one edition per (series, year).

bool is_pdf_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  char head[5] = {};
  return in.read(head, 5) && is_pdf(std::string_view(head, 5));
}

// A report PDF: its country narratives as the edition of --year.
Edition pdf_edition(const IngestRequest& options, const std::string& path) {
  if (options.year == 0)
    throw InputError(path + ": a report PDF does not say its edition year reliably; pass --year");
  if (!options.id.empty())
    throw InputError(path + ": --id names one report, but a report PDF holds many narratives");
  PdfOptions pdf;
  pdf.progress = options.pdf_progress;
  const SplitReport report = split_pdf(path, options.year, options.max_pdf, pdf);
  Edition edition =
      split_edition(report, options.series.empty() ? "tip" : options.series, options.year);
  edition.max_file_bytes = options.max_input;
  return edition;
}

}  // namespace

std::vector<Edition> plan_ingest(const IngestRequest& options) {
  if (options.year != 0) check_year(options.year, "--year");
  if (!options.series.empty()) check_name("series", options.series, "--series");
  std::map<std::pair<std::string, int>, Edition> editions;
  auto add = [&](Edition edition) {
    Edition& slot = editions[{edition.series, edition.year}];
    slot.note += edition.note;
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
      std::vector<std::string> skipped;
      for (Edition& edition : scan_corpus(path, options.series, options.max_input, &skipped))
        add(std::move(edition));
      if (options.skipped)
        for (const std::string& entry : skipped) options.skipped(entry);
      continue;
    }
    if (!options.id.empty() && ++file_count > 1) {
      throw InputError(path + ": --id names one report, but several files were given");
    }
    if (is_pdf_file(path)) {
      add(pdf_edition(options, path));
      continue;
    }
    Edition edition;
    edition.files.push_back(read_report_file(path, options.id, options.max_input));
    place_file(options, path, edition.files.front(), edition.series, edition.year);
    add(std::move(edition));
  }
  std::vector<Edition> out;
  for (auto& [key, edition] : editions) {
    check_edition(edition);
    for (const EditionFile& file : edition.files)
      check_report_shape(file.bytes,
                         file.source.empty() ? file.id + "." + file.extension : file.source);
    out.push_back(std::move(edition));
  }
  return out;
}

}  // namespace yoy
