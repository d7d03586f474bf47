// yoy list YEAR / SERIES/ID through the tier table's reading of headlines
// (cached per edition, identical blobs read once).
#include "yoy/app/report_listing.h"

#include <algorithm>

#include "yoy/app/name_hints.h"
#include "yoy/app/tier_table.h"
#include "yoy/archive/archive.h"
#include "yoy/model/report_path.h"
#include "yoy/util/error.h"

namespace yoy {

namespace {

std::vector<int> known_years(const Archive& archive, const std::string& series) {
  std::vector<int> years = archive.years(series);
  if (years.empty())
    throw InputError("no series '" + series + "' in the archive (yoy list shows its series)");
  return years;
}

}  // namespace

EditionListing list_edition(const Archive& archive, const std::string& series, int year) {
  const std::vector<int> years = known_years(archive, series);
  if (std::find(years.begin(), years.end(), year) == years.end())
    throw InputError("no edition " + std::to_string(year) + " of " + series + " (it has " +
                     years_text(years) + ")" + year_hint(year, years));
  TierTableOptions options;
  options.since = options.until = year;
  options.include_unrated = true;
  const TierTable table = build_tier_table(archive, series, options);
  EditionListing listing;
  listing.series = series;
  listing.year = year;
  for (const TierRow& row : table.rows)
    listing.reports.push_back({row.id, row.title, row.cells[0].tier});
  std::sort(listing.reports.begin(), listing.reports.end(),
            [](const ListedReport& a, const ListedReport& b) { return a.id < b.id; });
  return listing;
}

ReportListing list_report(const Archive& archive, const std::string& series,
                          const std::string& id) {
  known_years(archive, series);
  TierTableOptions options;
  options.include_unrated = true;
  const TierTable table = build_tier_table(archive, series, options);
  const auto row = std::find_if(table.rows.begin(), table.rows.end(),
                                [&](const TierRow& r) { return r.id == id; });
  if (row == table.rows.end()) {
    std::vector<std::string> ids;
    for (const TierRow& r : table.rows) ids.push_back(r.id);
    std::sort(ids.begin(), ids.end());
    throw InputError("no report '" + id + "' in any edition of " + series + id_hint(id, ids));
  }
  ReportListing listing;
  listing.series = series;
  listing.id = id;
  listing.title = row->title;
  for (std::size_t i = 0; i < table.years.size(); ++i) {
    const int year = table.years[i];
    if (!table.in_archive[i]) continue;
    if (!row->cells[i].present) {
      listing.missing.push_back(year);
      continue;
    }
    const auto entry = archive.find(series, year, id);
    listing.editions.push_back(
        {year, row->cells[i].tier, entry ? archive_path(series, year, entry->path) : ""});
  }
  return listing;
}

}  // namespace yoy
