#pragma once
// Reports stored in the archive, as Documents: the archive keeps bytes, this
// is where they meet the parser, and the one place a stored report is loaded
// (through the analysis cache) however much of its analysis a caller needs.
#include <cstddef>
#include <string>

#include "yoy/app/analysis_cache.h"
#include "yoy/archive/archive.h"
#include "yoy/model/model.h"

namespace yoy {

// How much of a stored report's analysis a caller needs.
enum class Analysis {
  full,      // every block's sentences and statistics (log, blame, site, stats)
  deferred,  // what is kept, else comparison forms only: a differ analyzes the blocks it
             // looks into (edition diff, the ratings of a history)
  headline,  // title and rating, no sections (tiers)
};

// A stored report as loaded, and what its kept analysis held.
struct StoredDocument {
  Document document;
  bool parsed = false;          // made from the stored bytes: no usable kept analysis
  std::size_t kept_blocks = 0;  // analyzed blocks the kept analysis held (0 when parsed)
};

// The loader: a stored report's Document from its kept analysis when there is
// a sound one (analyzed further when `full` needs more), else parsed from the
// stored bytes. The bytes are checked against --max-input either way. Keeps
// nothing: keep_analysis does, when the caller is done analyzing.
StoredDocument load_stored(const Archive& archive, const AnalysisCache& cache,
                           const std::string& series, int year, const ReportEntry& entry,
                           Analysis analysis);

// Queues in `cache` what a load gained: a parsed analysis, or a kept one that
// was analyzed further since (by `full`, or by a differ). Headlines are kept
// per edition (AnalysisCache::keep_headlines), never here.
void keep_analysis(AnalysisCache& cache, const ReportEntry& entry, const StoredDocument& stored);

// load_stored and keep_analysis at once, for callers that analyze no further.
Document load_stored_report(const Archive& archive, AnalysisCache& cache, const std::string& series,
                            int year, const ReportEntry& entry, Analysis analysis = Analysis::full);

// A report's stored bytes as a Document; the archive's coordinates (series,
// year, id, blob) are authoritative, whatever the text says. `analyze` as in ParseOptions.
Document parse_stored_report(const std::string& bytes, const std::string& series, int year,
                             const ReportEntry& entry, bool analyze = true);

// The Document of a report at a year (parsed with the profile detected from its bytes).
// Throws ArchiveError when the report is not in that edition.
Document read_document(const Archive& archive, const std::string& series, int year,
                       const std::string& id);

}  // namespace yoy
