// The static site of a series: every report read once through all its
// editions, compared pair by pair; the pair pages are put together from the
// same comparisons, so every page tells the same story.
#include "yoy/app/site.h"

#include <algorithm>

#include "yoy/app/history.h"
#include "yoy/app/site_feed.h"
#include "yoy/app/statistics_history.h"
#include "yoy/app/summary_index.h"
#include "yoy/app/tier_table.h"
#include "yoy/archive/archive.h"
#include "yoy/diff/diff.h"
#include "yoy/tally/count.h"
#include "yoy/util/error.h"

namespace yoy {

namespace {

void check_page_name(const std::string& id) {
  bool bad = id.empty() || id[0] == '.' || id == "index" || id.rfind("changes-", 0) == 0;
  for (unsigned char c : id) bad |= c == '/' || c == '\\' || c < 0x20 || c == 0x7F;
  if (bad) throw InputError("report id '" + id + "' cannot be used as a page name of the site");
}

}  // namespace

SiteModel build_site_model(const Archive& archive, const std::string& series,
                           const SiteProgress& progress) {
  SiteModel model;
  model.series = series;
  TierTableOptions options;
  options.include_unrated = true;
  model.tiers = build_tier_table(archive, series, options);
  const std::vector<int> years = archive.years(series);

  // One ChangeSet per pair of consecutive editions, filled report by report.
  std::vector<ChangeSet> pair_changes(years.size() > 1 ? years.size() - 1 : 0);
  std::vector<std::vector<std::string>> pair_unchanged(pair_changes.size());
  for (std::size_t p = 0; p < pair_changes.size(); ++p) {
    pair_changes[p].from = {series, years[p], series + "/" + std::to_string(years[p])};
    pair_changes[p].to = {series, years[p + 1], series + "/" + std::to_string(years[p + 1])};
  }

  const DiffOptions diff_options;
  int done = 0;
  for (const TierRow& row : model.tiers.rows) {
    check_page_name(row.id);
    LoadedHistory history = load_history(archive, series, row.id, 0);
    SiteReport report;
    report.id = row.id;
    report.title = row.title;
    report.statistics = build_statistics_history(series, row.id, history.editions);
    for (std::size_t p = 0; p + 1 < history.editions.size(); ++p) {
      const Document* before = history.editions[p].document;
      const Document* after = history.editions[p + 1].document;
      if (!before && !after) continue;
      if (before == after) {  // identical bytes
        pair_unchanged[p].push_back(row.id);
        continue;
      }
      ReportChange change = diff_documents(before, after, diff_options);
      change.id = row.id;
      if (change.change == Change::unchanged) {
        pair_unchanged[p].push_back(row.id);
        continue;
      }
      pair_changes[p].reports.push_back(change);
      report.changes.push_back({years[p], years[p + 1], std::move(change)});
    }
    std::reverse(report.changes.begin(), report.changes.end());
    model.reports.push_back(std::move(report));
    if (progress) progress(++done, static_cast<int>(model.tiers.rows.size()));
  }
  for (std::size_t p = 0; p < pair_changes.size(); ++p) {
    ChangeSet& changes = pair_changes[p];
    std::sort(changes.reports.begin(), changes.reports.end(),
              [](const ReportChange& a, const ReportChange& b) { return a.id < b.id; });
    summarize(changes, static_cast<int>(changes.reports.size() + pair_unchanged[p].size()));
    SitePair pair;
    pair.from_year = years[p];
    pair.to_year = years[p + 1];
    pair.index = build_summary_index(changes, pair_unchanged[p]);
    model.pairs.push_back(std::move(pair));
  }
  model.revisions = site_revisions(archive, series);
  return model;
}

}  // namespace yoy
