// yoy stats end to end on the constructed pair (tests/fixtures/constructed: tip 2024 and the 2025
// seed), and its refusals.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/command_runner.h"
#include "support/scratch_dir.h"

namespace {

using yoy::test::run_command;

TEST(StatsCommand, ShippedCorpus) {
  yoy::test::ScratchDir dir;
  const std::string archive = dir / "archive";
  auto ingest = run_command({YOY_EXE, "-q", "--archive", archive, "ingest",
                             std::string(YOY_SOURCE_DIR) + "/tests/fixtures/constructed"});
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  auto json =
      run_command({YOY_EXE, "--archive", archive, "stats", "north-korea", "--format", "json"});
  ASSERT_EQ(json.exit_code, 0) << json.err;
  const auto j = nlohmann::json::parse(json.out);
  EXPECT_EQ(j["years"], nlohmann::json::parse("[2024, 2025]"));
  bool camps = false;
  for (const auto& row : j["statistics"])
    if (row["values"][0]["surface"] == "80,000 to 120,000") {
      camps = true;
      EXPECT_EQ(row["values"][1]["surface"], "80,000 to 200,000");
      EXPECT_EQ(row["changes"], 1);
    }
  EXPECT_TRUE(camps) << json.out;
  auto changed =
      run_command({YOY_EXE, "--archive", archive, "stats", "tip/north-korea", "--changed"});
  ASSERT_EQ(changed.exit_code, 0) << changed.err;
  EXPECT_NE(changed.out.find("80,000 to 200,000"), std::string::npos);
  for (const auto& args :
       std::vector<std::vector<std::string>>{{"stats", "north-korea@2025"},
                                             {"stats", "nobody"},
                                             {"stats", "north-korea", "--format", "pdf"}}) {
    std::vector<std::string> argv = {YOY_EXE, "--archive", archive};
    argv.insert(argv.end(), args.begin(), args.end());
    auto bad = run_command(argv);
    EXPECT_EQ(bad.exit_code, 2) << args[1];
    EXPECT_EQ(std::count(bad.err.begin(), bad.err.end(), '\n'), 1) << bad.err;
  }
}

}  // namespace
