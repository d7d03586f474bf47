// yoy tiers end to end: the built binary on the constructed pair (tests/fixtures/constructed: tip
// 2024 and the 2025 seed), and its refusals.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/command_runner.h"
#include "support/scratch_dir.h"

namespace {

using yoy::test::run_command;

class TiersCommand : public ::testing::Test {
 protected:
  void SetUp() override {
    auto ingest = run_command({YOY_EXE, "-q", "--archive", archive(), "ingest",
                               std::string(YOY_SOURCE_DIR) + "/tests/fixtures/constructed"});
    ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  }
  std::string archive() const { return dir_ / "archive"; }
  yoy::test::CommandResult tiers(std::vector<std::string> args) {
    std::vector<std::string> argv = {YOY_EXE, "--archive", archive(), "tiers"};
    argv.insert(argv.end(), args.begin(), args.end());
    return run_command(argv);
  }
  yoy::test::ScratchDir dir_;
};

TEST_F(TiersCommand, ShippedCorpusTextAndJson) {
  auto text = tiers({});
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("tip tiers 2024–2025: 1 report\n"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("Korea, Democratic People'… (north-korea)  2WL   3↓    2025\n"),
            std::string::npos)
      << text.out;
  auto json = tiers({"--format", "json"});
  ASSERT_EQ(json.exit_code, 0) << json.err;
  const auto j = nlohmann::json::parse(json.out);
  EXPECT_EQ(j["reports"][0]["tiers"][1]["direction"], "downgrade");
  auto html = tiers({"--format", "html", "-o", dir_ / "tiers.html"});
  EXPECT_EQ(html.exit_code, 0) << html.err;
  EXPECT_TRUE(html.out.empty());
}

TEST_F(TiersCommand, RefusesWithOneLine) {
  for (const auto& args :
       std::vector<std::vector<std::string>>{{"--format", "xml"},
                                             {"--since", "2026"},
                                             {"--since", "2025", "--until", "2024"},
                                             {"--sort", "size"},
                                             {"nope"}}) {
    auto result = tiers(args);
    EXPECT_EQ(result.exit_code, 2) << args[0];
    EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
    EXPECT_TRUE(result.out.empty());
  }
}

}  // namespace
