// link_statistics: which figure of the new edition continues which of the old,
// through the differ's alignment (kept, reworded around, changed, moved, gone).
#include "yoy/diff/diff.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "support/doc_builder.h"

namespace yoy {
namespace {

using testing::make_document;

// "section/block/index -> section/block/index" for every link, in order.
std::vector<std::string> describe(const std::vector<StatisticLink>& links) {
  std::vector<std::string> out;
  auto at = [](const StatisticRef& r) {
    return std::to_string(r.section) + "/" + std::to_string(r.block) + "/" +
           std::to_string(r.index);
  };
  for (const StatisticLink& link : links) out.push_back(at(link.from) + "->" + at(link.to));
  std::sort(out.begin(), out.end());
  return out;
}

TEST(LinkStatistics, UnchangedBlocksLinkEveryFigureInOrder) {
  const Document a = make_document(
      "x", "", {{"Profile", {"The camps hold 80,000 to 120,000 persons and 3 guards."}}});
  ASSERT_EQ(a.sections[0].blocks[0].statistics.size(), 2u);
  EXPECT_EQ(describe(link_statistics(a, a)),
            (std::vector<std::string>{"0/0/0->0/0/0", "0/0/1->0/0/1"}));
}

TEST(LinkStatistics, ChangedValueInARewordedSentenceContinues) {
  const Document a = make_document(
      "x", "", {{"Profile", {"Intro sentence here. The camps hold an estimated 80,000 persons."}}});
  const Document b = make_document(
      "x", "",
      {{"Profile",
        {"Intro sentence here. The prison camps now hold an estimated 120,000 persons."}}});
  EXPECT_EQ(describe(link_statistics(a, b)), (std::vector<std::string>{"0/0/0->0/0/0"}));
}

TEST(LinkStatistics, MovedParagraphKeepsItsFigures) {
  const std::string first = "Officials convicted 12 traffickers in the capital during the year.";
  const std::string second = "The government identified 45 victims and referred them to care.";
  const Document a = make_document("x", "", {{"Prosecution", {first, second}}});
  const Document b = make_document("x", "", {{"Prosecution", {second, first}}});
  EXPECT_EQ(describe(link_statistics(a, b)),
            (std::vector<std::string>{"0/0/0->0/1/0", "0/1/0->0/0/0"}));
}

TEST(LinkStatistics, RemovedSentenceAndNewSectionHaveNoLink) {
  const Document a = make_document(
      "x", "", {{"Profile", {"Stable text stays. The report counted 300 cases last year."}}});
  const Document b = make_document("x", "",
                                   {{"Profile", {"Stable text stays."}},
                                    {"Protection", {"Authorities identified 45 victims."}}});
  EXPECT_TRUE(link_statistics(a, b).empty());
}

TEST(LinkStatistics, RenamedSectionStillLinks) {
  const std::string text =
      "Authorities identified 45 victims of forced labor and referred 20 of them to shelters.";
  const Document a = make_document("x", "", {{"Victim Protection", {text}}});
  const Document b = make_document("x", "", {{"Protection", {text}}});
  EXPECT_EQ(link_statistics(a, b).size(), 2u);
}

}  // namespace
}  // namespace yoy
