// A report's timeline across editions, and reading its editions from the archive.
// Blame lives in blame.cpp.
#include "yoy/app/history.h"

#include <algorithm>
#include <map>
#include <memory>

#include "yoy/app/stored_report.h"
#include "yoy/archive/archive.h"
#include "yoy/normalize/words.h"
#include "yoy/util/error.h"

namespace yoy {

namespace {

// Words as the differ and the policy count them (normalize/words.h).
int words_in(const std::string& text) { return static_cast<int>(count_words(text)); }

void count_runs(const std::vector<WordRun>& runs, int& added, int& removed) {
  for (const WordRun& run : runs) {
    if (run.op == '+') added += words_in(run.text);
    if (run.op == '-') removed += words_in(run.text);
  }
}

int list_items(const Document& document) {
  int n = 0;
  for (const Section& section : document.sections)
    if (section.is_list) n += static_cast<int>(section.blocks.size());
  return n;
}

void measure_text_change(const ReportChange& change, TimelineEntry& entry) {
  for (const SectionChange& section : change.sections)
    for (const BlockChange& block : section.blocks) {
      if (block.change == Change::added) entry.words_added += words_in(block.to);
      if (block.change == Change::removed) entry.words_removed += words_in(block.from);
      if (block.change == Change::modified) {
        if (block.coarse || block.words.empty()) {
          entry.words_added += words_in(block.to);
          entry.words_removed += words_in(block.from);
        } else {
          count_runs(block.words, entry.words_added, entry.words_removed);
        }
      }
    }
  for (const ListChange& list : change.lists)
    for (const ItemChange& item : list.items) {
      if (item.change == Change::added) {
        ++entry.recommendations_new;
        entry.words_added += words_in(item.to);
      } else if (item.change == Change::removed) {
        ++entry.recommendations_removed;
        entry.words_removed += words_in(item.from);
      } else if (item.change == Change::reworded) {
        ++entry.recommendations_reworded;
        count_runs(item.words, entry.words_added, entry.words_removed);
      }
    }
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
        entry.statistics_changed = static_cast<int>(change.statistics.size());
        measure_text_change(change, entry);
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
        const Document document = load_stored_report(archive, cache, series, year, *entry, false);
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
