// ends_finished: whether a line ends like a finished sentence or heading, the
// test the text normalizer and the PDF reader use to keep or join a break.
// Lines are the seed's (2025 North Korea) and its page's.
#include "yoy/normalize/line_ends.h"

#include <gtest/gtest.h>

using yoy::ends_finished;

TEST(LineEnds, SentenceAndHeadingEnds) {
  EXPECT_TRUE(ends_finished("The DPRK remained on Tier 3."));
  EXPECT_TRUE(ends_finished("PRIORITIZED RECOMMENDATIONS:"));
  EXPECT_TRUE(ends_finished("Why would they leave?"));
  EXPECT_TRUE(ends_finished("Act now!"));
  EXPECT_TRUE(ends_finished("including children;"));
}

TEST(LineEnds, ALineCutMidSentenceIsNotFinished) {
  // The seed breaks "... media reports the" / "government inappropriately used ...".
  EXPECT_FALSE(ends_finished("During the reporting period, there were also media reports the"));
  EXPECT_FALSE(ends_finished("to monitor workers,"));
  EXPECT_FALSE(ends_finished("PROSECUTION"));
  EXPECT_FALSE(ends_finished("80,000 to 200,000"));
}

TEST(LineEnds, ClosingQuotesBracketsAndEmphasisAreLookedPast) {
  EXPECT_TRUE(ends_finished("in \"labor training centers.\""));
  EXPECT_TRUE(ends_finished("(see the Prosecution section.)"));
  EXPECT_TRUE(ends_finished("**Tier 3.**"));
  EXPECT_TRUE(ends_finished("the 'reeducation.'"));
  EXPECT_TRUE(
      ends_finished("called \xE2\x80\x9C"
                    "labor training centers.\xE2\x80\x9D"));
  EXPECT_TRUE(ends_finished("the camps\xE2\x80\x99."));  // ’ then period
  EXPECT_TRUE(ends_finished("the state\xE2\x80\x99s prisoners.\xE2\x80\x99"));
  EXPECT_FALSE(ends_finished("\"labor training centers\""));
  EXPECT_FALSE(ends_finished("(in the DPRK)"));
  EXPECT_FALSE(
      ends_finished("called \xE2\x80\x9C"
                    "labor training centers\xE2\x80\x9D"));
}

TEST(LineEnds, NothingLeftIsFinished) {
  EXPECT_TRUE(ends_finished(""));
  EXPECT_TRUE(ends_finished("\")"));
  EXPECT_TRUE(ends_finished("\xE2\x80\x9D"));
}
