// The archive's cache of derived data (refs/yoy/cache/<version>): entries
// come back, fan out in a tree plain git reads, replace and add up, other
// versions are dropped, and nothing is written when caching is off, the
// archive is read-only or a key or version is not one git would accept.
#include <gtest/gtest.h>

#include <filesystem>

#include "support/scratch_dir.h"
#include "support/subprocess.h"
#include "support/tip_reports.h"
#include "yoy/archive/archive.h"

namespace fs = std::filesystem;
using namespace yoy;
using namespace yoy::test;

namespace {

constexpr const char* kVersion = "0123abcd";
const std::string kKey = "4b825dc642cb6eb9a060e54bf8d69288fbee4904.kn.json";

CommandResult git(const std::string& archive, std::vector<std::string> args) {
  args.insert(args.begin(), {"git", "--git-dir", archive});
  return run_command(args);
}

void expect_fsck_clean(const std::string& archive) {
  if (!have_program("git")) return;
  CommandResult fsck = git(archive, {"fsck", "--strict", "--no-dangling"});
  EXPECT_EQ(fsck.exit_code, 0) << fsck.out << fsck.err;
  EXPECT_EQ(fsck.out, "") << fsck.out;
  EXPECT_EQ(fsck.err.find("error"), std::string::npos) << fsck.err;
  EXPECT_EQ(fsck.err.find("warning"), std::string::npos) << fsck.err;
}

// An archive with one edition (so it has objects and refs of its own).
Archive make_archive(const ScratchDir& dir) {
  Archive archive = Archive::open(dir / "archive", true);
  Edition edition;
  edition.series = "tip";
  edition.year = 2025;
  edition.files.push_back({"north-korea", "txt", north_korea_2025(), "north-korea.txt"});
  archive.ingest(edition);
  return archive;
}

std::size_t files_under(const std::string& dir) {
  std::size_t n = 0;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) n += entry.is_regular_file();
  return n;
}

}  // namespace

TEST(ArchiveCache, KeptEntriesComeBackInATreePlainGitReads) {
  ScratchDir dir;
  Archive archive = make_archive(dir);
  EXPECT_FALSE(archive.cached(kVersion, kKey));
  ASSERT_TRUE(archive.keep_cached(kVersion, {{kKey, "first"}, {"abother", std::string("\0x", 2)}}));
  EXPECT_EQ(archive.cached(kVersion, kKey), "first");
  EXPECT_EQ(archive.cached(kVersion, "abother"), std::string("\0x", 2));
  EXPECT_FALSE(archive.cached(kVersion, "ab.none"));
  // Another handle (another process) reads what was kept.
  Archive again = Archive::open(dir / "archive", false);
  EXPECT_EQ(again.cached(kVersion, kKey), "first");
  if (!have_program("git")) return;
  CommandResult tree = git(
      dir / "archive", {"ls-tree", "-r", "--name-only", std::string("refs/yoy/cache/") + kVersion});
  EXPECT_EQ(tree.out, "4b/825dc642cb6eb9a060e54bf8d69288fbee4904.kn.json\nab/other\n");
  CommandResult show =
      git(dir / "archive", {"show", std::string("refs/yoy/cache/") + kVersion +
                                        ":4b/825dc642cb6eb9a060e54bf8d69288fbee4904.kn.json"});
  EXPECT_EQ(show.out.substr(0, 5), "first");
  EXPECT_EQ(show.out.size(), 5u + 8u) << "the bytes, then their seal";
  expect_fsck_clean(dir / "archive");
}

