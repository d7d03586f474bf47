#pragma once
// A report across editions, as `yoy log` and `yoy blame` show it: plain
// results, computed in app/history and formatted in render/history_output.
#include <string>
#include <vector>

#include "yoy/model/changeset.h"
#include "yoy/model/model.h"

namespace yoy {

// One report at one year, as history sees it: null when absent that year.
struct ReportEdition {
  int year = 0;
  const Document* document = nullptr;
};

struct TimelineEntry {
  int year = 0;
  bool present = false;                   // the report exists in that edition
  std::string tier;                       // rating value, "" when none
  Direction direction = Direction::none;  // vs the previous edition that had the report
                                          // (none: the first, or no ratings)
  int recommendations = 0;                // items in ranked-list sections
  int recommendations_new = 0;            // added that year (all of them the first year)
  int recommendations_removed = 0;        // dropped that year
  int recommendations_reworded = 0;
  int statistics_changed = 0;              // changed + added + removed
  int words_added = 0, words_removed = 0;  // size of the text change vs the previous edition
  bool first = false;                      // the first edition that has the report
};

struct Timeline {
  std::string series, id, title;
  std::vector<TimelineEntry> entries;  // one per edition year of the series, ascending
};

struct BlameLine {
  enum class Kind { recommendation, sentence };
  Kind kind = Kind::sentence;
  std::string section;    // display heading
  int rank = 0;           // recommendations: position in the list (0-based)
  std::string text;       // as written in the blamed edition
  int first_year = 0;     // first edition it appeared in, followed through rewordings
  int last_reworded = 0;  // latest edition where it was reworded; 0 when never
  int editions = 1;       // how many consecutive editions it has appeared in up to this one
};

struct Blame {
  std::string series, id, title;
  int year = 0;
  int first_year = 0;            // first edition of the report in the chain
  std::vector<BlameLine> lines;  // recommendations first (by rank), then sentences in order
};

}  // namespace yoy
