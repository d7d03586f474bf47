#pragma once
// A filter that matches nothing is a mistake, never "no changes": `--section
// NAME` must name a section some report of either edition has.
#include <string>
#include <vector>

#include "yoy/model/changeset.h"
#include "yoy/tally/report_sink.h"

namespace yoy {

class Archive;

// Throws InputError for the first of `wanted` that matches (by section key, as
// --section does) none of `headings`: "--section 'prosecuton': no section of that
// name in tip/2024 or tip/2025; did you mean 'prosecution'?". `where` names the editions.
void require_sections(const std::vector<std::string>& wanted,
                      const std::vector<std::string>& headings, const std::string& where);

// Every heading a report names (sections, renamed sections' old headings,
// lists, statistics' sections).
std::vector<std::string> headings_of(const ReportChange& report);

// Hands every report on to `next` unchanged, noting first the headings it names,
// before a FilterSink after it narrows the report to --section.
class HeadingSink : public ReportSink {
 public:
  explicit HeadingSink(ReportSink& next) : next_(next) {}
  void begin(const ChangeSet& head, std::size_t reports) override;
  void prepare(std::size_t k, ReportChange& report) override;
  void take(std::size_t k, ReportChange&& report) override;
  void end(int reports_compared) override;
  std::vector<std::string> headings() const;  // of every report handed over

 private:
  ReportSink& next_;
  std::vector<std::vector<std::string>> headings_;  // per report, set by prepare
};

// require_sections for an edition diff: the `headings` the diff's reports
// named first (HeadingSink); only when some name is not among them, every
// stored report of the two editions (or of `ids`) is read (through the analysis
// cache, without sentence analysis) for all its headings.
void require_edition_sections(const Archive& archive, const EditionRef& from, const EditionRef& to,
                              const std::vector<std::string>& ids,
                              std::vector<std::string> headings,
                              const std::vector<std::string>& wanted);

}  // namespace yoy