TEST(ArchiveCache, LaterEntriesReplaceAndAddUp) {
  ScratchDir dir;
  Archive archive = make_archive(dir);
  ASSERT_TRUE(archive.keep_cached(kVersion, {{kKey, "first"}, {"4bcd", "same dir"}}));
  Archive other = Archive::open(dir / "archive", false);
  ASSERT_TRUE(other.keep_cached(kVersion, {{kKey, "second"}, {"ffee", "new dir"}}));
  // The first handle wrote before the second; a third sees the union.
  Archive third = Archive::open(dir / "archive", false);
  EXPECT_EQ(third.cached(kVersion, kKey), "second");
  EXPECT_EQ(third.cached(kVersion, "4bcd"), "same dir");
  EXPECT_EQ(third.cached(kVersion, "ffee"), "new dir");
  // A writer whose view is behind adds to what the other kept, losing nothing.
  ASSERT_TRUE(archive.keep_cached(kVersion, {{"0011", "behind"}}));
  Archive fourth = Archive::open(dir / "archive", false);
  EXPECT_EQ(fourth.cached(kVersion, kKey), "second");
  EXPECT_EQ(fourth.cached(kVersion, "ffee"), "new dir");
  EXPECT_EQ(fourth.cached(kVersion, "0011"), "behind");
  expect_fsck_clean(dir / "archive");
}

TEST(ArchiveCache, AnotherVersionsCacheIsDroppedAndNeverRead) {
  ScratchDir dir;
  Archive archive = make_archive(dir);
  ASSERT_TRUE(archive.keep_cached("aaaa", {{kKey, "old parser"}}));
  EXPECT_FALSE(archive.cached("bbbb", kKey));
  ASSERT_TRUE(archive.keep_cached("bbbb", {{kKey, "new parser"}}));
  Archive again = Archive::open(dir / "archive", false);
  EXPECT_FALSE(again.cached("aaaa", kKey));
  EXPECT_EQ(again.cached("bbbb", kKey), "new parser");
  if (have_program("git")) {
    EXPECT_EQ(git(dir / "archive", {"for-each-ref", "--format=%(refname)", "refs/yoy/cache"}).out,
              "refs/yoy/cache/bbbb\n");
  }
}

TEST(ArchiveCache, KeysAndVersionsGitWouldNotTakeAreRefused) {
  ScratchDir dir;
  Archive archive = make_archive(dir);
  for (const std::string& key :
       {std::string("ab"), std::string(".abc"), std::string("ab.."), std::string("a/bc"),
        std::string("ab c"), std::string("abc\n"), std::string("ab..c"), std::string(201, 'a')}) {
    EXPECT_FALSE(archive.keep_cached(kVersion, {{key, "x"}})) << key;
    EXPECT_FALSE(archive.cached(kVersion, key)) << key;
  }
  EXPECT_TRUE(archive.keep_cached(kVersion, {{std::string(200, 'a'), "longest"}}));
  EXPECT_TRUE(archive.keep_cached(kVersion, {{"abc", "shortest"}}));
  for (const std::string& version :
       {std::string(""), std::string("ABCD"), std::string("ab/cd"), std::string(65, 'a')})
    EXPECT_FALSE(archive.keep_cached(version, {{kKey, "x"}})) << version;
  EXPECT_TRUE(archive.keep_cached(std::string(64, 'a'), {{kKey, "x"}}));
  // A batch with one bad key keeps none of it.
  EXPECT_FALSE(archive.keep_cached(std::string(64, 'a'), {{"abcd", "y"}, {"a b", "z"}}));
  EXPECT_FALSE(archive.cached(std::string(64, 'a'), "abcd"));
}

TEST(ArchiveCache, CachingOffReadsAndKeepsNothing) {
  ScratchDir dir;
  Archive archive = make_archive(dir);
  ASSERT_TRUE(archive.keep_cached(kVersion, {{kKey, "kept"}}));
  archive.set_caching(false);
  EXPECT_FALSE(archive.caching());
  EXPECT_FALSE(archive.cached(kVersion, kKey));
  EXPECT_FALSE(archive.keep_cached(kVersion, {{"abcd", "x"}}));
  archive.set_caching(true);
  EXPECT_EQ(archive.cached(kVersion, kKey), "kept");
  EXPECT_FALSE(archive.cached(kVersion, "abcd"));
}

