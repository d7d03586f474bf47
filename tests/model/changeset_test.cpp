// has_changes: what --exit-code reports, on both sides of "unchanged".
#include "yoy/model/changeset.h"

#include <gtest/gtest.h>

namespace {

using yoy::Change;
using yoy::ChangeSet;
using yoy::ReportChange;

ReportChange report(const std::string& id, Change change) {
  ReportChange r;
  r.id = id;
  r.change = change;
  return r;
}

TEST(ChangeSet, HasChangesWhenAReportChangedWasAddedOrRemoved) {
  ChangeSet changes;
  EXPECT_FALSE(yoy::has_changes(changes));
  changes.reports.push_back(report("a", Change::unchanged));  // shown by --all
  EXPECT_FALSE(yoy::has_changes(changes));
  for (Change change : {Change::changed, Change::added, Change::removed}) {
    ChangeSet one = changes;
    one.reports.push_back(report("b", change));
    EXPECT_TRUE(yoy::has_changes(one)) << yoy::change_name(change);
  }
}

}  // namespace
