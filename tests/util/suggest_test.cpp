// "Did you mean": edit distance with transpositions, the closest candidates
// within a third of the longer word, an unambiguous prefix, and the message tail.
// Names are yoy's own (commands, report ids of the TIP corpus, policy rules).
#include "yoy/util/suggest.h"

#include <gtest/gtest.h>

namespace yoy {
namespace {

TEST(Suggest, EditDistanceCountsATranspositionAsOneEdit) {
  EXPECT_EQ(edit_distance("north-korea", "north-korea"), 0u);
  EXPECT_EQ(edit_distance("nort-korea", "north-korea"), 1u);  // one letter left out
  EXPECT_EQ(edit_distance("dfif", "diff"), 1u);               // two letters swapped
  EXPECT_EQ(edit_distance("", "tiers"), 5u);
  EXPECT_EQ(edit_distance("kitten", "sitting"), 3u);
}

TEST(Suggest, TheClosestCandidatesWithinAThirdOfTheLongerWord) {
  const std::vector<std::string> rules = {"tier-downgrade", "tier-change", "tier-contradiction"};
  EXPECT_EQ(suggestions("tier-downgrade", rules), std::vector<std::string>{"tier-downgrade"});
  EXPECT_TRUE(suggestions("statistic-change", rules).empty());  // too far from all
  // Ties are all said, in the candidates' order.
  EXPECT_EQ(suggestions("bat", {"cat", "bar", "bath"}),
            (std::vector<std::string>{"cat", "bar", "bath"}));
  // A three-letter word allows one edit, a two-letter one too (at least 1).
  EXPECT_EQ(suggestions("lg", {"log"}), std::vector<std::string>{"log"});
  EXPECT_TRUE(suggestions("", {"log"}).empty());
}

TEST(Suggest, AnUnambiguousPrefixIsASuggestion) {
  EXPECT_EQ(suggestions("comp", {"compare", "check", "cat"}), std::vector<std::string>{"compare"});
  EXPECT_TRUE(suggestions("c", {"compare", "check"}).empty());  // two begin so
}

TEST(Suggest, DidYouMeanIsTheTailOfAOneLineMessage) {
  EXPECT_EQ(did_you_mean("nort-korea", {"north-korea", "burma"}), "; did you mean 'north-korea'?");
  EXPECT_EQ(did_you_mean("bat", {"cat", "bar"}), "; did you mean 'cat' or 'bar'?");
  EXPECT_EQ(did_you_mean("bat", {"cat", "bar", "bag"}), "; did you mean 'cat', 'bar' or 'bag'?");
  EXPECT_EQ(did_you_mean("zzzzzz", {"north-korea"}), "");
}

}  // namespace
}  // namespace yoy
