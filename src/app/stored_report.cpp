// Stored report bytes → Document, with the archive's coordinates, through the
// archive's analysis cache.
#include "yoy/app/stored_report.h"

#include <optional>
#include <string>

#include "yoy/model/report_path.h"
#include "yoy/parse/parse.h"
#include "yoy/parse/profiles.h"
#include "yoy/util/error.h"

namespace yoy {

StoredDocument load_stored(const Archive& archive, const AnalysisCache& cache,
                           const std::string& series, int year, const ReportEntry& entry,
                           Analysis analysis) {
  const std::string what = archive_path(series, year, entry.path);
  // A kept analysis only for bytes --max-input admits, and no larger than such bytes make.
  const std::size_t size = archive.check_blob(entry.blob_id, what);
  StoredDocument stored;
  std::optional<Document> kept;
  if (std::optional<std::string> encoded = cache.find(entry, size))
    kept = AnalysisCache::decode(*encoded, entry, series, year);  // nullopt: damaged or foreign
  if (kept) {
    stored.document = std::move(*kept);
    stored.kept_blocks = analyzed_blocks(stored.document);
    if (analysis == Analysis::full) analyze_remaining_blocks(stored.document);
  } else {
    stored.parsed = true;
    stored.document = parse_stored_report(archive.read_blob(entry.blob_id, what), series, year,
                                          entry, analysis == Analysis::full);
  }
  if (analysis == Analysis::headline) stored.document.sections.clear();
  return stored;
}

void keep_analysis(AnalysisCache& cache, const ReportEntry& entry, const StoredDocument& stored) {
  if (stored.parsed || analyzed_blocks(stored.document) > stored.kept_blocks)
    cache.keep(entry, AnalysisCache::encode(stored.document, entry));
}

Document load_stored_report(const Archive& archive, AnalysisCache& cache, const std::string& series,
                            int year, const ReportEntry& entry, Analysis analysis) {
  StoredDocument stored = load_stored(archive, cache, series, year, entry, analysis);
  if (analysis != Analysis::headline) keep_analysis(cache, entry, stored);
  return std::move(stored.document);
}

Document read_document(const Archive& archive, const std::string& series, int year,
                       const std::string& id) {
  std::optional<ReportEntry> entry = archive.find(series, year, id);
  if (!entry) {
    throw ArchiveError(archive.path() + ": no report '" + id + "' in " + series + " " +
                       std::to_string(year));
  }
  AnalysisCache cache(archive);
  Document document = load_stored_report(archive, cache, series, year, *entry);
  cache.flush();
  return document;
}

Document parse_stored_report(const std::string& bytes, const std::string& series, int year,
                             const ReportEntry& entry, bool analyze) {
  ParseOptions options;
  options.source_path = archive_path(series, year, entry.path);
  options.max_input = bytes.size() + 1;
  options.analyze = analyze;
  options.source_hash = entry.blob_id;
  Document document = parse_document(bytes, options);
  document.series = series;
  document.year = year;
  document.id = entry.id;
  return document;
}

}  // namespace yoy
