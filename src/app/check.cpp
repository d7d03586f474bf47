// check_editions: diff every report (unchanged ones too, so they count as
// checked), apply the policy, and say where each report's file is.
#include "yoy/app/check.h"

#include "yoy/app/edition_diff.h"
#include "yoy/archive/archive.h"
#include "yoy/model/report_path.h"

namespace yoy {

CheckResult check_editions(const Archive& archive, const EditionRef& from, const EditionRef& to,
                           const Policy& policy, DiffOptions options) {
  options.include_unchanged = true;
  const ChangeSet changes = diff_editions(archive, from, to, {}, options);
  CheckResult result = evaluate_policy(policy, changes);
  // The old edition's path first, the new one's over it: a removed report keeps its old file.
  for (const EditionRef* edition : {&from, &to})
    for (const ReportEntry& entry : archive.reports(edition->series, edition->year))
      result.paths[entry.id] = archive_path(edition->series, edition->year, entry.path);
  return result;
}

}  // namespace yoy
