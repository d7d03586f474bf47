// compare_files: the use case behind `yoy compare`.
#include "yoy/app/compare.h"

#include <utility>

namespace yoy {

Comparison compare_files(const std::string& old_path, const std::string& new_path, Profile profile,
                         std::size_t max_input, const DiffOptions& options) {
  const Document from = parse_file(old_path, profile, max_input);
  const Document to = parse_file(new_path, profile, max_input);
  Comparison result;
  result.changes.from = {from.series, from.year, old_path};
  result.changes.to = {to.series, to.year, new_path};
  ReportChange report = diff_documents(&from, &to, options);
  result.differs = report.change != Change::unchanged;
  if (result.differs || options.include_unchanged)
    result.changes.reports.push_back(std::move(report));
  summarize(result.changes, 1);
  return result;
}

}  // namespace yoy
