#pragma once
// Hand-built ChangeSets for renderer tests: shaped like the TIP north-korea
// 2024 -> 2025 comparison, with every kind of change the contract has.
#include <string>

#include "yoy/model/changeset.h"

namespace yoy::testing {

// tip 2024 -> tip 2025, one report (north-korea): a tier downgrade the new text
// contradicts ("remained"), items added/removed/reworded/moved, statistics
// changed/added/removed, and sections modified/added/renamed with every block kind.
ChangeSet sample_changes();

// The same shape with `hostile` placed in every piece of report text
// (ids, titles, headings, items, words, statistics, contexts, tiers).
ChangeSet hostile_changes(const std::string& hostile);

}  // namespace yoy::testing
