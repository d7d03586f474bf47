// The sinks of the tally stage: filtering, collecting and --stat.
#include "yoy/tally/report_sink.h"

#include <utility>

#include "yoy/tally/count.h"

namespace yoy {

void FilterSink::begin(const ChangeSet& head, std::size_t reports) {
  shown_.assign(reports, 0);
  next_.begin(head, reports);
}

void FilterSink::prepare(std::size_t k, ReportChange& report) {
  filter_report(report, filter_);
  shown_[k] = report.change != Change::unchanged || filter_.include_unchanged;
  if (shown_[k]) next_.prepare(k, report);
}

void FilterSink::take(std::size_t k, ReportChange&& report) {
  if (shown_[k]) next_.take(k, std::move(report));
}

void FilterSink::end(int reports_compared) { next_.end(reports_compared); }

void ChangeSetSink::begin(const ChangeSet& head, std::size_t) {
  changes_ = head;
  changes_.reports.clear();
}

void ChangeSetSink::take(std::size_t, ReportChange&& report) {
  changes_.reports.push_back(std::move(report));
}

void ChangeSetSink::end(int reports_compared) { summarize(changes_, reports_compared); }

void StatSink::begin(const ChangeSet& head, std::size_t) {
  stat_ = ChangeStat{};
  stat_.from = head.from;
  stat_.to = head.to;
  stat_.reversed = head.reversed;
}

void StatSink::take(std::size_t, ReportChange&& report) {
  differs_ = differs_ || report.change != Change::unchanged;
  stat_.reports.push_back(stat_of(report));
  add_to(stat_.total, stat_.reports.back());
}

void StatSink::end(int reports_compared) { stat_.reports_compared = reports_compared; }

}  // namespace yoy
