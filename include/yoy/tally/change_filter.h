#pragma once
// What is shown of a ChangeSet: only some kinds of change (--only), some
// sections (--section), unchanged reports too or not (--all).
#include <string>
#include <string_view>
#include <vector>

#include "yoy/model/changeset.h"

namespace yoy {

enum class ChangeKind { tiers, recommendations, statistics, sections };
// "tiers" | "recommendations" | "statistics" | "sections" (also singular); throws InputError.
ChangeKind change_kind_from_name(std::string_view name);

struct ChangeFilter {
  std::vector<ChangeKind> only;       // empty: every kind
  std::vector<std::string> sections;  // empty: every section; else headings, matched by key
  bool include_unchanged = false;     // --all: a report with nothing left stays, unchanged
  bool empty() const { return only.empty() && sections.empty(); }
};

// Keeps the report's selected kinds and sections; a report with nothing left
// becomes unchanged (an added or removed one stays as it is unless --section
// names sections).
void filter_report(ReportChange& report, const ChangeFilter& filter);

// filter_report on every report; the unchanged ones are dropped unless
// include_unchanged. `summary` is recomputed; summary.reports keeps the number
// of reports compared. Nothing changes when the filter is empty.
void filter_changes(ChangeSet& changes, const ChangeFilter& filter);

}  // namespace yoy
