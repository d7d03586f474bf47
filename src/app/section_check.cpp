// --section names something or is refused: the headings of both editions, by key.
#include "yoy/app/section_check.h"

#include <algorithm>
#include <set>

#include "yoy/app/analysis_cache.h"
#include "yoy/app/stored_report.h"
#include "yoy/archive/archive.h"
#include "yoy/normalize/normalize.h"
#include "yoy/util/error.h"
#include "yoy/util/suggest.h"

namespace yoy {

namespace {

std::vector<std::string> unmatched(const std::vector<std::string>& wanted,
                                   const std::vector<std::string>& headings) {
  std::set<std::string> keys;
  for (const std::string& heading : headings) keys.insert(section_key(heading));
  std::vector<std::string> out;
  for (const std::string& name : wanted)
    if (!keys.count(section_key(name))) out.push_back(name);
  return out;
}

}  // namespace

void require_sections(const std::vector<std::string>& wanted,
                      const std::vector<std::string>& headings, const std::string& where) {
  const std::vector<std::string> missing = unmatched(wanted, headings);
  if (missing.empty()) return;
  std::set<std::string> keys;
  for (const std::string& heading : headings) keys.insert(section_key(heading));
  const std::vector<std::string> candidates(keys.begin(), keys.end());
  const std::string& name = missing.front();
  throw InputError("--section '" + name + "': no section of that name in " + where +
                   did_you_mean(section_key(name), candidates));
}

std::vector<std::string> headings_of(const ReportChange& report) {
  std::vector<std::string> out;
  for (const SectionChange& section : report.sections) {
    out.push_back(section.section);
    if (!section.from_section.empty()) out.push_back(section.from_section);
  }
  for (const ListChange& list : report.lists) out.push_back(list.section);
  for (const StatisticChange& statistic : report.statistics) out.push_back(statistic.section);
  return out;
}

void HeadingSink::begin(const ChangeSet& head, std::size_t reports) {
  headings_.assign(reports, {});
  next_.begin(head, reports);
}

void HeadingSink::prepare(std::size_t k, ReportChange& report) {
  headings_[k] = headings_of(report);
  next_.prepare(k, report);
}

void HeadingSink::take(std::size_t k, ReportChange&& report) { next_.take(k, std::move(report)); }

void HeadingSink::end(int reports_compared) { next_.end(reports_compared); }

std::vector<std::string> HeadingSink::headings() const {
  std::vector<std::string> out;
  for (const std::vector<std::string>& report : headings_)
    out.insert(out.end(), report.begin(), report.end());
  return out;
}

void require_edition_sections(const Archive& archive, const EditionRef& from, const EditionRef& to,
                              const std::vector<std::string>& ids,
                              std::vector<std::string> headings,
                              const std::vector<std::string>& wanted) {
  const std::string where = edition_label(from) + " or " + edition_label(to);
  if (unmatched(wanted, headings).empty()) return;
  // A section that did not change is named by no report of the diff: read the reports.
  AnalysisCache cache(archive);
  for (const EditionRef* edition : {&from, &to})
    for (const ReportEntry& entry : archive.reports(edition->series, edition->year)) {
      if (!ids.empty() && std::find(ids.begin(), ids.end(), entry.id) == ids.end()) continue;
      const Document document = load_stored_report(archive, cache, edition->series, edition->year,
                                                   entry, Analysis::deferred);
      for (const Section& section : document.sections) headings.push_back(section.heading);
    }
  cache.flush();
  require_sections(wanted, headings, where);
}

}  // namespace yoy
