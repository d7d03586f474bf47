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

Document load_stored_report(const Archive& archive, AnalysisCache& cache, const std::string& series,
                            int year, const ReportEntry& entry, bool analyze) {
  const std::string what = archive_path(series, year, entry.path);
  // A kept analysis only for bytes --max-input admits, and no larger than such bytes make.
  const std::size_t size = archive.check_blob(entry.blob_id, what);
  if (std::optional<std::string> kept = cache.find(entry, size)) {
    if (std::optional<Document> document = AnalysisCache::decode(*kept, entry, series, year)) {
      if (analyze) {
        const std::size_t before = analyzed_blocks(*document);
        analyze_remaining_blocks(*document);
        if (analyzed_blocks(*document) > before)
          cache.keep(entry, AnalysisCache::encode(*document, entry));
      }
      return std::move(*document);
    }
  }
  Document document =
      parse_stored_report(archive.read_blob(entry.blob_id, what), series, year, entry, analyze);
  cache.keep(entry, AnalysisCache::encode(document, entry));
  return document;
}

Document load_stored_headline(const Archive& archive, const AnalysisCache& cache,
                              const std::string& series, int year, const ReportEntry& entry) {
  const std::string what = archive_path(series, year, entry.path);
  // As for an analysis: only bytes --max-input admits.
  const std::size_t size = archive.check_blob(entry.blob_id, what);
  std::optional<Document> document;
  if (std::optional<std::string> kept = cache.find(entry, size))
    document = AnalysisCache::decode(*kept, entry, series, year);
  if (!document)
    document =
        parse_stored_report(archive.read_blob(entry.blob_id, what), series, year, entry, false);
  document->sections.clear();
  return std::move(*document);
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
