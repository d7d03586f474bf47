#pragma once
// A report across every edition of the archive: its timeline (`yoy log`) and
// the first year each recommendation and sentence appeared (`yoy blame`).
// Both are computed with diff_documents between consecutive editions.
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "yoy/diff.h"
#include "yoy/model.h"

namespace yoy {

class Archive;

// One report at one year, as history sees it: null when absent that year.
struct ReportEdition {
  int year = 0;
  const Document* document = nullptr;
};

struct TimelineEntry {
  int year = 0;
  bool present = false;             // the report exists in that edition
  std::string tier;                 // rating value, "" when none
  std::string direction;            // vs the previous edition that had the report:
                                    // upgrade | downgrade | unchanged | new | dropped | "" (first)
  int recommendations = 0;          // items in ranked-list sections
  int recommendations_new = 0;      // added that year (all of them the first year)
  int recommendations_removed = 0;  // dropped that year
  int recommendations_reworded = 0;
  int statistics_changed = 0;              // changed + added + removed
  int words_added = 0, words_removed = 0;  // size of the text change vs the previous edition
  bool first = false;                      // the first edition that has the report
};

struct Timeline {
  std::string series, id, title;
  std::vector<TimelineEntry> entries;  // one per edition year of the series, ascending
};

// `editions` in ascending year order.
Timeline build_timeline(const std::string& series, const std::string& id,
                        const std::vector<ReportEdition>& editions, const DiffOptions& options);

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

// `editions` in ascending year order, ending with the edition to blame (which must be present).
Blame build_blame(const std::string& series, const std::string& id,
                  const std::vector<ReportEdition>& editions, const DiffOptions& options);

// Called after each edition is read (done of total), for progress display.
using HistoryProgress = std::function<void(int done, int total)>;

// The rating of a report in every edition of its series (year, rating value;
// "" when the report or its rating is absent that year), oldest first.
std::vector<std::pair<int, std::string>> rating_history(const Archive& archive,
                                                        const std::string& series,
                                                        const std::string& id);

// Archive front ends. Throw InputError for an unknown series, year or report id.
Timeline report_timeline(const Archive& archive, const std::string& series, const std::string& id,
                         const DiffOptions& options, const HistoryProgress& progress = {});
Blame report_blame(const Archive& archive, const std::string& series, int year,
                   const std::string& id, const DiffOptions& options,
                   const HistoryProgress& progress = {});

}  // namespace yoy
