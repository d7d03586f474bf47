// JsonSink: the JSON of an edition diff rendered report by report on the
// workers says byte for byte what the whole ChangeSet rendered says, on TIP
// reports and factbook editions, reversed, unchanged and narrowed by ids,
// and knows whether anything differs.
#include "yoy/render/json_sink.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "support/scratch_dir.h"
#include "support/tip_reports.h"
#include "yoy/app/edition_diff.h"
#include "yoy/archive/archive.h"
#include "yoy/render/render.h"
#include "yoy/util/files.h"

namespace fs = std::filesystem;
using namespace yoy;
using namespace yoy::test;

namespace {

fs::path shared_dir() {
  const char* env = std::getenv("YOY_SHARED_DIR");
  return env && *env ? fs::path(env) : fs::path(YOY_SOURCE_DIR) / ".." / "shared";
}

void expect_same_as_changeset(const Archive& archive, const std::string& from_text,
                              const std::string& to_text, const std::vector<std::string>& ids) {
  const EditionRef from = parse_edition_ref(from_text, archive);
  const EditionRef to = parse_edition_ref(to_text, archive);
  for (bool all : {false, true}) {
    DiffOptions options;
    options.include_unchanged = all;
    const ChangeSet changes = diff_editions(archive, from, to, ids, options);
    ChangeFilter shown;
    shown.include_unchanged = all;
    JsonSink json;
    FilterSink filter(shown, json);
    diff_editions(archive, from, to, ids, options, filter);
    EXPECT_TRUE(json.json() == render_json(changes)) << from_text << " → " << to_text;
    bool differs = false;
    for (const ReportChange& r : changes.reports)
      differs = differs || r.change != Change::unchanged;
    EXPECT_EQ(json.differs(), differs);
    // Narrowed (--only statistics --section prosecution): as the ChangeSet filtered whole.
    ChangeFilter narrow = shown;
    narrow.only = {ChangeKind::statistics, ChangeKind::sections};
    narrow.sections = {"Prosecution", "economy"};
    ChangeSet filtered = changes;
    filter_changes(filtered, narrow);
    JsonSink narrowed;
    FilterSink narrowing(narrow, narrowed);
    diff_editions(archive, from, to, ids, options, narrowing);
    EXPECT_TRUE(narrowed.json() == render_json(filtered)) << from_text << " → " << to_text;
  }
}

}  // namespace

TEST(JsonSink, SameBytesAsTheWholeChangeSet) {
  ScratchDir dir;
  Archive archive = Archive::open(dir / "archive", true);
  for (int year : {2024, 2025}) {
    Edition edition;
    edition.series = "tip";
    edition.year = year;
    edition.files.push_back({"north-korea", "txt",
                             year == 2024 ? north_korea_2024() : north_korea_2025(),
                             "north-korea.txt"});
    edition.files.push_back({"same", "txt", generated_report("same", 2000), "same.txt"});
    if (year == 2025)
      edition.files.push_back({"new", "txt", generated_report("new", 1), "new.txt"});
    archive.ingest(edition);
  }
  expect_same_as_changeset(archive, "2024", "2025", {});
  expect_same_as_changeset(archive, "2025", "2024", {});        // reversed, one removed
  expect_same_as_changeset(archive, "2025", "2025", {});        // nothing differs
  expect_same_as_changeset(archive, "2024", "2025", {"same"});  // unchanged only
  expect_same_as_changeset(archive, "2024", "2025", {"new", "north-korea"});
}

TEST(JsonSink, FactbookEditionsSameBytesAsTheWholeChangeSet) {
  const fs::path corpus = shared_dir() / "corpus/factbook";
  if (!fs::is_directory(corpus)) GTEST_SKIP() << "no factbook corpus at " << corpus;
  ScratchDir dir;
  Archive archive = Archive::open(dir / "archive", true);
  for (int year : {2023, 2024}) {
    Edition edition;
    edition.series = "factbook";
    edition.year = year;
    for (const char* region : {"europe", "africa"}) {
      for (const auto& country : fs::directory_iterator(corpus / region)) {
        const fs::path file = country.path() / (std::to_string(year) + ".json");
        if (!fs::exists(file)) continue;
        const std::string id = country.path().filename().string();
        edition.files.push_back({id, "json", read_file(file.string(), 64u << 20), id + ".json"});
      }
    }
    archive.ingest(edition);
  }
  expect_same_as_changeset(archive, "2023", "2024", {});
}
