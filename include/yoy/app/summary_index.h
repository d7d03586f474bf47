#pragma once
// The overview rows of `yoy summary` and their order (formatted by render/index_render).
#include <string>
#include <vector>

#include "yoy/app/summary_index_result.h"
#include "yoy/model/changeset.h"

namespace yoy {

// Rows for every report of the ChangeSet plus `unchanged_ids` (reports present
// and identical in both editions), sorted: tier moves first, then added or
// removed reports, then by number of changes (items + statistics + blocks),
// then by id.
SummaryIndex build_summary_index(const ChangeSet& changes,
                                 const std::vector<std::string>& unchanged_ids);

}  // namespace yoy
