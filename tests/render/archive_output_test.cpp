// --format json for list, ingest, summary and check: the numbers the text shows.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/command_runner.h"
#include "support/corpus_archive.h"
#include "yoy/render/archive_output.h"

using nlohmann::json;
using yoy::test::CommandResult;
using yoy::test::run_command;

namespace yoy {
namespace {

TEST(ArchiveOutput, ListTextAndJsonSayTheSame) {
  std::vector<SeriesInfo> series = {{"factbook", {{2015, 173}, {2016, 1}}}, {"tip", {{2025, 2}}}};
  EXPECT_EQ(render_list_text(series),
            "factbook  2015  173 reports\nfactbook  2016  1 report\ntip  2025  2 reports\n");
  const json j = json::parse(render_list_json(series));
  EXPECT_EQ(j["format"], "yoy.list/1");
  ASSERT_EQ(j["series"].size(), 2u);
  EXPECT_EQ(j["series"][0]["name"], "factbook");
  EXPECT_EQ(j["series"][0]["editions"][0]["year"], 2015);
  EXPECT_EQ(j["series"][0]["editions"][0]["reports"], 173);
  EXPECT_EQ(j["series"][1]["editions"][0]["reports"], 2);
  EXPECT_EQ(json::parse(render_list_json({}))["series"], json::array());
}

TEST(ArchiveOutput, IngestJson) {
  IngestResult first{"tip", 2024, 1, 0, 0, true, 0, {}};
  IngestResult second{"tip", 2025, 0, 1, 2, true, 2024, {1, 1, 3, 1}};
  IngestResult noop{"tip", 2025, 0, 0, 3, false, 0, {}};
  EXPECT_EQ(render_ingest_text({second}),
            "tip 2025: 0 added, 1 changed, 2 unchanged; against 2024: 1 new, 1 changed, 3 gone, 1 "
            "same\n");
  const json j = json::parse(render_ingest_json({first, second, noop}));
  EXPECT_EQ(j["format"], "yoy.ingest/1");
  EXPECT_TRUE(j["editions"][0]["previous"].is_null());
  EXPECT_EQ(j["editions"][1]["previous"]["year"], 2024);
  EXPECT_EQ(j["editions"][1]["previous"]["gone"], 3);
  EXPECT_EQ(j["editions"][1]["unchanged"], 2);
  EXPECT_EQ(j["editions"][2]["committed"], false);
}

TEST(ArchiveOutput, CommandsPrintJsonOfTheCorpus) {
  test::ScratchDir dir;
  const std::string archive = dir / "archive";
  CommandResult r = run_command({YOY_EXE, "--archive", archive, "-q", "ingest",
                                 std::string(YOY_SOURCE_DIR) + "/tests/fixtures/constructed",
                                 "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  json j = json::parse(r.out);
  ASSERT_EQ(j["editions"].size(), 2u);
  EXPECT_EQ(j["editions"][1]["year"], 2025);
  EXPECT_EQ(j["editions"][1]["previous"]["changed"], 1);

  r = run_command({YOY_EXE, "--archive", archive, "list", "--format", "json"});
  j = json::parse(r.out);
  EXPECT_EQ(j["series"][0]["name"], "tip");
  EXPECT_EQ(j["series"][0]["editions"].size(), 2u);

  r = run_command({YOY_EXE, "--archive", archive, "check", "2024", "2025", "--format", "json"});
  EXPECT_EQ(r.exit_code, 1);
  j = json::parse(r.out);
  EXPECT_EQ(j["format"], "yoy.check/1");
  EXPECT_EQ(j["passed"], false);
  EXPECT_EQ(j["errors"], 2);
  EXPECT_EQ(j["warnings"], 2);
  EXPECT_EQ(j["reports"], json::array({"north-korea"}));
  bool downgrade = false;
  for (const json& f : j["findings"])
    downgrade |=
        f["rule"] == "tier-downgrade" && f["from"] == "Tier 2 Watch List" && f["to"] == "Tier 3";
  EXPECT_TRUE(downgrade) << r.out;

  r = run_command({YOY_EXE, "--archive", archive, "summary", "2024", "2025", "-o", dir / "s",
                   "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");  // the JSON replaces the line on stderr
  j = json::parse(r.out);
  EXPECT_EQ(j["changed"], 1);
  EXPECT_EQ(j["files"].size(), 4u);
  EXPECT_EQ(j["reports"][0]["rating"]["direction"], "downgrade");
  EXPECT_EQ(j["reports"][0]["pages"], json::array({"north-korea.md", "north-korea.html"}));
}

}  // namespace
}  // namespace yoy
