// compare_files: the use case behind `yoy compare`.
#include "yoy/app/compare.h"

#include <utility>

#include "yoy/diff/ignore_text.h"
#include "yoy/parse/block_analysis.h"
#include "yoy/tally/count.h"
#include "yoy/util/error.h"

namespace yoy {

Comparison compare_files(const std::string& old_path, const std::string& new_path, Profile profile,
                         std::size_t max_input, const DiffOptions& options) {
  if (old_path == "-" && new_path == "-")
    throw InputError("compare: OLD and NEW cannot both be '-' (standard input is read once)");
  const IgnoredText refused_early(options.ignore);  // a bad pattern, before any file is read
  Document from = parse_file(old_path, profile, max_input);
  Document to = parse_file(new_path, profile, max_input);
  // Standard input has no file name: the report is the one on the other side.
  if (old_path == "-") from.id = to.id;
  if (new_path == "-") to.id = from.id;
  Comparison result;
  result.changes.from = {from.series, from.year, old_path};
  result.changes.to = {to.series, to.year, new_path};
  ReportChange report = diff_documents(&from, &to, options, profile_analysis());  // --ignore too
  result.differs = report.change != Change::unchanged;
  if (result.differs || options.include_unchanged)
    result.changes.reports.push_back(std::move(report));
  summarize(result.changes, 1);
  return result;
}

}  // namespace yoy
