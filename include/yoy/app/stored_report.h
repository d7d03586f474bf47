#pragma once
// Reports stored in the archive, as Documents: the archive keeps bytes, this
// is where they meet the parser.
#include <string>

#include "yoy/app/analysis_cache.h"
#include "yoy/archive/archive.h"
#include "yoy/model/model.h"

namespace yoy {

// A report's stored bytes as a Document; the archive's coordinates (series,
// year, id, blob) are authoritative, whatever the text says. `analyze` as in ParseOptions.
Document parse_stored_report(const std::string& bytes, const std::string& series, int year,
                             const ReportEntry& entry, bool analyze = true);

// A stored report's Document through the analysis cache: the kept analysis
// when there is one (analyzed further, and kept again, when `analyze` needs
// more), else parsed from the stored bytes and queued in `cache`.
Document load_stored_report(const Archive& archive, AnalysisCache& cache, const std::string& series,
                            int year, const ReportEntry& entry, bool analyze = true);

// A stored report's headline (a Document with its title and rating, no
// sections: what yoy tiers shows): from its kept analysis when there is one,
// else parsed without sentence analysis. Keeps nothing (an analysis costs as
// much to write as to parse; tiers keeps each edition's headlines at once).
Document load_stored_headline(const Archive& archive, const AnalysisCache& cache,
                              const std::string& series, int year, const ReportEntry& entry);

// The Document of a report at a year (parsed with the profile detected from its bytes).
// Throws ArchiveError when the report is not in that edition.
Document read_document(const Archive& archive, const std::string& series, int year,
                       const std::string& id);

}  // namespace yoy
