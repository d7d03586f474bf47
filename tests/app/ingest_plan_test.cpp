// plan_ingest on lone files: a TIP narrative files under its country's id
// (from its title), whatever the file is called; --id and the stem otherwise.
#include "yoy/app/ingest_plan.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace {

const std::string kDir = std::string(YOY_SOURCE_DIR) + "/tests/fixtures/tip-history/";

std::string planned_id(const std::string& file, const std::string& id = "") {
  yoy::IngestRequest request;
  request.paths = {kDir + file};
  request.series = "tip";
  request.year = 2020;
  request.id = id;
  const auto editions = yoy::plan_ingest(request);
  EXPECT_EQ(editions.size(), 1u);
  EXPECT_EQ(editions.at(0).files.size(), 1u);
  return editions.at(0).files.at(0).id;
}

TEST(IngestPlan, ATipCopyFilesUnderItsCountry) {
  EXPECT_EQ(planned_id("burma-2019-statepreview.txt"), "burma");  // "BURMA: Tier 3"
  EXPECT_EQ(planned_id("north-korea-2022-stategov.txt"),
            "north-korea");                                 // "Korea, Democratic People’s ..."
  EXPECT_EQ(planned_id("russia-2024-ecoi.txt"), "russia");  // no title: "Government of Russia"
}

TEST(IngestPlan, IdFlagWinsAndTheStemIsTheFallback) {
  EXPECT_EQ(planned_id("burma-2019-statepreview.txt", "myanmar-copy"), "myanmar-copy");
  // A narrative of a country the table does not know keeps its file name.
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("yoy-ingest-plan-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "atlantis-copy.txt")
      << "ATLANTIS (Tier 2)\n\nThe Government of Atlantis does not fully meet the minimum "
         "standards for the elimination of trafficking.\n";
  yoy::IngestRequest request;
  request.paths = {(dir / "atlantis-copy.txt").string()};
  request.year = 2021;  // the series comes from the content
  const auto editions = yoy::plan_ingest(request);
  std::filesystem::remove_all(dir);
  ASSERT_EQ(editions.size(), 1u);
  EXPECT_EQ(editions[0].series, "tip");
  EXPECT_EQ(editions[0].files.at(0).id, "atlantis-copy");
}

}  // namespace
