#pragma once
// Where the reports of an edition diff go, one at a time and in id order, as
// git's diff hands each file's change to an emit callback and wikidiff2 to a
// formatter: a sink filters them, collects them, counts them, or writes them
// out. The diff runs on workers; a sink may do its share there (prepare), so a
// report can be rendered as soon as it is diffed and need not be kept.
#include <cstddef>
#include <utility>
#include <vector>

#include "yoy/model/changeset.h"
#include "yoy/tally/change_filter.h"
#include "yoy/tally/change_stat.h"

namespace yoy {

class ReportSink {
 public:
  virtual ~ReportSink() = default;
  // Before any report: the ChangeSet's head (editions, reversed; no reports) and
  // how many reports are handed over (every k below is less).
  virtual void begin(const ChangeSet& /*head*/, std::size_t /*reports*/) {}
  // On a worker thread, as soon as report k is diffed, while other workers
  // prepare other reports: a sink may work on k's report here (render it, and
  // clear what it no longer needs). It touches nothing but what is k's own.
  virtual void prepare(std::size_t /*k*/, ReportChange& /*report*/) {}
  // On the calling thread, in id order, after k's prepare: the report as prepare left it.
  virtual void take(std::size_t k, ReportChange&& report) = 0;
  // After the last report: how many reports were compared (identical ones,
  // never handed over, and reports left out by a filter included).
  virtual void end(int /*reports_compared*/) {}
};

// What an edition diff shows (ChangeFilter: --only, --section, --all): each
// report narrowed by `filter`, and passed on when it changed, or with
// include_unchanged. Everything else goes to `next` as it comes.
class FilterSink : public ReportSink {
 public:
  FilterSink(ChangeFilter filter, ReportSink& next) : filter_(std::move(filter)), next_(next) {}
  void begin(const ChangeSet& head, std::size_t reports) override;
  void prepare(std::size_t k, ReportChange& report) override;
  void take(std::size_t k, ReportChange&& report) override;
  void end(int reports_compared) override;

 private:
  const ChangeFilter filter_;
  ReportSink& next_;
  std::vector<char> shown_;  // per report, set by prepare
};

// The reports collected as a ChangeSet, summarized.
class ChangeSetSink : public ReportSink {
 public:
  void begin(const ChangeSet& head, std::size_t reports) override;
  void take(std::size_t k, ReportChange&& report) override;
  void end(int reports_compared) override;
  ChangeSet& changes() { return changes_; }

 private:
  ChangeSet changes_;
};

// --stat: one line of counts per report and their total, without keeping the reports.
class StatSink : public ReportSink {
 public:
  void begin(const ChangeSet& head, std::size_t reports) override;
  void take(std::size_t k, ReportChange&& report) override;
  void end(int reports_compared) override;
  const ChangeStat& stat() const { return stat_; }
  bool differs() const { return differs_; }  // some report changed, was added or removed

 private:
  ChangeStat stat_;
  bool differs_ = false;
};

}  // namespace yoy