TEST(ArchiveCache, ReadOnlyArchiveIsOnlyRead) {
  ScratchDir dir;
  {
    Archive archive = make_archive(dir);
    ASSERT_TRUE(archive.keep_cached(kVersion, {{kKey, "kept"}}));
  }
  const std::string path = dir / "archive";
  const std::size_t files_before = files_under(path);
  for (const std::string& sub : {std::string(""), std::string("/objects"), std::string("/refs")}) {
    fs::permissions(path + sub,
                    fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write,
                    fs::perm_options::remove);
  }
  Archive archive = Archive::open(path, false);
  EXPECT_EQ(archive.cached(kVersion, kKey), "kept");
  EXPECT_FALSE(archive.keep_cached(kVersion, {{"abcd", "x"}}));
  EXPECT_FALSE(archive.cached(kVersion, "abcd"));
  for (const std::string& sub : {std::string(""), std::string("/objects"), std::string("/refs")})
    fs::permissions(path + sub, fs::perms::owner_write, fs::perm_options::add);
  EXPECT_EQ(files_under(path), files_before);  // not one object or lock file left behind
}

TEST(ArchiveCache, StaleLockAndForeignRefAreOvercome) {
  ScratchDir dir;
  Archive archive = make_archive(dir);
  const std::string ref = std::string("refs/yoy/cache/") + kVersion;
  // A writer killed while moving the ref leaves its lock file.
  fs::create_directories(dir / "archive/refs/yoy/cache");
  write_text(dir / ("archive/" + ref + ".lock"), "");
  ASSERT_TRUE(archive.keep_cached(kVersion, {{kKey, "after a stale lock"}}));
  EXPECT_FALSE(fs::exists(dir / ("archive/" + ref + ".lock")));
  EXPECT_EQ(Archive::open(dir / "archive", false).cached(kVersion, kKey), "after a stale lock");
  if (!have_program("git")) return;
  // A ref that names a blob, not a commit: read as empty, then replaced.
  CommandResult blob = git(
      dir / "archive", {"rev-parse", ref + ":4b/825dc642cb6eb9a060e54bf8d69288fbee4904.kn.json"});
  ASSERT_EQ(blob.exit_code, 0);
  ASSERT_EQ(git(dir / "archive", {"update-ref", ref, blob.out.substr(0, 40)}).exit_code, 0);
  Archive foreign = Archive::open(dir / "archive", false);
  EXPECT_FALSE(foreign.cached(kVersion, kKey));
  ASSERT_TRUE(foreign.keep_cached(kVersion, {{"abcd", "rebuilt"}}));
  Archive rebuilt = Archive::open(dir / "archive", false);
  EXPECT_EQ(rebuilt.cached(kVersion, "abcd"), "rebuilt");
  EXPECT_FALSE(rebuilt.cached(kVersion, kKey));
  expect_fsck_clean(dir / "archive");
}

namespace {

// Writes `bytes` under `key` with plain git, unsealed (as a planted entry).
void plant(const std::string& archive, const std::string& key, const std::string& bytes,
           const ScratchDir& dir) {
  const std::string ref = std::string("refs/yoy/cache/") + kVersion;
  write_text(dir / "planted", bytes);
  const std::vector<std::string> env = {"GIT_INDEX_FILE=" + (dir / "plant-index")};
  auto run = [&](std::vector<std::string> args) {
    args.insert(args.begin(), {"git", "--git-dir", archive});
    CommandResult r = run_command(args, env);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return r.out.substr(0, r.out.find('\n'));
  };
  const std::string blob = run({"hash-object", "-w", dir / "planted"});
  run({"read-tree", ref});
  run({"update-index", "--add", "--cacheinfo",
       "100644," + blob + "," + key.substr(0, 2) + "/" + key.substr(2)});
  run({"update-ref", ref, run({"commit-tree", run({"write-tree"}), "-m", "planted"})});
}

std::string stored_bytes(const std::string& archive, const std::string& key) {
  return run_command({"git", "--git-dir", archive, "cat-file", "blob",
                      std::string("refs/yoy/cache/") + kVersion + ":" + key.substr(0, 2) + "/" +
                          key.substr(2)})
      .out;
}

}  // namespace

