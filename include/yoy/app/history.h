#pragma once
// A report across every edition of the archive: its timeline (`yoy log`) and
// the first year each recommendation and sentence appeared (`yoy blame`).
// The timeline diffs consecutive editions (diff_documents); blame follows
// their alignment (align_documents).
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "yoy/diff/diff.h"
#include "yoy/model/history.h"
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

// Archive front ends. Throw InputError for an unknown series, year or report id.
Timeline report_timeline(const Archive& archive, const std::string& series, const std::string& id,
                         const DiffOptions& options, const HistoryProgress& progress = {});
Blame report_blame(const Archive& archive, const std::string& series, int year,
                   const std::string& id, const DiffOptions& options,
                   const HistoryProgress& progress = {});

}  // namespace yoy
