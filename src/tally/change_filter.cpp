// --only and --section: a ChangeSet narrowed before any renderer sees it.
#include <algorithm>

#include "yoy/normalize/normalize.h"
#include "yoy/tally/change_filter.h"
#include "yoy/tally/count.h"
#include "yoy/util/error.h"

namespace yoy {

ChangeKind change_kind_from_name(std::string_view name) {
  if (name == "tiers" || name == "tier" || name == "ratings" || name == "rating")
    return ChangeKind::tiers;
  if (name == "recommendations" || name == "recommendation" || name == "lists" || name == "list")
    return ChangeKind::recommendations;
  if (name == "statistics" || name == "statistic" || name == "stats") return ChangeKind::statistics;
  if (name == "sections" || name == "section" || name == "text") return ChangeKind::sections;
  throw InputError("--only: unknown kind '" + std::string(name) +
                   "' (known: tiers, recommendations, statistics, sections)");
}

namespace {

bool wants(const ChangeFilter& filter, ChangeKind kind) {
  return filter.only.empty() ||
         std::find(filter.only.begin(), filter.only.end(), kind) != filter.only.end();
}

class SectionMatch {
 public:
  explicit SectionMatch(const std::vector<std::string>& names) {
    for (const std::string& name : names) keys_.push_back(section_key(name));
  }
  bool any() const { return keys_.empty(); }
  bool matches(const std::string& heading) const {
    if (keys_.empty()) return true;
    const std::string key = section_key(heading);
    return std::find(keys_.begin(), keys_.end(), key) != keys_.end();
  }

 private:
  std::vector<std::string> keys_;
};

template <typename T, typename Keep>
void keep_if(std::vector<T>& items, Keep keep) {
  items.erase(std::remove_if(items.begin(), items.end(), [&](const T& x) { return !keep(x); }),
              items.end());
}

}  // namespace

void filter_report(ReportChange& report, const ChangeFilter& filter) {
  if (filter.empty()) return;
  const SectionMatch sections(filter.sections);
  const bool had_something = report.rating || !report.lists.empty() || !report.statistics.empty() ||
                             !report.sections.empty();
  if (!wants(filter, ChangeKind::tiers) || !sections.any()) report.rating.reset();
  if (!wants(filter, ChangeKind::recommendations)) report.lists.clear();
  if (!wants(filter, ChangeKind::statistics)) report.statistics.clear();
  if (!wants(filter, ChangeKind::sections)) report.sections.clear();
  keep_if(report.lists, [&](const ListChange& l) { return sections.matches(l.section); });
  keep_if(report.statistics, [&](const StatisticChange& s) { return sections.matches(s.section); });
  keep_if(report.sections, [&](const SectionChange& s) {
    return sections.matches(s.section) ||
           (!s.from_section.empty() && sections.matches(s.from_section));
  });
  // A rating that did not move is no change of its own.
  const bool rating_moved = report.rating && report.rating->direction != Direction::unchanged;
  const bool left =
      rating_moved || !report.lists.empty() || !report.statistics.empty() ||
      std::any_of(report.sections.begin(), report.sections.end(),
                  [](const SectionChange& s) { return s.change != Change::unchanged; });
  if (!left && report.change == Change::changed && had_something) report.change = Change::unchanged;
  if (!left && (report.change == Change::added || report.change == Change::removed) &&
      !sections.any())
    report.change = Change::unchanged;
}

void filter_changes(ChangeSet& changes, const ChangeFilter& filter) {
  if (filter.empty()) return;
  const int compared = changes.summary.reports;
  for (ReportChange& report : changes.reports) filter_report(report, filter);
  if (!filter.include_unchanged)
    keep_if(changes.reports, [](const ReportChange& r) { return r.change != Change::unchanged; });
  summarize(changes, compared);
}

}  // namespace yoy