// Issue 21: the cache had a checksum without a key, so anyone could write an
// entry yoy believed. Only entries sealed by this archive are read: not one
// planted with plain git, not one sealed under another key or another name.
TEST(ArchiveCache, OnlyEntriesSealedByThisArchiveAreRead) {
  if (!have_program("git")) GTEST_SKIP() << "needs git";
  ScratchDir dir;
  const std::string path = dir / "archive";
  Archive archive = make_archive(dir);
  ASSERT_TRUE(archive.keep_cached(kVersion, {{kKey, "sealed"}, {"abcd", "other"}}));
  EXPECT_EQ(Archive::open(path, false).cached(kVersion, kKey), "sealed");
  const std::string sealed = stored_bytes(path, kKey);
  ASSERT_EQ(sealed.size(), 6u + 8u);

  plant(path, kKey, "planted", dir);  // no seal at all
  EXPECT_FALSE(Archive::open(path, false).cached(kVersion, kKey));
  plant(path, kKey, "planted" + sealed.substr(6), dir);  // another entry's seal
  EXPECT_FALSE(Archive::open(path, false).cached(kVersion, kKey));
  plant(path, "abce", stored_bytes(path, "abcd"), dir);  // a sealed entry under another name
  EXPECT_FALSE(Archive::open(path, false).cached(kVersion, "abce"));
  EXPECT_EQ(Archive::open(path, false).cached(kVersion, "abcd"), "other");
  plant(path, kKey, sealed, dir);  // put back as it was: read again
  EXPECT_EQ(Archive::open(path, false).cached(kVersion, kKey), "sealed");
  expect_fsck_clean(path);
}

// The key is the file's, on this disk: a copy of the directory holds the
// same secret in another file, so nothing sealed before the copy is read in
// it; the copy seals and reads its own entries. A damaged key file is
// replaced by the next writer; an archive without one reads nothing.
TEST(ArchiveCache, ACopiedArchiveReadsNoneOfTheOriginalsEntries) {
  ScratchDir dir;
  const std::string path = dir / "archive";
  {
    Archive archive = make_archive(dir);
    EXPECT_FALSE(fs::exists(path + "/yoy-cache-key")) << "made with the first entry";
    ASSERT_TRUE(archive.keep_cached(kVersion, {{kKey, "original"}}));
  }
  EXPECT_EQ(fs::file_size(path + "/yoy-cache-key"), 16u);
  const std::string copy = dir / "copy";
  fs::copy(path, copy, fs::copy_options::recursive);
  EXPECT_EQ(Archive::open(path, false).cached(kVersion, kKey), "original");
  Archive copied = Archive::open(copy, false);
  EXPECT_FALSE(copied.cached(kVersion, kKey)) << "sealed in the original";
  ASSERT_TRUE(copied.keep_cached(kVersion, {{kKey, "the copy's"}}));
  EXPECT_EQ(Archive::open(copy, false).cached(kVersion, kKey), "the copy's");

  write_text(copy + "/yoy-cache-key", "damaged");
  EXPECT_FALSE(Archive::open(copy, false).cached(kVersion, kKey));
  ASSERT_TRUE(Archive::open(copy, false).keep_cached(kVersion, {{kKey, "after"}}));
  EXPECT_EQ(fs::file_size(copy + "/yoy-cache-key"), 16u);
  EXPECT_EQ(Archive::open(copy, false).cached(kVersion, kKey), "after");
  fs::remove(copy + "/yoy-cache-key");
  EXPECT_FALSE(Archive::open(copy, false).cached(kVersion, kKey));
}

// An entry is read only when its header says it is within what the caller
// keeps: at the bound it is read, one byte over it is not.
TEST(ArchiveCache, EntriesOverTheCallersBoundAreNotRead) {
  ScratchDir dir;
  Archive archive = make_archive(dir);
  ASSERT_TRUE(archive.keep_cached(kVersion, {{kKey, "12345"}}));
  EXPECT_EQ(archive.cached(kVersion, kKey, 5), "12345");
  EXPECT_FALSE(archive.cached(kVersion, kKey, 4));
}
