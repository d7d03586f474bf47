// ChangeSet helpers: the names of changes and editions.
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

bool has_changes(const ChangeSet& changes) {
  for (const ReportChange& report : changes.reports)
    if (report.change != Change::unchanged) return true;
  return false;
}

}  // namespace yoy
