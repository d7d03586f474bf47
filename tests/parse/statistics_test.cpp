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
  EXPECT_TRUE(b[0].values.empty());  // an order of magnitude: no exact value
  EXPECT_TRUE(b[0].vague);
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

// ---- Real narratives (tests/fixtures/tip-history): names, lists, mixed ranges, signs ----

TEST(Statistics, ArticleListsProclamationsAndSlashNumbersAreNames) {
  EXPECT_TRUE(stats("Prosecutors used articles 240.1 and 241 of the penal code.").empty());
  EXPECT_TRUE(stats("It convicted them under Article 127.2 of the criminal code.").empty());
  EXPECT_TRUE(stats("Under UNSCRs 2371, 2375, and 2397 states must repatriate them.").empty());
  EXPECT_TRUE(stats("Proclamation 82 of 1995 set the term.").empty());
  EXPECT_TRUE(stats("Service under the Proclamation of National Service 11/199 lasts.").empty());
  // A list after a name stops at the first word that is no joiner.
  const auto st = stats("Article 5 and 6 apply to 40 victims.");
  ASSERT_EQ(st.size(), 1u);
  EXPECT_EQ(st[0].values, (std::vector<double>{40}));
}

TEST(Statistics, SpelledToNumericRange) {
  const auto st = stats("The law prescribes penalties of three to 10 years imprisonment.");
  ASSERT_EQ(st.size(), 1u);
  EXPECT_EQ(st[0].surface, "three to 10 years");
  EXPECT_EQ(st[0].values, (std::vector<double>{3, 10}));
  EXPECT_EQ(st[0].unit, "years");
}

TEST(Statistics, UnitIsTheNounPhrase) {
  const auto st = stats("Some 50,000 North Korean workers were in Russia.");
  ASSERT_EQ(st.size(), 1u);
  EXPECT_EQ(st[0].unit, "North Korean workers");
  // The proper adjective needs its noun: a place after the figure is no unit.
  const auto place = stats("It deported 300 to Burma last year.");
  ASSERT_EQ(place.size(), 1u);
  EXPECT_EQ(place[0].unit, "");
}

TEST(Statistics, NegativeNumbersKeepTheirSign) {
  const auto minus = stats(
      "The net balance was \xE2\x88\x92"
      "282 persons.");  // U+2212
  ASSERT_EQ(minus.size(), 1u);
  EXPECT_EQ(minus[0].values, (std::vector<double>{-282}));
  const auto hyphen = stats("The change was -15 percent.");
  ASSERT_EQ(hyphen.size(), 1u);
  EXPECT_EQ(hyphen[0].values, (std::vector<double>{-15}));
  // Inside a range the hyphen joins, it is no sign.
  const auto range = stats("An estimated 20,000-100,000 workers.");
  ASSERT_EQ(range.size(), 1u);
  EXPECT_EQ(range[0].values, (std::vector<double>{20000, 100000}));
}

TEST(Statistics, FactbookNoteNumbersAreNames) {
  // The factbook numbers its notes; the figures in them still count.
  const auto st =
      stats("note 1: Mt. McKinley is the highest point (6,190 m; 20,308 ft) note 2: none");
  ASSERT_EQ(st.size(), 2u);
  EXPECT_EQ(st[0].values, (std::vector<double>{6190}));
  EXPECT_EQ(st[1].values, (std::vector<double>{20308}));
  EXPECT_TRUE(stats("See notes 3 and 4 below.").empty());
  // Without the word before it a number after a colon is a figure.
  ASSERT_EQ(stats("total: 7 ports").size(), 1u);
}

// ---- forms of #22: decimals, money signs, spans, ages, ranks, eras ----

TEST(Statistics, ALeadingDecimalPointIsADecimal) {
  const auto st = stats("Inflation was .8% and 0.5% in the last quarter.");
  ASSERT_EQ(st.size(), 2u);
  EXPECT_EQ(st[0].surface, ".8%");
  EXPECT_EQ(st[0].values, (std::vector<double>{0.8}));
  EXPECT_EQ(st[1].values, (std::vector<double>{0.5}));
}

TEST(Statistics, SpansOfYearsAgesRanksAndErasAreNot) {
  EXPECT_TRUE(stats("Military expenditures rose in 2010-15 and in 2020-25.").empty());
  EXPECT_TRUE(stats("Women age 15 and over, ages 15-49, aged 15-24, under the age of 18.").empty());
  EXPECT_TRUE(
      stats("Suffrage is at 17 years of age; a 15-year-old girl was 16 years old.").empty());
  EXPECT_TRUE(stats("These are the top five export partners.").empty());
  EXPECT_TRUE(stats("The first kingdom dates from approximately 2300 B.C.").empty());
}

TEST(Statistics, RangesInWordsAndNumbers) {
  const auto st = stats(
      "Article 160 prescribes penalties of between three and 10 years' imprisonment; an "
      "estimated 80,000 to 120,000 persons are held.");
  ASSERT_EQ(st.size(), 2u);
  EXPECT_EQ(st[0].values, (std::vector<double>{3, 10}));
  EXPECT_EQ(st[0].qualifier, "between");
  EXPECT_EQ(st[1].values, (std::vector<double>{80000, 120000}));
}

TEST(Statistics, EuroAndPoundSigns) {
  const auto st = stats("It granted €150,000 ($162,000) and £2.5 million.");
  ASSERT_EQ(st.size(), 3u);
  EXPECT_EQ(st[0].unit, "euros");
  EXPECT_EQ(st[0].values, (std::vector<double>{150000}));
  EXPECT_EQ(st[1].unit, "dollars");
  EXPECT_TRUE(st[1].converted);
  EXPECT_EQ(st[2].unit, "pounds");
  EXPECT_EQ(st[2].values, (std::vector<double>{2.5e6}));
}
