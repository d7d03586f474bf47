// Statistics extractor: figures, qualifiers and units; years, dates and law numbers excluded.
#include "yoy/parse/statistics.h"

#include <gtest/gtest.h>

namespace {

std::vector<yoy::Statistic> stats(std::string_view s) { return yoy::extract_statistics(s, 4); }

TEST(Statistics, RangeWithQualifierAndUnit) {
  const std::string s =
      "The DPRK holds an estimated 80,000 to 200,000 persons in political prison camps.";
  const auto st = stats(s);
  ASSERT_EQ(st.size(), 1u);
  EXPECT_EQ(st[0].surface, "80,000 to 200,000");
  EXPECT_EQ(st[0].values, (std::vector<double>{80000, 200000}));
  EXPECT_EQ(st[0].qualifier, "an estimated");
  EXPECT_EQ(st[0].unit, "persons");
  EXPECT_EQ(st[0].sentence, 4u);
  EXPECT_EQ(st[0].context, s);
}

TEST(Statistics, HyphenRangeAndCapitalizedNoun) {
  const auto st = stats("There are an estimated 20,000-100,000 North Koreans working in China.");
  ASSERT_EQ(st.size(), 1u);
  EXPECT_EQ(st[0].surface, "20,000-100,000");
  EXPECT_EQ(st[0].values, (std::vector<double>{20000, 100000}));
  EXPECT_EQ(st[0].unit, "North Koreans");
}

TEST(Statistics, RatesPercentsAndSpelledOut) {
  const auto st = stats(
      "They work an average of 12 to 16 hours a day, and sometimes up to 20 hours per day, and are "
      "allowed only one or two rest days per month.");
  ASSERT_EQ(st.size(), 3u);
  EXPECT_EQ(st[0].values, (std::vector<double>{12, 16}));
  EXPECT_EQ(st[0].unit, "hours per day");
  EXPECT_EQ(st[1].values, (std::vector<double>{20}));
  EXPECT_EQ(st[1].qualifier, "up to");
  EXPECT_EQ(st[2].surface, "one or two rest days per month");
  EXPECT_EQ(st[2].values, (std::vector<double>{1, 2}));
  EXPECT_EQ(st[2].unit, "rest days per month");

  const auto p = stats("The government withholds up to 90 percent of wages, and 15% more.");
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].surface, "90 percent");
  EXPECT_EQ(p[0].unit, "percent");
  EXPECT_EQ(p[1].surface, "15%");
  EXPECT_EQ(p[1].values, (std::vector<double>{15}));
}

TEST(Statistics, SpelledCountsAndVagueMagnitudes) {
  const auto a = stats("They executed at least two women for assisting citizens.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].surface, "two women");
  EXPECT_EQ(a[0].qualifier, "at least");
  EXPECT_EQ(a[0].unit, "women");

  const auto b =
      stats("Workers generate revenue of hundreds of millions of dollars for three years.");
  ASSERT_EQ(b.size(), 2u);
  EXPECT_EQ(b[0].surface, "hundreds of millions of dollars");
  EXPECT_EQ(b[0].values, (std::vector<double>{1e8}));
  EXPECT_EQ(b[0].unit, "dollars");
  EXPECT_EQ(b[1].surface, "three years");

  const auto c = stats(
      "One media report said one member was arrested; twenty-five victims and "
      "two hundred workers were found.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].values, (std::vector<double>{25}));
  EXPECT_EQ(c[1].values, (std::vector<double>{200}));
}

TEST(Statistics, MoneyDecimalsAndScales) {
  const auto st =
      stats("The fund received $1.5 million and 2.5 billion won, about 3,000 dollars each.");
  ASSERT_EQ(st.size(), 3u);
  EXPECT_EQ(st[0].surface, "$1.5 million");
  EXPECT_EQ(st[0].values, (std::vector<double>{1.5e6}));
  EXPECT_EQ(st[0].unit, "dollars");
  EXPECT_EQ(st[1].values, (std::vector<double>{2.5e9}));
  EXPECT_EQ(st[1].unit, "won");
  EXPECT_EQ(st[2].qualifier, "about");
  EXPECT_EQ(st[2].unit, "dollars");
}

TEST(Statistics, AsManyAs) {
  const auto st = stats("As many as 30,000 children born in China have not been registered.");
  ASSERT_EQ(st.size(), 1u);
  EXPECT_EQ(st[0].qualifier, "as many as");
  EXPECT_EQ(st[0].unit, "children");
}

TEST(Statistics, YearsDatesAndNamesAreNot) {
  EXPECT_TRUE(stats("In July 2024, an international organization reported it.").empty());
  EXPECT_TRUE(stats("As of 2022 there were reports.").empty());
  EXPECT_TRUE(stats("In 2024, DPRK workers were also reportedly abroad.").empty());
  EXPECT_TRUE(stats("Accede to the 2000 UN TIP Protocol.").empty());
  EXPECT_TRUE(stats("Overseas workers in violation of UNSCR 2397.").empty());
  EXPECT_TRUE(stats("Under Article 5 and Law No. 12 of the code.").empty());
  EXPECT_TRUE(stats("The DPRK remained on Tier 3 from 2019-2024.").empty());
  EXPECT_TRUE(stats("On 5 March and on March 7, 2023, in the 21st century at 10:30.").empty());
}

TEST(Statistics, YearWithQualifierIsACount) {
  const auto st = stats("Some 2000 workers left.");
  ASSERT_EQ(st.size(), 1u);
  EXPECT_EQ(st[0].values, (std::vector<double>{2000}));
  EXPECT_EQ(st[0].unit, "workers");
}

TEST(Statistics, FiveYearsOfReform) {
  const auto st =
      stats("Defectors are subject to a minimum of five years of \xE2\x80\x9Creform.\xE2\x80\x9D");
  ASSERT_EQ(st.size(), 1u);
  EXPECT_EQ(st[0].qualifier, "a minimum of");
  EXPECT_EQ(st[0].unit, "years");
}

}  // namespace
