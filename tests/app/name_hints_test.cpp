// Did-you-mean for report ids and years: the ids a reader is likely to have
// meant, from real slugs of the TIP and Factbook archives.
#include "yoy/app/name_hints.h"

#include <gtest/gtest.h>

namespace yoy {
namespace {

const std::vector<std::string> kTip = {"burma",        "congo-democratic-republic-of-the",
                                       "cote-divoire", "malaysia",
                                       "north-korea",  "russia",
                                       "south-korea"};

TEST(NameHints, ATypoFindsTheId) {
  EXPECT_EQ(close_ids("north-kore", kTip), std::vector<std::string>{"north-korea"});
  EXPECT_EQ(close_ids("bruma", kTip), std::vector<std::string>{"burma"});
  EXPECT_EQ(close_ids("malasyia", kTip), std::vector<std::string>{"malaysia"});
}

TEST(NameHints, AnotherCaseIsTheSameId) {
  EXPECT_EQ(close_ids("Burma", kTip), std::vector<std::string>{"burma"});
  EXPECT_EQ(close_ids("NORTH-KOREA", kTip), std::vector<std::string>{"north-korea"});
}

TEST(NameHints, ACountrysOtherNameFindsItsSlug) {
  EXPECT_EQ(close_ids("myanmar", kTip), std::vector<std::string>{"burma"});
  EXPECT_EQ(close_ids("DPRK", kTip), std::vector<std::string>{"north-korea"});
  EXPECT_EQ(close_ids("Ivory Coast", kTip), std::vector<std::string>{"cote-divoire"});
  // ... only when the archive holds that slug.
  EXPECT_TRUE(close_ids("myanmar", {"russia"}).empty());
}

TEST(NameHints, AWordOfTheIdFindsEveryIdWithIt) {
  EXPECT_EQ(close_ids("korea", kTip), (std::vector<std::string>{"north-korea", "south-korea"}));
  EXPECT_EQ(close_ids("congo", kTip), std::vector<std::string>{"congo-democratic-republic-of-the"});
  // Short words mean nothing in particular ("of", "the").
  EXPECT_TRUE(close_ids("the", kTip).empty());
}

TEST(NameHints, NothingCloseIsNoSuggestion) {
  EXPECT_TRUE(close_ids("atlantis", kTip).empty());
  EXPECT_EQ(id_hint("atlantis", kTip), "");
  EXPECT_TRUE(close_ids("", kTip).empty());
  // Factbook ids are two letters: one wrong letter of two is no typo of a word.
  EXPECT_TRUE(close_ids("zz", {"kn", "bm"}).empty());
  EXPECT_EQ(close_ids("KN", {"kn", "bm"}), std::vector<std::string>{"kn"});
}

TEST(NameHints, TheHintEndsAMessage) {
  EXPECT_EQ(id_hint("north-kore", kTip), "; did you mean 'north-korea'?");
  EXPECT_EQ(id_hint("korea", kTip), "; did you mean 'north-korea' or 'south-korea'?");
}

TEST(NameHints, TheNearestYears) {
  const std::vector<int> years = {2008, 2009, 2014, 2015, 2017, 2018, 2019, 2025};
  EXPECT_EQ(year_hint(2016, years), "; the nearest are 2015 and 2017");
  EXPECT_EQ(year_hint(2024, years), "; the nearest is 2025");
  EXPECT_EQ(year_hint(2011, years), "; the nearest is 2009");
  EXPECT_EQ(year_hint(2015, years), "");
  EXPECT_EQ(year_hint(2015, {}), "");
}

TEST(NameHints, YearsTextFoldsRuns) {
  EXPECT_EQ(years_text({2008, 2009, 2014, 2015, 2017, 2018, 2019, 2020, 2025}),
            "2008, 2009, 2014, 2015, 2017–2020, 2025");
  EXPECT_EQ(years_text({2024}), "2024");
  EXPECT_EQ(years_text({}), "");
}

}  // namespace
}  // namespace yoy
