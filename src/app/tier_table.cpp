// `yoy tiers`: the rating of every report in every edition, as one table.
// Reading the archive and laying out the table are separate so the layout
// (gaps, directions, order) is tested without an archive.
#include "yoy/app/tier_table.h"

#include <algorithm>
#include <map>
#include <optional>

#include "yoy/app/analysis_cache.h"
#include "yoy/app/archive_workers.h"
#include "yoy/app/stored_report.h"
#include "yoy/archive/archive.h"
#include "yoy/model/rating.h"
#include "yoy/util/ascii.h"
#include "yoy/util/error.h"

namespace yoy {

namespace {

// Lower-cased title for the alphabetical order (ASCII folding is enough for ties).
std::string sort_key(const TierRow& row) {
  return ascii_lower(row.title.empty() ? row.id : row.title);
}

}  // namespace

TierTable make_tier_table(const std::string& series, std::vector<RatedEdition> editions,
                          const TierTableOptions& options) {
  std::erase_if(editions, [&](const RatedEdition& e) {
    return (options.since && e.year < options.since) || (options.until && e.year > options.until);
  });
  if (editions.empty())
    throw InputError("no edition of " + series + " in the years asked for" +
                     (options.since ? " (--since " + std::to_string(options.since) + ")" : "") +
                     (options.until ? " (--until " + std::to_string(options.until) + ")" : ""));
  std::sort(editions.begin(), editions.end(),
            [](const RatedEdition& a, const RatedEdition& b) { return a.year < b.year; });

  TierTable table;
  table.series = series;
  std::map<int, std::size_t> column_of;  // edition year -> column
  for (int year = editions.front().year; year <= editions.back().year; ++year) {
    column_of[year] = table.years.size();
    table.years.push_back(year);
    table.in_archive.push_back(false);
  }
  std::map<std::string, TierRow> rows;
  for (const RatedEdition& edition : editions) {
    const std::size_t column = column_of[edition.year];
    table.in_archive[column] = true;
    for (const RatedReport& report : edition.reports) {
      TierRow& row = rows[report.id];
      if (row.cells.empty()) {
        row.id = report.id;
        row.cells.resize(table.years.size());
      }
      if (!report.title.empty()) row.title = report.title;  // the latest edition's title wins
      TierCell& cell = row.cells[column];
      cell.present = true;
      cell.tier = report.tier.empty() ? "" : canonical_rating(report.tier);
      cell.rank = cell.tier.empty() ? -2 : tier_rank(cell.tier);
      row.ever_rated |= !cell.tier.empty();
    }
  }
  for (auto& [id, row] : rows) {
    const TierCell* before = nullptr;
    for (std::size_t i = 0; i < row.cells.size(); ++i) {
      TierCell& cell = row.cells[i];
      if (!cell.present) continue;
      if (before) cell.direction = rating_direction(before->tier, cell.tier);
      if (cell.direction != Direction::none && cell.direction != Direction::unchanged)
        row.last_change = table.years[i];
      before = &cell;
    }
    if (!row.ever_rated && !options.include_unrated) {
      ++table.unrated;
      continue;
    }
    table.rows.push_back(std::move(row));
  }
  std::stable_sort(table.rows.begin(), table.rows.end(), [&](const TierRow& a, const TierRow& b) {
    if (options.sort == TierSort::change && a.last_change != b.last_change)
      return a.last_change > b.last_change;
    std::string ka = sort_key(a), kb = sort_key(b);
    return ka != kb ? ka < kb : a.id < b.id;
  });
  return table;
}

TierTable build_tier_table(const Archive& archive, const std::string& series,
                           const TierTableOptions& options) {
  bool known_series = false;
  for (const SeriesInfo& info : archive.series()) known_series |= info.name == series;
  if (!known_series) throw InputError("no series '" + series + "' in the archive (see yoy list)");
  const std::vector<int> years = archive.years(series);
  std::vector<RatedEdition> editions;
  std::vector<std::vector<ReportEntry>> entries;
  for (int year : years) {
    if ((options.since && year < options.since) || (options.until && year > options.until))
      continue;
    editions.push_back({year, {}});
    entries.push_back(archive.reports(series, year));
  }
  // Each edition's headlines as kept (one object per edition); the editions
  // without them have every distinct blob read once (identical bytes have the
  // same title and rating) on the workers, and their headlines kept.
  AnalysisCache cache(archive);
  std::vector<std::optional<std::vector<Document>>> kept(editions.size());
  std::map<std::string, std::size_t> blob_index;
  std::vector<const ReportEntry*> unique;
  std::vector<int> unique_year;
  for (std::size_t e = 0; e < editions.size(); ++e) {
    kept[e] = cache.find_headlines(entries[e], series, editions[e].year);
    if (kept[e]) continue;
    for (const ReportEntry& entry : entries[e])
      if (blob_index.emplace(entry.blob_id, unique.size()).second) {
        unique.push_back(&entry);
        unique_year.push_back(editions[e].year);
      }
  }
  std::vector<Document> read(unique.size());
  run_on_archive_workers(archive, unique.size(), [&](std::size_t i, ArchiveWorker& worker) {
    read[i] = load_stored(worker.archive, worker.cache, series, unique_year[i], *unique[i],
                          Analysis::headline)
                  .document;
  });
  for (std::size_t e = 0; e < editions.size(); ++e) {
    std::vector<Document> headlines;
    if (kept[e]) {
      headlines = std::move(*kept[e]);
    } else {
      for (const ReportEntry& entry : entries[e])
        headlines.push_back(read[blob_index[entry.blob_id]]);
      cache.keep_headlines(entries[e], headlines);
    }
    for (std::size_t r = 0; r < entries[e].size(); ++r)
      editions[e].reports.push_back(
          {entries[e][r].id, headlines[r].title, headlines[r].rating.value});
  }
  cache.flush();
  return make_tier_table(series, std::move(editions), options);
}

}  // namespace yoy
