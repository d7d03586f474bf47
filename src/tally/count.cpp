// count: a report's changes tallied by kind, and a ChangeSet's summary from them.
#include "yoy/tally/count.h"

#include "yoy/normalize/words.h"

namespace yoy {

namespace {

int words_in(const std::string& text) { return static_cast<int>(count_words(text)); }

void count_runs(const std::vector<WordRun>& runs, ChangeCount& c) {
  for (const WordRun& run : runs) {
    if (run.op == '+') c.words_added += words_in(run.text);
    if (run.op == '-') c.words_removed += words_in(run.text);
  }
}

}  // namespace

ChangeCount count(const ReportChange& report) {
  ChangeCount c;
  c.rating_changes = report.change == Change::changed && report.rating &&
                     report.rating->direction != Direction::unchanged;
  for (const ListChange& list : report.lists)
    for (const ItemChange& item : list.items) {
      switch (item.change) {
        case Change::added:
          ++c.items_added, c.words_added += words_in(item.to);
          break;
        case Change::removed:
          ++c.items_removed, c.words_removed += words_in(item.from);
          break;
        case Change::reworded:
          ++c.items_reworded, count_runs(item.words, c);
          break;
        case Change::moved:
          ++c.items_moved;
          break;
        default:
          break;
      }
    }
  for (const StatisticChange& statistic : report.statistics) {
    if (statistic.change == Change::added)
      ++c.statistics_added;
    else if (statistic.change == Change::removed)
      ++c.statistics_removed;
    else
      ++c.statistics_changed;
  }
  for (const SectionChange& section : report.sections) {
    if (section.change != Change::unchanged) ++c.sections_changed;
    for (const BlockChange& block : section.blocks) {
      switch (block.change) {
        case Change::added:
          ++c.blocks_added, c.words_added += words_in(block.to);
          break;
        case Change::removed:
          ++c.blocks_removed, c.words_removed += words_in(block.from);
          break;
        case Change::modified:
          ++c.blocks_modified;
          if (block.coarse || block.words.empty()) {
            c.words_added += words_in(block.to);
            c.words_removed += words_in(block.from);
          } else {
            count_runs(block.words, c);
          }
          break;
        case Change::moved:
          ++c.blocks_moved;
          break;
        default:
          break;
      }
    }
  }
  return c;
}

void add_to(ChangeCount& t, const ChangeCount& m) {
  t.items_added += m.items_added, t.items_removed += m.items_removed;
  t.items_reworded += m.items_reworded, t.items_moved += m.items_moved;
  t.statistics_changed += m.statistics_changed, t.statistics_added += m.statistics_added;
  t.statistics_removed += m.statistics_removed;
  t.sections_changed += m.sections_changed;
  t.blocks_added += m.blocks_added, t.blocks_removed += m.blocks_removed;
  t.blocks_modified += m.blocks_modified, t.blocks_moved += m.blocks_moved;
  t.words_added += m.words_added, t.words_removed += m.words_removed;
  t.rating_changes += m.rating_changes;
}

void add_to_summary(ChangeSummary& s, const ReportChange& r) {
  const ChangeCount c = count(r);
  ++s.reports;
  s.changed += r.change == Change::changed;
  s.added += r.change == Change::added;
  s.removed += r.change == Change::removed;
  s.rating_changes += c.rating_changes;
  s.items_added += c.items_added, s.items_removed += c.items_removed;
  s.items_reworded += c.items_reworded, s.items_moved += c.items_moved;
  s.statistics_changed += c.statistics_changed, s.statistics_added += c.statistics_added;
  s.statistics_removed += c.statistics_removed;
  s.blocks_added += c.blocks_added, s.blocks_removed += c.blocks_removed;
  s.blocks_modified += c.blocks_modified, s.blocks_moved += c.blocks_moved;
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

}  // namespace yoy
