#pragma once
// Hand-built ChangeSets for renderer tests: shaped like the TIP north-korea
// 2024 -> 2025 comparison, with every kind of change the contract has.
#include <string>
#include <vector>

#include "yoy/model/changeset.h"

namespace yoy::testing {

// Report text that would become markup or links if a renderer forgot to escape it.
inline constexpr const char* kHostile[] = {
    "<script>alert(1)</script>",         "\"><img src=x onerror=alert(1)>",
    "'><svg onload=alert(1)>",           "javascript:alert(1)",
    "[click](javascript:alert(1))",      "<a href=\"javascript:alert(1)\">x</a>",
    "</style><script>alert(1)</script>", "&lt;script&gt; | pipes | and `code` **bold** ~~x~~ \\",
};

// tip 2024 -> tip 2025, one report (north-korea): a tier downgrade the new text
// contradicts ("remained"), items added/removed/reworded/moved, statistics
// changed/added/removed, and sections modified/added/renamed with every block kind.
ChangeSet sample_changes();

// The same shape with `hostile` placed in every piece of report text
// (ids, titles, headings, items, words, statistics, contexts, tiers).
ChangeSet hostile_changes(const std::string& hostile);

// For policy and check-output tests: a north-korea report that changed in
// every way the rules look at (tier downgrade the text contradicts, an item
// removed and one added, two statistics, sections removed / 62% / 5% changed).
ReportChange eventful_report();
// A report with an unchanged Tier 1 rating and nothing else.
ReportChange quiet_report(const std::string& id);
// tip 2024 -> tip 2025 holding `reports`.
ChangeSet changes_of(std::vector<ReportChange> reports);

}  // namespace yoy::testing
