// Records beside the editions: written, read back, replaced only from the
// state they were read at (compare-and-swap), linking edition trees whole.
#include "yoy/archive/records.h"

#include <gtest/gtest.h>

#include "support/scratch_dir.h"
#include "yoy/archive/archive.h"
#include "yoy/model/edition.h"

namespace yoy {
namespace {

TEST(ArchiveRecords, WriteReadReplace) {
  test::ScratchDir dir;
  Archive archive = Archive::open(dir / "a.yoy", true);
  Edition edition;
  edition.series = "tip";
  edition.year = 2025;
  edition.files = {{"burma", "txt", "BURMA (Tier 3)\n\nText.\n", "t"}};
  archive.ingest(edition);
  RecordStore store(archive);
  EXPECT_FALSE(store.head("refs/yoy/notified/team"));

  const std::map<int, std::string> trees = store.edition_trees("tip");
  ASSERT_EQ(trees.size(), 1u);
  const std::string blob = store.write_blob("{\"x\": 1}\n");
  const std::string tree =
      store.write_tree({{"state.json", {blob, false}}, {"tip/2025", {trees.at(2025), true}}});
  ASSERT_TRUE(store.publish("refs/yoy/notified/team", "", "", tree, "first\n", 1000));
  const auto head = store.head("refs/yoy/notified/team");
  ASSERT_TRUE(head);
  EXPECT_EQ(head->tree, tree);
  EXPECT_EQ(head->time, 1000);
  EXPECT_EQ(store.read(store.find(tree, "state.json")->id), "{\"x\": 1}\n");
  const auto linked = store.find(tree, "tip/2025");
  ASSERT_TRUE(linked);
  EXPECT_TRUE(linked->tree);
  EXPECT_EQ(store.list(linked->id).count("burma.txt"), 1u);  // the edition, linked whole
  EXPECT_FALSE(store.find(tree, "tip/2024"));

  // A writer that read no record cannot create one over another's ...
  const std::string other = store.write_tree({{"state.json", {store.write_blob("{}"), false}}});
  EXPECT_FALSE(store.publish("refs/yoy/notified/team", "", "", other, "late\n", 1001));
  // ... nor replace one it did not read.
  EXPECT_FALSE(
      store.publish("refs/yoy/notified/team", std::string(40, '0'), "", other, "x\n", 1001));
  EXPECT_EQ(store.head("refs/yoy/notified/team")->tree, tree);
  // From the state read: replaced, with the old record as parent.
  EXPECT_TRUE(
      store.publish("refs/yoy/notified/team", head->commit, head->commit, other, "next\n", 1002));
  EXPECT_EQ(store.head("refs/yoy/notified/team")->tree, other);
}

TEST(ArchiveRecords, Names) {
  for (const char* ok : {"team", "slack-1", "mail.desk", "A_b"})
    EXPECT_TRUE(valid_record_name(ok)) << ok;
  for (const char* bad : {"", ".hidden", "-x", "a..b", "a/b", "x.lock", "trail.", "sp ace"})
    EXPECT_FALSE(valid_record_name(bad)) << bad;
}

}  // namespace
}  // namespace yoy
