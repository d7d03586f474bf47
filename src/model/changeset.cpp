// ChangeSet helpers: the names of changes and editions, and the summary tallies.
#include "yoy/model/changeset.h"

namespace yoy {

const char* change_name(Change c) {
  switch (c) {
    case Change::unchanged:
      return "unchanged";
    case Change::changed:
      return "changed";
    case Change::added:
      return "added";
    case Change::removed:
      return "removed";
    case Change::modified:
      return "modified";
    case Change::moved:
      return "moved";
    case Change::reworded:
      return "reworded";
    case Change::renamed:
      return "renamed";
    case Change::revised:
      return "revised";
    case Change::restated:
      return "restated";
  }
  return "unchanged";
}

const char* direction_name(Direction direction) {
  switch (direction) {
    case Direction::none:
      return "";
    case Direction::upgrade:
      return "upgrade";
    case Direction::downgrade:
      return "downgrade";
    case Direction::unchanged:
      return "unchanged";
    case Direction::changed:
      return "changed";
    case Direction::new_rating:
      return "new";
    case Direction::dropped:
      return "dropped";
  }
  return "";
}

std::string edition_label(const EditionRef& edition) {
  if (edition.year == 0) return edition.label.empty() ? edition.series : edition.label;
  if (edition.series.empty()) return std::to_string(edition.year);
  return edition.series + "/" + std::to_string(edition.year);
}

void add_to_summary(ChangeSummary& s, const ReportChange& r) {
  ++s.reports;
  s.changed += r.change == Change::changed;
  s.added += r.change == Change::added;
  s.removed += r.change == Change::removed;
  // A rating that appears or goes with its whole report is not a rating change.
  if (r.change == Change::changed && r.rating && r.rating->direction != Direction::unchanged)
    ++s.rating_changes;
  for (const ListChange& l : r.lists)
    for (const ItemChange& i : l.items) {
      s.items_added += i.change == Change::added;
      s.items_removed += i.change == Change::removed;
      s.items_reworded += i.change == Change::reworded;
      s.items_moved += i.change == Change::moved;
    }
  for (const StatisticChange& st : r.statistics) {
    // A revised or restated figure is a changed one (its entry says which).
    s.statistics_changed += st.change == Change::changed || st.change == Change::revised ||
                            st.change == Change::restated;
    s.statistics_added += st.change == Change::added;
    s.statistics_removed += st.change == Change::removed;
  }
  for (const SectionChange& sc : r.sections)
    for (const BlockChange& b : sc.blocks) {
      s.blocks_added += b.change == Change::added;
      s.blocks_removed += b.change == Change::removed;
      s.blocks_modified += b.change == Change::modified;
      s.blocks_moved += b.change == Change::moved;
    }
}

void add_to_summary(ChangeSummary& s, const ChangeSummary& more) {
  // Every count by position: a count added to ChangeSummary fails to compile here.
  auto& [a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15] = s;
  const auto& [b0, b1, b2, b3, b4, b5, b6, b7, b8, b9, b10, b11, b12, b13, b14, b15] = more;
  a0 += b0, a1 += b1, a2 += b2, a3 += b3, a4 += b4, a5 += b5, a6 += b6, a7 += b7;
  a8 += b8, a9 += b9, a10 += b10, a11 += b11, a12 += b12, a13 += b13, a14 += b14, a15 += b15;
}

void summarize(ChangeSet& changes) {
  ChangeSummary s;
  for (const ReportChange& r : changes.reports) add_to_summary(s, r);
  changes.summary = s;
}

void summarize(ChangeSet& changes, int reports_compared) {
  summarize(changes);
  changes.summary.reports = reports_compared;
}

bool has_changes(const ChangeSet& changes) {
  for (const ReportChange& report : changes.reports)
    if (report.change != Change::unchanged) return true;
  return false;
}

}  // namespace yoy
