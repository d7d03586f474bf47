// yoy list: an edition's reports and a report's editions, on the shipped
// corpus (real TIP copies, 2008–2025), and a mistyped id or year answered
// with the closest ones everywhere one is typed.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/command_runner.h"
#include "support/shipped_corpus_suite.h"

using yoy::test::CommandResult;
using yoy::test::run_command;

namespace {

class ListCorpus : public yoy::test::ShippedCorpusSuite<ListCorpus> {
 protected:
  static CommandResult yoy(std::vector<std::string> args) {
    args.insert(args.begin(), {YOY_EXE, "--archive", archive()});
    return run_command(args);
  }
};

TEST_F(ListCorpus, AnEditionsReportsWithTitleAndRating) {
  for (const char* what : {"2023", "tip/2023"}) {
    const CommandResult r = yoy({"list", what});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out,
              "tip/2023: 4 reports\n"
              "id           title        rating\n"
              "burma        Burma        Tier 3\n"
              "malaysia     Malaysia     Tier 2 Watch List\n"
              "north-korea  North Korea  Tier 3\n"
              "russia       Russia       Tier 3\n")
        << what;
  }
}

TEST_F(ListCorpus, AReportsEditions) {
  const CommandResult r = yoy({"list", "burma"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "tip/burma — Burma: in 7 of 13 editions\n"
            "year  rating             file\n"
            "2008  Tier 3             tip/2008/burma.txt\n"
            "2015  Tier 2 Watch List  tip/2015/burma.txt\n"
            "2017  Tier 2 Watch List  tip/2017/burma.txt\n"
            "2019  Tier 3             tip/2019/burma.txt\n"
            "2020  Tier 3             tip/2020/burma.txt\n"
            "2022  Tier 3             tip/2022/burma.txt\n"
            "2023  Tier 3             tip/2023/burma.txt\n"
            "not in 2009, 2014, 2018, 2021, 2024, 2025\n");
  EXPECT_EQ(yoy({"list", "tip/burma"}).out, r.out);
}

TEST_F(ListCorpus, JsonSaysTheSame) {
  const auto edition = nlohmann::json::parse(yoy({"list", "2023", "--format", "json"}).out);
  EXPECT_EQ(edition["format"], "yoy.list-edition/1");
  ASSERT_EQ(edition["reports"].size(), 4u);
  EXPECT_EQ(edition["reports"][1]["id"], "malaysia");
  EXPECT_EQ(edition["reports"][1]["rating"], "Tier 2 Watch List");
  const auto report = nlohmann::json::parse(yoy({"list", "malaysia", "--format", "json"}).out);
  EXPECT_EQ(report["format"], "yoy.list-report/1");
  ASSERT_EQ(report["editions"].size(), 4u);
  EXPECT_EQ(report["editions"][0]["year"], 2015);
  EXPECT_EQ(report["editions"][0]["file"], "tip/2015/malaysia.txt");
  EXPECT_EQ(report["editions"][1]["rating"], "Tier 3");
  EXPECT_EQ(report["missing"].size(), 9u);
}

TEST_F(ListCorpus, ASeriesAloneListsItsEditions) {
  const CommandResult all = yoy({"list"});
  EXPECT_EQ(yoy({"list", "tip"}).out, all.out);
  EXPECT_EQ(all.out.rfind("tip  2008  2 reports\n", 0), 0u) << all.out;
}

// Every command that takes an id or a year says which ones are close: the
// message is one line, exit 2, nothing on stdout.
TEST_F(ListCorpus, MistypedIdsAndYearsAreAnsweredWithTheClosest) {
  const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
      {{"log", "burm"}, "yoy: no report 'burm' in any edition of tip; did you mean 'burma'?\n"},
      {{"log", "myanmar"},
       "yoy: no report 'myanmar' in any edition of tip; did you mean 'burma'?\n"},
      {{"stats", "korea"},
       "yoy: no report 'korea' in any edition of tip; did you mean 'north-korea'?\n"},
      {{"list", "north-kore"},
       "yoy: no report 'north-kore' in any edition of tip; did you mean 'north-korea'?\n"},
      {{"cat", "rusia@2023"}, "yoy: no report 'rusia' in tip/2023; did you mean 'russia'?\n"},
      {{"blame", "malaysia@2019"},
       "yoy: report 'malaysia' is not in tip/2019 (it is in 2015, 2021–2023); the nearest is "
       "2021\n"},
      {{"blame", "burma@2016"},
       "yoy: no edition 2016 of tip in the archive (it has 2008, 2009, 2014, 2015, 2017–2025); "
       "the nearest are 2015 and 2017\n"},
      {{"diff", "2015", "2019", "burm"},
       "yoy: no report 'burm' in tip/2015 or tip/2019; did you mean 'burma'?\n"},
      {{"diff", "2016", "2019"},
       "yoy: '2016': no edition 2016 of tip in the archive (it has 2008, 2009, 2014, 2015, "
       "2017–2025); the nearest are 2015 and 2017\n"},
      {{"list", "2030"},
       "yoy: '2030': no edition 2030 of tip in the archive (it has 2008, 2009, 2014, 2015, "
       "2017–2025); the nearest is 2025\n"},
      {{"rm", "burm@2015"}, "yoy: no report 'burm' in tip/2015; did you mean 'burma'?\n"},
      {{"log", "atlantis"},
       "yoy: no report 'atlantis' in any edition of tip; yoy list tip/2025 lists an edition's "
       "reports\n"},
  };
  for (const auto& [args, message] : cases) {
    const CommandResult r = yoy(args);
    EXPECT_EQ(r.exit_code, 2) << args[0] << " " << args[1];
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err, message) << args[0] << " " << args[1];
  }
}

}  // namespace
