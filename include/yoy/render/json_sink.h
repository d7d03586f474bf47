#pragma once
// `yoy diff --format json` streamed: each report is rendered by the worker
// that diffed it (ReportSink::prepare) and only its JSON is kept, so no whole
// ChangeSet is ever held. The bytes are render_json's of the same reports.
#include <cstddef>
#include <string>
#include <vector>

#include "yoy/model/changeset.h"
#include "yoy/tally/report_sink.h"

namespace yoy {

class JsonSink : public ReportSink {
 public:
  void begin(const ChangeSet& head, std::size_t reports) override;
  void prepare(std::size_t k, ReportChange& report) override;
  void take(std::size_t k, ReportChange&& report) override;
  void end(int reports_compared) override;
  // The document: render_json of the ChangeSet the reports make (once, after end).
  std::string json();
  bool differs() const { return differs_; }  // some report changed, was added or removed

 private:
  struct Piece {
    std::string json;
    ChangeSummary counted;
    bool changed = false;
  };
  ChangeSet head_;
  std::vector<Piece> pieces_;  // per report, filled by prepare
  std::vector<std::string> taken_;
  bool differs_ = false;
};

}  // namespace yoy
