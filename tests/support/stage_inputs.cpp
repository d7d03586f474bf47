#include "support/stage_inputs.h"

#include <utility>

#include "yoy/diff/diff.h"
#include "yoy/parse/block_analysis.h"
#include "yoy/parse/parse.h"
#include "yoy/tally/count.h"
#include "yoy/util/limits.h"

namespace yoy::test {

Document parsed_text(const std::string& bytes, const std::string& source_path,
                     const std::string& profile, bool analyze) {
  ParseOptions options;
  options.profile = profile_from_name(profile);
  options.source_path = source_path;
  options.analyze = analyze;
  return parse_document(bytes, options);
}

Document parsed_file(const std::string& path, const std::string& profile) {
  return parse_file(path, profile_from_name(profile), limits::kMaxInputBytes);
}

ChangeSet compared_files(const std::string& old_path, const std::string& new_path) {
  Document from = parsed_file(old_path);  // non-const: the analysis may fill blocks in
  Document to = parsed_file(new_path);
  ChangeSet changes;
  changes.from = {from.series, from.year, old_path};
  changes.to = {to.series, to.year, new_path};
  ReportChange report = diff_documents(&from, &to, DiffOptions{}, profile_analysis());
  if (report.change != Change::unchanged) changes.reports.push_back(std::move(report));
  summarize(changes, 1);
  return changes;
}

ReportChange diffed(const Document* from, const Document* to, bool include_unchanged) {
  DiffOptions options;
  options.include_unchanged = include_unchanged;
  return diff_documents(from, to, options);
}

}  // namespace yoy::test
