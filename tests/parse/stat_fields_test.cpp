// A factbook field's statistics take their identity from the field's path and
// their list labels; notes count nothing. The field texts are real (North
// Korea's and Botswana's 2025 profiles in the shared corpus) unless said otherwise.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "yoy/parse/profiles.h"
#include "yoy/parse/statistics.h"

namespace {

// "74% | share of exports | China | 2023" for each statistic of one field.
std::vector<std::string> field(const std::string& path, const std::string& text) {
  yoy::Block block;
  block.kind = yoy::BlockKind::field;
  block.path = path;
  block.text = text;
  yoy::analyze_block_for("factbook", block);
  std::vector<std::string> out;
  for (const yoy::Statistic& s : block.statistics) {
    EXPECT_EQ(s.context, path);
    EXPECT_FALSE(s.measure_from_unit);
    out.push_back(s.surface + " | " + s.measure + " | " + (s.subject.empty() ? "-" : s.subject) +
                  " | " + (s.period.empty() ? "?" : s.period));
  }
  return out;
}

using Lines = std::vector<std::string>;

TEST(StatFields, ListLabelsAreSubjectsAndTheListsYearIsTheirPeriod) {
  EXPECT_EQ(
      field("Economy > Exports - partners",
            "China 74%, Poland 3%, Senegal 3%, Angola 3%, Austria 3% (2023)"),
      (Lines{"74% | share of exports | China | 2023", "3% | share of exports | Poland | 2023",
             "3% | share of exports | Senegal | 2023", "3% | share of exports | Angola | 2023",
             "3% | share of exports | Austria | 2023"}));
  // One country, one subject: "UAE" and "USA" as the country table names them.
  EXPECT_EQ(
      field("Economy > Exports - partners",
            "UAE 27%, India 17%, Belgium 16%, South Africa 8%, USA 7% (2023)"),
      (Lines{"27% | share of exports | United Arab Emirates | 2023",
             "17% | share of exports | India | 2023", "16% | share of exports | Belgium | 2023",
             "8% | share of exports | South Africa | 2023",
             "7% | share of exports | United States | 2023"}));
  EXPECT_EQ(field("Geography > Land boundaries > border countries",
                  "China 1,352 km; South Korea 237 km; Russia 18 km"),
            (Lines{"1,352 | land boundaries | border countries, China | ?",
                   "237 | land boundaries | border countries, South Korea | ?",
                   "18 | land boundaries | border countries, Russia | ?"}));
}

TEST(StatFields, ElectionResultsByCandidateAndYear) {
  // Chile's 2024 profile (south-america/ci), cut after the 2021 election.
  EXPECT_EQ(field("Government > Executive branch > election results",
                  "2021: Gabriel BORIC elected president in second round; percent of vote in first "
                  "round - Jose Antonio KAST (FSC) 27.9%; Gabriel BORIC (AD) 25.8%; other 9.1%; "
                  "percent of vote in second round - Gabriel BORIC 55.9%"),
            (Lines{"27.9% | executive branch | election results, Jose Antonio KAST (FSC) | 2021",
                   "25.8% | executive branch | election results, Gabriel BORIC (AD) | 2021",
                   "9.1% | executive branch | election results | 2021",
                   "55.9% | executive branch | election results, Gabriel BORIC | 2021"}));
}

TEST(StatFields, TheFieldsKeyGivesMeasureSubjectAndYear) {
  EXPECT_EQ(field("Economy > Unemployment rate > Unemployment rate 2024", "2.9% (2024 est.)"),
            (Lines{"2.9% | unemployment rate | - | 2024 est."}));
  // A year only in the key.
  EXPECT_EQ(field("Economy > Exports > Exports 2023", "$6.398 billion"),
            (Lines{"$6.398 billion | exports | - | 2023"}));
  EXPECT_EQ(field("People and Society > Population > male", "12,828,269"),
            (Lines{"12,828,269 | population | male | ?"}));
  EXPECT_EQ(field("People and Society > Age structure > 65 years and over",
                  "11.2% (2024 est.) (male 1,099,676/female 1,855,175)"),
            (Lines{"11.2% | age structure | 65 years and over | 2024 est.",
                   "1,099,676 | age structure | 65 years and over, male | 2024 est.",
                   "1,855,175 | age structure | 65 years and over, female | 2024 est."}));
  EXPECT_EQ(field("People and Society > Urbanization > rate of urbanization",
                  "0.85% annual rate of change (2020-25 est.)"),
            (Lines{"0.85% | urbanization | rate of urbanization | 2020-25 est."}));
  // A label with a colon, as older editions wrote a split field (constructed).
  EXPECT_EQ(field("People and Society > Population",
                  "total: 26,298,666, male: 12,828,269, female: 13,470,397 (2024 est.)"),
            (Lines{"26,298,666 | population | - | 2024 est.",
                   "12,828,269 | population | male | 2024 est.",
                   "13,470,397 | population | female | 2024 est."}));
}

TEST(StatFields, NotesAgesRanksAndYearsCountNothing) {
  EXPECT_TRUE(field("Economy > Exports - partners > note",
                    "note: top five export partners based on percentage share of exports")
                  .empty());
  EXPECT_TRUE(field("Geography > Geography - note",
                    "note 1: Mt. McKinley is the highest point (6,190 m; 20,308 ft)")
                  .empty());
  // A note's own field (Kazakhstan 2025's Coastline > note), its text not opening with "note".
  EXPECT_TRUE(field("Geography > Coastline > note",
                    "Kazakhstan borders the Aral Sea (1,070 km) and the Caspian Sea (1,894 km)")
                  .empty());
  // A note inside a field's text (Kazakhstan 2024's Coastline).
  EXPECT_EQ(field("Geography > Coastline",
                  "0 km (landlocked); note - Kazakhstan borders the Aral Sea (1,070 km) and the "
                  "Caspian Sea (1,894 km)"),
            (Lines{"0 | coastline | - | ?"}));
  EXPECT_EQ(field("Military and Security > Military service age and obligation",
                  "17 years of age for compulsory military service for men and women; service "
                  "obligation varies from 5-13 years (2024)"),
            (Lines{"5-13 | military service age and obligation | - | 2024"}));
  EXPECT_TRUE(field("Introduction > Background",
                    "The first recorded kingdom (Choson) on the Korean Peninsula dates from "
                    "approximately 2300 B.C.")
                  .empty());
  EXPECT_EQ(field("People and Society > Urbanization > urban population",
                  "63.2% of total population (2023)"),
            (Lines{"63.2% | urbanization | urban population | 2023"}));
}

}  // namespace
