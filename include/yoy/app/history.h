#pragma once
// A report across every edition of the archive: its timeline (`yoy log`) and
// the first year each recommendation and sentence appeared (`yoy blame`).
// The timeline diffs consecutive editions (diff_documents); blame follows
// their alignment (align_documents).
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "yoy/app/history_result.h"
#include "yoy/diff/diff.h"
#include "yoy/model/model.h"

namespace yoy {

class Archive;

// `editions` in ascending year order.
Timeline build_timeline(const std::string& series, const std::string& id,
                        const std::vector<ReportEdition>& editions, const DiffOptions& options);

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

// Every edition of one report read from the archive (a Document shared by
// editions with identical bytes), up to `last_year` (0: all), which must then
// hold the report. Throws InputError for an unknown series, year or report id.
struct LoadedHistory {
  std::vector<std::unique_ptr<Document>> documents;
  std::vector<ReportEdition> editions;  // every edition year of the series, ascending
};
LoadedHistory load_history(const Archive& archive, const std::string& series, const std::string& id,
                           int last_year, const HistoryProgress& progress = {});

// Archive front ends. Throw InputError for an unknown series, year or report id.
Timeline report_timeline(const Archive& archive, const std::string& series, const std::string& id,
                         const DiffOptions& options, const HistoryProgress& progress = {});
Blame report_blame(const Archive& archive, const std::string& series, int year,
                   const std::string& id, const DiffOptions& options,
                   const HistoryProgress& progress = {});

}  // namespace yoy
