// The differ asks for analysis through BlockAnalysis (diff/analysis.h): only
// for the blocks the alignment did not pair as identical, once each, and again
// for an analyzed block that --ignore cut. The documents are TIP-shaped (real
// sentences of the North Korea narrative) and start unanalyzed, as a report
// parsed with analysis deferred does; a recording analysis stands in for the
// parser's: a block's comparison form, and its text as one sentence.
#include "yoy/diff/analysis.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "support/doc_builder.h"
#include "yoy/diff/diff.h"
#include "yoy/normalize/normalize.h"

namespace yoy {
namespace {

class RecordingAnalysis : public BlockAnalysis {
 public:
  void analyze(std::string_view profile, Block& block) const override {
    asked.insert(block.text);
    profiles.insert(std::string(profile));
    block.compare = compare_form(block.text);
    block.sentences = {Sentence{block.text, block.compare}};
  }
  mutable std::multiset<std::string> asked;
  mutable std::set<std::string> profiles;
};

const std::string kSame =
    "The government did not report any trafficking-related law enforcement efforts.";
const std::string kOld =
    "The DPRK holds an estimated 80,000 to 120,000 persons in political prison camps.";
const std::string kNew =
    "The DPRK holds an estimated 80,000 to 200,000 persons in political prison camps.";
const std::string kAdded =
    "Political repression and economic deprivation prompted North Koreans to flee.";

// Built analyzed, then stripped as a deferred parse leaves it (comparison forms only).
Document unanalyzed(const std::vector<testing::SectionSpec>& sections) {
  Document document = testing::make_document("north-korea", "Tier 3", sections);
  document.profile = "tip";
  for (Section& section : document.sections)
    for (Block& block : section.blocks) block.sentences.clear(), block.statistics.clear();
  return document;
}

TEST(Analysis, OnlyTheBlocksThatDifferAreAnalyzedOnce) {
  Document from = unanalyzed({{"PROSECUTION", {kSame, kOld}}});
  Document to = unanalyzed({{"PROSECUTION", {kSame, kNew, kAdded}}});
  RecordingAnalysis analysis;
  const ReportChange report = diff_documents(&from, &to, DiffOptions{}, analysis);
  EXPECT_EQ(analysis.asked, (std::multiset<std::string>{kOld, kNew, kAdded}));
  EXPECT_EQ(analysis.profiles, (std::set<std::string>{"tip"}));
  ASSERT_EQ(report.sections.size(), 1u);
  ASSERT_EQ(report.sections[0].blocks.size(), 2u);
  EXPECT_EQ(report.sections[0].blocks[0].change, Change::modified);
  EXPECT_EQ(report.sections[0].blocks[1].change, Change::added);
  // The documents keep what was analyzed; the identical block stays as it was.
  EXPECT_TRUE(from.sections[0].blocks[0].sentences.empty());
  EXPECT_EQ(to.sections[0].blocks[1].sentences.size(), 1u);
  // Analyzed blocks are not asked for again.
  RecordingAnalysis again;
  diff_documents(&from, &to, DiffOptions{}, again);
  EXPECT_TRUE(again.asked.empty());
}

TEST(Analysis, IgnoredTextIsCutInsideTheDifferAndTheBlockAnalyzedAgain) {
  const std::string stamped = kSame + " Last updated: May 2025";
  Document from = unanalyzed({{"PROSECUTION", {kSame, kOld}}});
  Document to = unanalyzed({{"PROSECUTION", {stamped, kOld}}});
  to.sections[0].blocks[0].sentences = {Sentence{stamped, stamped}};  // analyzed before the cut
  RecordingAnalysis without;
  Document from_copy = from, to_copy = to;
  EXPECT_EQ(diff_documents(&from_copy, &to_copy, DiffOptions{}, without).change, Change::changed);
  DiffOptions options;
  options.ignore = {"Last updated: [A-Za-z]+ [0-9]+"};
  RecordingAnalysis analysis;
  const ReportChange report = diff_documents(&from, &to, options, analysis);
  EXPECT_EQ(report.change, Change::unchanged);
  EXPECT_EQ(to.sections[0].blocks[0].text, kSame);
  EXPECT_EQ(analysis.asked, (std::multiset<std::string>{kSame}));  // re-analyzed once cut
}

TEST(Analysis, AReportOnOneSideOnlyNeedsNoAnalysis) {
  Document to = unanalyzed({{"PROSECUTION", {kSame}}});
  RecordingAnalysis analysis;
  const ReportChange report = diff_documents(nullptr, &to, DiffOptions{}, analysis);
  EXPECT_EQ(report.change, Change::added);
  EXPECT_EQ(report.id, "north-korea");
  EXPECT_TRUE(analysis.asked.empty());
}

}  // namespace
}  // namespace yoy
