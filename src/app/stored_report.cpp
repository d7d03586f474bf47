// Stored report bytes → Document, with the archive's coordinates.
#include "yoy/app/stored_report.h"

#include <optional>
#include <string>

#include "yoy/parse/parse.h"
#include "yoy/util/error.h"

namespace yoy {

Document read_document(const Archive& archive, const std::string& series, int year,
                       const std::string& id) {
  std::optional<ReportEntry> entry = archive.find(series, year, id);
  if (!entry) {
    throw ArchiveError(archive.path() + ": no report '" + id + "' in " + series + " " +
                       std::to_string(year));
  }
  return parse_stored_report(
      archive.read_blob(entry->blob_id, series + "/" + std::to_string(year) + "/" + entry->path),
      series, year, *entry);
}

Document parse_stored_report(const std::string& bytes, const std::string& series, int year,
                             const ReportEntry& entry, bool analyze) {
  ParseOptions options;
  options.source_path = series + "/" + std::to_string(year) + "/" + entry.path;
  options.max_input = bytes.size() + 1;
  options.analyze = analyze;
  options.source_hash =
      entry.blob_id;  // hashing 60 MB of editions again cost a quarter of the time
  Document document = parse_document(bytes, options);
  document.series = series;
  document.year = year;
  document.id = entry.id;
  document.source_hash = entry.blob_id;
  return document;
}

}  // namespace yoy
