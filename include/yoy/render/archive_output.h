#pragma once
// `yoy list`, `yoy ingest` and `yoy summary` results as text or JSON; `yoy check`
// as JSON. Formatting only: every number comes from the structs.
#include <string>
#include <vector>

#include "yoy/app/summary_index_result.h"
#include "yoy/archive/archive_listing.h"
#include "yoy/policy/policy.h"

namespace yoy {

// "tip  2024  1 report" per edition.
std::string render_list_text(const std::vector<SeriesInfo>& series);
std::string render_list_json(const std::vector<SeriesInfo>& series);  // "yoy.list/1"

// "tip 2025: 1 added, 0 changed, 0 unchanged; against 2024: 0 new, 1 changed, 0 gone, 0 same"
std::string render_ingest_text(const std::vector<IngestResult>& results);
std::string render_ingest_json(const std::vector<IngestResult>& results);  // "yoy.ingest/1"

// What `yoy summary` wrote: the directory, its files and the overview's counts and rows.
std::string render_summary_written_json(const std::string& directory,
                                        const std::vector<std::string>& files,
                                        const SummaryIndex& index);  // "yoy.summary/1"

std::string render_check_json(const Policy& policy, const CheckResult& result);  // "yoy.check/1"

}  // namespace yoy
