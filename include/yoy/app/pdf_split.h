#pragma once
// `yoy split` and `yoy ingest REPORT.pdf`: a TIP Report PDF → one text file
// per country narrative, written all at once or ingested as one edition.
#include <cstddef>
#include <string>
#include <vector>

#include "yoy/model/edition.h"
#include "yoy/parse/tip_narratives.h"
#include "yoy/read/pdf.h"

namespace yoy {

struct SplitReport {
  std::string source;   // the PDF's path
  std::string blob_id;  // git blob id of the PDF (`git hash-object REPORT.pdf`)
  std::size_t bytes = 0;
  int pages = 0;
  std::vector<Narrative> narratives;
  std::vector<std::string> texts;  // narrative_text of each narrative
};

// Reads and splits. Throws InputError (one line: what, where) for a bad PDF,
// a PDF without narratives, or two narratives with one id.
SplitReport split_pdf(const std::string& path, int year, std::size_t max_bytes,
                      const PdfOptions& options = {});

// Writes DIR/<series>/<year>/<id>.txt for every narrative: into a fresh
// directory beside the target, renamed into place, so the year directory is
// whole or absent. An existing year directory is refused unless `replace`.
// Returns the year directory written.
std::string write_split(const SplitReport& report, const std::string& dir,
                        const std::string& series, int year, bool replace);

// The narratives as one edition (their texts are the stored bytes); the note
// names the PDF (blob id, size, pages) and each narrative's pages.
Edition split_edition(const SplitReport& report, const std::string& series, int year);

}  // namespace yoy
