#pragma once
// What `yoy list` shows beyond the series and counts: an edition's reports
// (id, title, rating) and a report's editions. Plain structs for the renderers.
#include <string>
#include <vector>

namespace yoy {

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

}  // namespace yoy
