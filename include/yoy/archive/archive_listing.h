#pragma once
// What the archive reports about itself: the series and their editions (yoy list)
// and what an ingest did (yoy ingest). Plain structs, so renderers can show them.
#include <map>
#include <string>

namespace yoy {

struct EditionDelta {
  int added = 0, changed = 0, removed = 0, unchanged = 0;
};

struct IngestResult {
  std::string series;
  int year = 0;
  // What this ingest did to the year's edition: reports new to it, replaced, identical.
  int added = 0, changed = 0, unchanged = 0;
  bool committed = false;  // false when nothing changed (identical bytes)
  // When committed after an earlier edition: the new edition against that one.
  int previous_year = 0;
  EditionDelta since_previous;
};

struct ReportEntry {
  std::string id;
  std::string path;     // "<id>.<ext>" in the tree
  std::string blob_id;  // hex object id: identical editions share it
};

struct SeriesInfo {
  std::string name;
  std::map<int, int> reports_per_year;
};

}  // namespace yoy
