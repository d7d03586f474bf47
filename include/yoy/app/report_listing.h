#pragma once
// `yoy list YEAR` and `yoy list SERIES/ID`: what an edition holds and where a
// report is, read from each edition's headlines (title and rating) as yoy tiers reads them.
#include <string>
#include <vector>

namespace yoy {

class Archive;

struct ListedReport {
  std::string id, title;
  std::string rating;  // canonical ("Tier 2 Watch List"), "" when the report has none
};

// `yoy list [SERIES/]YEAR`: the reports of one edition, by id.
struct EditionListing {
  std::string series;
  int year = 0;
  std::vector<ListedReport> reports;
};

struct ListedEdition {
  int year = 0;
  std::string rating;  // as in ListedReport
  std::string file;    // the report's place in the archive: "tip/2025/north-korea.txt"
};

// `yoy list SERIES/ID`: the editions that hold a report, oldest first.
struct ReportListing {
  std::string series, id;
  std::string title;  // the latest edition's
  std::vector<ListedEdition> editions;
  std::vector<int> missing;  // the series' other edition years (the report is absent)
};

// Throws InputError for an unknown series or year (with the nearest years).
EditionListing list_edition(const Archive& archive, const std::string& series, int year);

// Throws InputError for an unknown series or a report the series never held
// (with the closest ids).
ReportListing list_report(const Archive& archive, const std::string& series, const std::string& id);

}  // namespace yoy
