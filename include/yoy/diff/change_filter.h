#pragma once
// What the engine does to a ChangeSet before it is shown: keep only some kinds
// of change (--only) or some sections (--section), and count it (--stat).
#include <string>
#include <string_view>
#include <vector>

#include "yoy/model/change_stat.h"
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

// Keeps the selected kinds and sections; a report with nothing left is dropped
// (an added or removed report stays unless --section names sections). `summary`
// is recomputed; summary.reports keeps the number of reports compared.
void filter_changes(ChangeSet& changes, const ChangeFilter& filter);

// Counts per report and in total (words from word diffs, whole blocks when coarse).
ChangeStat change_stat(const ChangeSet& changes);

}  // namespace yoy
