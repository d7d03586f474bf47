// --section names something or is refused: require_sections matches headings by
// their key (case and spacing aside) and names the closest one; HeadingSink
// notes every heading of each report before a FilterSink narrows it to
// --section. Reports are the hand-built north-korea change (support/sample_changes).
#include "yoy/app/section_check.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "support/sample_changes.h"
#include "yoy/tally/report_sink.h"
#include "yoy/util/error.h"

namespace yoy {
namespace {

bool has(const std::vector<std::string>& all, const std::string& one) {
  return std::find(all.begin(), all.end(), one) != all.end();
}

TEST(SectionCheck, AHeadingOfEitherEditionPassesWhateverItsCase) {
  const std::vector<std::string> headings = {"PROSECUTION", "Prioritized Recommendations"};
  EXPECT_NO_THROW(require_sections({"prosecution"}, headings, "tip/2024 or tip/2025"));
  EXPECT_NO_THROW(require_sections({"prioritized  recommendations"}, headings, "x"));
  EXPECT_NO_THROW(require_sections({}, {}, "x"));  // no --section: nothing to match
}

TEST(SectionCheck, ANameNoHeadingHasIsOneLineWithTheClosestHeading) {
  const std::vector<std::string> headings = {"PROSECUTION", "PROTECTION", "PREVENTION"};
  try {
    require_sections({"prosecution", "prosecuton"}, headings, "tip/2024 or tip/2025");
    FAIL() << "a section named by neither edition passed";
  } catch (const InputError& e) {
    EXPECT_EQ(std::string(e.what()),
              "--section 'prosecuton': no section of that name in tip/2024 or tip/2025; did you "
              "mean 'prosecution'?");
  }
  EXPECT_THROW(require_sections({"trafficking profile"}, headings, "x"), InputError);
}

TEST(SectionCheck, HeadingsOfAReportAreItsSectionsListsStatisticsAndOldNames) {
  const ReportChange report = testing::sample_changes().reports.front();
  const std::vector<std::string> headings = headings_of(report);
  EXPECT_TRUE(has(headings, "Prioritized Recommendations"));  // a list
  EXPECT_TRUE(has(headings, "Trafficking Profile"));          // statistics and a section
  EXPECT_TRUE(has(headings, "Prevention"));                   // a renamed section's new name
  EXPECT_TRUE(has(headings, "Prevention Efforts"));           // and its old one
  EXPECT_FALSE(has(headings, "Protection"));
}

TEST(SectionCheck, HeadingSinkSeesEveryHeadingBeforeTheFilterNarrowsTheReport) {
  ChangeFilter only_prevention;
  only_prevention.sections = {"Prevention"};
  ChangeSetSink collected;
  FilterSink shown(only_prevention, collected);
  HeadingSink named(shown);
  std::vector<ReportChange> reports = {testing::sample_changes().reports.front(),
                                       testing::quiet_report("quiet")};
  named.begin(testing::changes_of({}), reports.size());
  for (std::size_t k = reports.size(); k-- > 0;) named.prepare(k, reports[k]);
  for (std::size_t k = 0; k < reports.size(); ++k) named.take(k, std::move(reports[k]));
  named.end(2);
  const std::vector<std::string> headings = named.headings();
  EXPECT_TRUE(has(headings, "Prioritized Recommendations"));  // filtered out downstream
  EXPECT_TRUE(has(headings, "Prevention Efforts"));
  // What reached the sink after the filter is the narrowed report.
  ASSERT_EQ(collected.changes().reports.size(), 1u);
  EXPECT_TRUE(collected.changes().reports.front().lists.empty());
  EXPECT_EQ(collected.changes().summary.reports, 2);
}

}  // namespace
}  // namespace yoy
