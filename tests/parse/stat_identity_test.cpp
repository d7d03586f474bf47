// What each figure of a sentence measures, of whom and when. The sentences are
// real TIP narrative text (the address each came from is beside it; stored
// pages of the `search` tool, see tests/fixtures/tip-history/SOURCES.md) unless
// said otherwise.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "yoy/parse/statistics.h"

namespace {

// "48 | investigations | - | current": surface, measure, subject, period.
std::vector<std::string> named(std::string_view sentence) {
  std::vector<std::string> out;
  for (const yoy::Statistic& s : yoy::extract_statistics(sentence, 0)) {
    std::string period = s.period;
    if (s.relative == yoy::RelativePeriod::current) period = "current";
    if (s.relative == yoy::RelativePeriod::previous) period = "previous";
    out.push_back(s.surface + " | " + s.measure + " | " + (s.subject.empty() ? "-" : s.subject) +
                  " | " + (period.empty() ? "?" : period));
  }
  return out;
}

using Lines = std::vector<std::string>;

TEST(StatIdentity, VerbsNameMeasuresAndAnEnumerationSharesItsNoun) {
  // The summary paragraph (#22), modelled on the narratives' law enforcement data.
  EXPECT_EQ(
      named("The government reported investigating 48 suspected traffickers, prosecuting "
            "21, and convicting nine, compared with 31 investigations, 17 prosecutions, and "
            "six convictions the previous year."),
      (Lines{"48 | investigations | - | current", "21 | prosecutions | - | current",
             "nine | convictions | - | current", "31 | investigations | - | previous",
             "17 | prosecutions | - | previous", "six convictions | convictions | - | previous"}));
  const auto shared = yoy::extract_statistics(
      "The government reported investigating 48 suspected traffickers, prosecuting 21, and "
      "convicting nine.",
      0);
  ASSERT_EQ(shared.size(), 3u);
  EXPECT_EQ(shared[1].unit, "suspected traffickers");
  EXPECT_EQ(shared[2].unit, "suspected traffickers");
  EXPECT_EQ(shared[2].values, (std::vector<double>{9}));
  EXPECT_EQ(
      named("Officials identified 312 victims, compared with 405 the year before."),
      (Lines{"312 | victims identified | - | current", "405 | victims identified | - | previous"}));
}

TEST(StatIdentity, ComparisonsAnswerTheMeasureTheyCompareWith) {
  // https://www.state.gov/reports/2018-trafficking-in-persons-report/palau/
  EXPECT_EQ(named("The government investigated 14 potential cases of trafficking with 24 "
                  "defendants, a large increase compared with none reported in 2016."),
            (Lines{"14 | investigations | - | current", "24 | defendants | - | current",
                   "none | investigations | - | 2016"}));
  EXPECT_EQ(named("The government prosecuted three trafficking cases, compared with two cases "
                  "last year."),
            (Lines{"three trafficking cases | prosecutions | - | current",
                   "two cases | prosecutions | - | previous"}));
  EXPECT_EQ(named("The government reported three convictions, one by the special prosecutor’s "
                  "office, compared with two convictions last year."),
            (Lines{"three convictions | convictions | - | current",
                   "two convictions | convictions | - | previous"}));
  // https://preview.state.gov/reports/2017-trafficking-in-persons-report/portugal/
  EXPECT_EQ(named("In 2016, the government investigated 83 potential trafficking cases, compared "
                  "with 68 total cases in 2015."),
            (Lines{"83 | investigations | - | 2016", "68 | investigations | - | 2015"}));
  EXPECT_EQ(named("In 2016, authorities prosecuted 77 defendants in nine cases, a significant "
                  "increase from the six defendants prosecuted in 2015."),
            (Lines{"77 | prosecutions | - | 2016", "nine cases | cases | - | 2016",
                   "six defendants | prosecutions | - | 2015"}));
  // https://www.state.gov/reports/2023-trafficking-in-persons-report/cabo-verde/
  EXPECT_EQ(named("This compared with initiating one investigation and continuing eight "
                  "investigations during the previous reporting period."),
            (Lines{"one investigation | investigations | - | previous",
                   "eight investigations | investigations | - | previous"}));
  EXPECT_EQ(named("This compared with prosecuting and convicting one sex trafficker during the "
                  "previous reporting period."),
            (Lines{"one sex trafficker | convictions | - | previous"}));
}

TEST(StatIdentity, ALongerComparisonListAnswersFigureByFigure) {
  // Constructed, modelled on the narratives' "compared with N and M in YEAR".
  EXPECT_EQ(named("In 2023, the government investigated 14 cases and prosecuted nine defendants, "
                  "compared with 10 and seven in 2022."),
            (Lines{"14 | investigations | - | 2023", "nine defendants | prosecutions | - | 2023",
                   "10 | investigations | - | 2022", "seven | prosecutions | - | 2022"}));
}

TEST(StatIdentity, UpFromAndDownFrom) {
  // Constructed, modelled on the narratives' comparisons.
  EXPECT_EQ(named("In 2023, authorities identified 120 victims, up from 95 in 2022, and convicted "
                  "12 traffickers, down from 19."),
            (Lines{"120 | victims identified | - | 2023", "95 | victims identified | - | 2022",
                   "12 | convictions | - | 2023", "19 | convictions | - | previous"}));
}

TEST(StatIdentity, FiscalYearsAndIncreasesAndDecreasesFrom) {
  // The 2015 report's United States narrative (PDF text):
  // https://aassone.com/George-Mentz-Colorado-Springs-284.html
  EXPECT_EQ(named("In FY 2014, DHS’s U.S. Immigration and Customs Enforcement (ICE) reported "
                  "opening 987 investigations possibly involving human trafficking, a decrease "
                  "from 1,025 in FY 2013."),
            (Lines{"987 | investigations | - | FY 2014", "1,025 | investigations | - | FY 2013"}));
  EXPECT_EQ(named("The Federal Bureau of Investigation (FBI) formally opened 835 human "
                  "trafficking investigations, an increase from 734 in FY 2013, and DOJ’s ECM "
                  "taskforces initiated 1,083 investigations."),
            (Lines{"835 | investigations | - | current", "734 | investigations | - | FY 2013",
                   "1,083 | investigations | - | current"}));
  EXPECT_EQ(named("Taken together, DOJ initiated a total of 208 federal human trafficking "
                  "prosecutions in FY 2014, charging 335 defendants."),
            (Lines{"208 | prosecutions | - | FY 2014", "335 | people charged | - | FY 2014"}));
}

TEST(StatIdentity, BreakdownsInParenthesesGiveSubjects) {
  // https://preview.state.gov/reports/2017-trafficking-in-persons-report/portugal/
  EXPECT_EQ(named("Courts convicted and sentenced 15 traffickers in 2016 (including at least four "
                  "sex trafficking, one forced labor, and two domestic servitude cases), compared "
                  "with four total convictions in 2015."),
            (Lines{"15 | convictions | - | 2016",
                   "four sex trafficking | convictions | sex trafficking | 2016",
                   "one forced labor | convictions | forced labor | 2016",
                   "two domestic servitude cases | convictions | domestic servitude | 2016",
                   "four total convictions | convictions | - | 2015"}));
  // https://www.state.gov/reports/2018-trafficking-in-persons-report/el-salvador/
  EXPECT_EQ(
      named("In 2017, authorities investigated 76 cases (73 sex trafficking cases, two forced "
            "labor cases, and one domestic servitude case), compared to 55 sex trafficking "
            "cases in 2016."),
      (Lines{"76 | investigations | - | 2017", "73 | investigations | sex trafficking | 2017",
             "two forced labor cases | investigations | forced labor | 2017",
             "one domestic servitude case | investigations | domestic servitude | 2017",
             "55 | investigations | sex trafficking | 2016"}));
  // The form, "N for <subject>" (modelled on the narratives).
  EXPECT_EQ(named("In 2023, the government reported investigating 15 cases (12 for sex "
                  "trafficking and three for labor trafficking), compared with 11 cases in 2022."),
            (Lines{"15 | investigations | - | 2023", "12 | investigations | sex trafficking | 2023",
                   "three | investigations | labor trafficking | 2023",
                   "11 | investigations | - | 2022"}));
  // A parenthesis with a clause of its own is no breakdown (Luxembourg 2022, below).
  EXPECT_EQ(named("Government-funded NGOs provided shelter to 26 trafficking victims in 2021 (two "
                  "government-funded NGOs provided shelter to 16 victims in 2020)."),
            (Lines{"26 | trafficking victims | - | 2021",
                   "two government-funded NGOs | government-funded NGOs | - | 2020",
                   "16 | victims | - | 2020"}));
}

TEST(StatIdentity, MoneyAndItsConversionAreOneAmount) {
  // https://www.state.gov/reports/2023-trafficking-in-persons-report/luxembourg/
  const auto st = yoy::extract_statistics(
      "The government allocated €277,000 ($295,758) to two NGOs responsible for coordinating "
      "trafficking victim care, a multiyear decrease compared with €412,870 ($440,830) in 2021 "
      "and €461,500 ($492,753) in 2020.",
      0);
  ASSERT_EQ(st.size(), 7u);
  EXPECT_EQ(st[0].surface, "€277,000");
  EXPECT_EQ(st[0].unit, "euros");
  EXPECT_EQ(st[0].measure, "funding");
  EXPECT_FALSE(st[0].converted);
  EXPECT_EQ(st[1].surface, "$295,758");
  EXPECT_EQ(st[1].unit, "dollars");
  EXPECT_TRUE(st[1].converted);  // the same grant in dollars
  EXPECT_EQ(st[1].measure, "funding");
  EXPECT_EQ(st[1].relative, yoy::RelativePeriod::current);
  EXPECT_EQ(st[3].surface, "€412,870");
  EXPECT_EQ(st[3].measure, "funding");
  EXPECT_EQ(st[3].period, "2021");
  EXPECT_TRUE(st[4].converted);
  EXPECT_EQ(st[4].period, "2021");
  EXPECT_EQ(st[5].measure, "funding");
  EXPECT_EQ(st[5].period, "2020");
  // A currency by name, converted in parentheses (the form).
  const auto rubles = yoy::extract_statistics(
      "The government allocated 2.5 million rubles ($34,000) for victim protection.", 0);
  ASSERT_EQ(rubles.size(), 2u);
  EXPECT_EQ(rubles[0].values, (std::vector<double>{2.5e6}));
  EXPECT_EQ(rubles[0].measure, "funding");
  EXPECT_TRUE(rubles[1].converted);
}

TEST(StatIdentity, ZeroWhereTheSentenceSaysSo) {
  // https://www.state.gov/reports/2023-trafficking-in-persons-report/cabo-verde/
  EXPECT_EQ(named("The government did not report any investigations, prosecutions, or convictions "
                  "of government employees for complicity in human trafficking crimes; however, "
                  "observers reported official corruption."),
            (Lines{"did not report any investigations | investigations | officials | ?",
                   "did not report any investigations, prosecutions | prosecutions | officials | ?",
                   "did not report any investigations, prosecutions, or convictions | convictions "
                   "| officials | ?"}));
  const auto zero = yoy::extract_statistics(
      "The government did not report any investigations, prosecutions, or convictions.", 0);
  ASSERT_EQ(zero.size(), 3u);
  EXPECT_EQ(zero[0].values, (std::vector<double>{0}));
  // The seed (2025 North Korea): "did not report identifying any victims".
  EXPECT_EQ(named("Government authorities did not report identifying any victims or providing "
                  "protective services, nor did they permit NGOs to provide these services."),
            (Lines{"did not report identifying any victims | victims identified | - | ?"}));
  // Efforts and data are no counts.
  EXPECT_TRUE(named("The government did not report any trafficking-related law enforcement "
                    "efforts.")
                  .empty());
  EXPECT_EQ(named("Authorities identified zero victims."),
            (Lines{"zero victims | victims identified | - | ?"}));
}

TEST(StatIdentity, PreviousYearFiguresInParenthesesKeepTheirYear) {
  // https://www.state.gov/reports/2019-trafficking-in-persons-report-2/netherlands/
  const auto st = yoy::extract_statistics(
      "The police reported identifying 432 victims (446 in 2016); regional health care "
      "organizations, 320 (240 in 2016).",
      0);
  ASSERT_GE(st.size(), 2u);
  EXPECT_EQ(st[0].measure, "victims identified");
  EXPECT_EQ(st[0].period, "");
  EXPECT_EQ(st[1].measure, "victims identified");
  EXPECT_EQ(st[1].period, "2016");
}

TEST(StatIdentity, VagueMagnitudesHaveNoValue) {
  const auto st = yoy::extract_statistics(
      "Hundreds of thousands of North Koreans work abroad, and thousands of workers returned.", 0);
  ASSERT_EQ(st.size(), 2u);
  EXPECT_TRUE(st[0].vague);
  EXPECT_TRUE(st[0].values.empty());
  EXPECT_EQ(st[0].measure, "North Koreans");
  EXPECT_TRUE(st[1].vague);
}

}  // namespace
