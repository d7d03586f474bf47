// --stat: a ChangeSet counted per report, as `git diff --stat` counts per file.
#include "yoy/diff/change_filter.h"
#include "yoy/normalize/words.h"

namespace yoy {

namespace {

int words_in(const std::string& text) { return static_cast<int>(count_words(text)); }

void count_runs(const std::vector<WordRun>& runs, ReportStat& stat) {
  for (const WordRun& run : runs) {
    if (run.op == '+') stat.words_added += words_in(run.text);
    if (run.op == '-') stat.words_removed += words_in(run.text);
  }
}

ReportStat stat_of(const ReportChange& report) {
  ReportStat stat;
  stat.id = report.id;
  stat.title = report.title;
  stat.change = report.change;
  if (report.rating && report.rating->direction != Direction::unchanged) {
    stat.rating_from = report.rating->from;
    stat.rating_to = report.rating->to;
    stat.direction = report.rating->direction;
  }
  for (const ListChange& list : report.lists) {
    for (const ItemChange& item : list.items) {
      switch (item.change) {
        case Change::added:
          ++stat.items_added, stat.words_added += words_in(item.to);
          break;
        case Change::removed:
          ++stat.items_removed, stat.words_removed += words_in(item.from);
          break;
        case Change::reworded:
          ++stat.items_reworded, count_runs(item.words, stat);
          break;
        case Change::moved:
          ++stat.items_moved;
          break;
        default:
          break;
      }
    }
  }
  for (const StatisticChange& statistic : report.statistics) {
    if (statistic.change == Change::added)
      ++stat.statistics_added;
    else if (statistic.change == Change::removed)
      ++stat.statistics_removed;
    else
      ++stat.statistics_changed;
  }
  for (const SectionChange& section : report.sections) {
    if (section.change != Change::unchanged) ++stat.sections_changed;
    for (const BlockChange& block : section.blocks) {
      switch (block.change) {
        case Change::added:
          ++stat.blocks_added, stat.words_added += words_in(block.to);
          break;
        case Change::removed:
          ++stat.blocks_removed, stat.words_removed += words_in(block.from);
          break;
        case Change::modified:
          ++stat.blocks_modified;
          if (block.coarse || block.words.empty()) {
            stat.words_added += words_in(block.to);
            stat.words_removed += words_in(block.from);
          } else {
            count_runs(block.words, stat);
          }
          break;
        case Change::moved:
          ++stat.blocks_moved;
          break;
        default:
          break;
      }
    }
  }
  return stat;
}

void add_to(ReportStat& total, const ReportStat& stat) {
  total.items_added += stat.items_added;
  total.items_removed += stat.items_removed;
  total.items_reworded += stat.items_reworded;
  total.items_moved += stat.items_moved;
  total.statistics_changed += stat.statistics_changed;
  total.statistics_added += stat.statistics_added;
  total.statistics_removed += stat.statistics_removed;
  total.blocks_added += stat.blocks_added;
  total.blocks_removed += stat.blocks_removed;
  total.blocks_modified += stat.blocks_modified;
  total.blocks_moved += stat.blocks_moved;
  total.sections_changed += stat.sections_changed;
  total.words_added += stat.words_added;
  total.words_removed += stat.words_removed;
}

}  // namespace

ChangeStat change_stat(const ChangeSet& changes) {
  ChangeStat out;
  out.from = changes.from;
  out.to = changes.to;
  out.reversed = changes.reversed;
  out.reports_compared = changes.summary.reports;
  for (const ReportChange& report : changes.reports) {
    out.reports.push_back(stat_of(report));
    add_to(out.total, out.reports.back());
  }
  return out;
}

}  // namespace yoy
