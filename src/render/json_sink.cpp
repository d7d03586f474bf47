// JsonSink: the JSON renderer fed report by report, rendering on the workers.
#include "yoy/render/json_sink.h"

#include <utility>

#include "yoy/render/render.h"
#include "yoy/tally/count.h"

namespace yoy {

void JsonSink::begin(const ChangeSet& head, std::size_t reports) {
  head_ = head;
  head_.reports.clear();
  head_.summary = {};
  pieces_.assign(reports, Piece{});
  taken_.clear();
}

void JsonSink::prepare(std::size_t k, ReportChange& report) {
  Piece& piece = pieces_[k];
  piece.json = render_json_report(report);
  add_to_summary(piece.counted, report);
  piece.changed = report.change != Change::unchanged;
  report = ReportChange{};  // written out: nothing of it is kept
}

void JsonSink::take(std::size_t k, ReportChange&&) {
  Piece& piece = pieces_[k];
  add_to_summary(head_.summary, piece.counted);
  differs_ = differs_ || piece.changed;
  taken_.push_back(std::move(piece.json));
}

void JsonSink::end(int reports_compared) {
  head_.summary.reports = reports_compared;
  pieces_.clear();
}

std::string JsonSink::json() { return render_json_around(head_, taken_); }

}  // namespace yoy
