// A report's timeline across editions, and reading its editions from the archive.
// Blame lives in blame.cpp.
#include "yoy/app/history.h"

#include <algorithm>
#include <map>
#include <memory>

#include "yoy/app/stored_report.h"
#include "yoy/archive/archive.h"
#include "yoy/tally/count.h"
#include "yoy/util/error.h"

namespace yoy {

namespace {

int list_items(const Document& document) {
  int n = 0;
  for (const Section& section : document.sections)
    if (section.is_list) n += static_cast<int>(section.blocks.size());
  return n;
}

// What the timeline shows of one edition's change: its count (tally/count).
void measure_change(const ReportChange& change, TimelineEntry& entry) {
  const ChangeCount c = count(change);
  entry.statistics_changed = c.statistics();
  entry.recommendations_new = c.items_added;
  entry.recommendations_removed = c.items_removed;
  entry.recommendations_reworded = c.items_reworded;
  entry.words_added = c.words_added;
  entry.words_removed = c.words_removed;
}

}  // namespace

LoadedHistory load_history(const Archive& archive, const std::string& series, const std::string& id,
                           int last_year, const HistoryProgress& progress) {
  bool known_series = false;
  for (const SeriesInfo& info : archive.series()) known_series |= info.name == series;
  if (!known_series) throw InputError("no series '" + series + "' in the archive (see yoy list)");
  std::vector<int> years = archive.years(series);
  if (last_year != 0) {
    if (std::find(years.begin(), years.end(), last_year) == years.end())
      throw InputError("no edition " + series + "/" + std::to_string(last_year) +
                       " in the archive (see yoy list)");
    years.erase(std::upper_bound(years.begin(), years.end(), last_year), years.end());
  }
  LoadedHistory history;
  std::map<std::string, const Document*> by_blob;
  AnalysisCache cache(archive);
  int done = 0;
  for (int year : years) {
    ReportEdition edition{year, nullptr};
    if (auto entry = archive.find(series, year, id)) {
      auto cached = by_blob.find(entry->blob_id);
      if (cached != by_blob.end()) {
        edition.document = cached->second;
      } else {
        history.documents.push_back(
            std::make_unique<Document>(load_stored_report(archive, cache, series, year, *entry)));
        edition.document = history.documents.back().get();
        by_blob[entry->blob_id] = edition.document;
      }
    }
    history.editions.push_back(edition);
    if (progress) progress(++done, static_cast<int>(years.size()));
  }
  cache.flush();
  if (history.documents.empty())
    throw InputError("no report '" + id + "' in series " + series + " (see yoy list)");
  if (last_year != 0 && !history.editions.back().document)
    throw InputError("no report '" + id + "' in " + series + "/" + std::to_string(last_year) +
                     " (see yoy log " + id + ")");
  return history;
}

Timeline build_timeline(const std::string& series, const std::string& id,
                        const std::vector<ReportEdition>& editions, const DiffOptions& options) {
  Timeline timeline;
  timeline.series = series;
  timeline.id = id;
  const Document* previous = nullptr;
  for (const ReportEdition& edition : editions) {
    TimelineEntry entry;
    entry.year = edition.year;
    const Document* current = edition.document;
    if (current) {
      entry.present = true;
      timeline.title = current->title;
      entry.tier = current->rating.value;
      entry.recommendations = list_items(*current);
      if (!previous) {
        entry.first = true;
        entry.recommendations_new = entry.recommendations;
      } else if (previous == current) {  // identical bytes: nothing changed
        if (current->rating.present()) entry.direction = Direction::unchanged;
      } else {
        ReportChange change = diff_documents(previous, current, options);
        if (change.rating) entry.direction = change.rating->direction;
        measure_change(change, entry);
      }
      previous = current;
    }
    timeline.entries.push_back(entry);
  }
  return timeline;
}

std::vector<std::pair<int, std::string>> rating_history(const Archive& archive,
                                                        const std::string& series,
                                                        const std::string& id) {
  std::vector<std::pair<int, std::string>> history;
  std::map<std::string, std::string> by_blob;  // identical bytes, same rating
  AnalysisCache cache(archive);
  for (int year : archive.years(series)) {
    std::string rating;
    if (auto entry = archive.find(series, year, id)) {
      auto cached = by_blob.find(entry->blob_id);
      if (cached == by_blob.end()) {
        // The rating needs no sentence or statistics analysis.
        const Document document =
            load_stored_report(archive, cache, series, year, *entry, Analysis::deferred);
        cached = by_blob.emplace(entry->blob_id, document.rating.value).first;
      }
      rating = cached->second;
    }
    history.emplace_back(year, rating);
  }
  cache.flush();
  return history;
}

Timeline report_timeline(const Archive& archive, const std::string& series, const std::string& id,
                         const DiffOptions& options, const HistoryProgress& progress) {
  LoadedHistory history = load_history(archive, series, id, 0, progress);
  return build_timeline(series, id, history.editions, options);
}

Blame report_blame(const Archive& archive, const std::string& series, int year,
                   const std::string& id, const DiffOptions& options,
                   const HistoryProgress& progress) {
  LoadedHistory history = load_history(archive, series, id, year, progress);
  return build_blame(series, id, history.editions, options);
}

}  // namespace yoy
