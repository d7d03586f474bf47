// Statistic changes in words: measure, subject and periods (statistic_words.h).
#include "render/statistic_words.h"

namespace yoy::render_common {

std::string statistic_name(const StatisticChange& change) {
  std::string name = change.measure;
  if (!change.subject.empty()) name += (name.empty() ? "" : " ") + ("(" + change.subject + ")");
  return name;
}

std::string statistic_periods(const StatisticChange& change) {
  if (change.change == Change::added) return change.to_period;
  if (change.change == Change::removed) return change.from_period;
  if (change.from_period == change.to_period) return change.to_period;
  if (change.from_period.empty()) return "? → " + change.to_period;
  if (change.to_period.empty()) return change.from_period + " → ?";
  return change.from_period + " → " + change.to_period;
}

std::string with_period(const std::string& figure, const std::string& period) {
  return period.empty() ? figure : figure + " (" + period + ")";
}

std::string statistic_revision_note(const StatisticChange& change) {
  const std::string period = change.to_period.empty() ? change.from_period : change.to_period;
  const std::string when = period.empty() ? "the same period" : period;
  if (change.change == Change::revised)
    return "revised: the new edition gives another figure for " + when;
  if (change.change == Change::restated)
    return "restated: the new edition's figure for " + when + " differs from the old edition's";
  return "";
}

}  // namespace yoy::render_common
