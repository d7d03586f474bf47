// The archive: layout plain git understands, no-op re-ingest, back-fill in year
// order with replaced heads kept, deterministic commit ids, and refusals.
#include "yoy/archive/archive.h"

#include <git2.h>
#include <gtest/gtest.h>

#include <filesystem>

#include "support/scratch_dir.h"
#include "support/subprocess.h"
#include "support/tip_reports.h"
#include "yoy/util/error.h"

namespace fs = std::filesystem;
using namespace yoy;
using namespace yoy::test;

namespace {

Edition edition_of(const std::string& series, int year, const std::string& id,
                   const std::string& bytes) {
  Edition edition;
  edition.series = series;
  edition.year = year;
  edition.files.push_back({id, "txt", bytes, id + ".txt"});
  return edition;
}

// The object a ref names ("" when absent), read with libgit2 directly.
std::string ref_target(const std::string& archive, const std::string& ref) {
  git_libgit2_init();
  git_repository* repo = nullptr;
  if (git_repository_open_bare(&repo, archive.c_str()) < 0) return "";
  git_oid oid;
  std::string out;
  if (git_reference_name_to_id(&oid, repo, ref.c_str()) == 0) {
    char hex[GIT_OID_HEXSZ + 1];
    git_oid_tostr(hex, sizeof hex, &oid);
    out = hex;
  }
  git_repository_free(repo);
  git_libgit2_shutdown();
  return out;
}

CommandResult git(const std::string& archive, std::vector<std::string> args) {
  args.insert(args.begin(), {"git", "--git-dir", archive});
  return run_command(args);
}

void expect_fsck_clean(const std::string& archive) {
  CommandResult fsck = git(archive, {"fsck", "--strict"});
  EXPECT_EQ(fsck.exit_code, 0) << fsck.out << fsck.err;
  EXPECT_EQ(fsck.out, "") << "fsck reported: " << fsck.out;
  EXPECT_EQ(fsck.err.find("error"), std::string::npos) << fsck.err;
  EXPECT_EQ(fsck.err.find("warning"), std::string::npos) << fsck.err;
}

}  // namespace

TEST(Archive, LayoutIsPlainGitOneCommitPerYearWithTags) {
  ScratchDir dir;
  const std::string path = dir / "archive";
  Archive archive = Archive::open(path, true);
  IngestResult first = archive.ingest(edition_of("tip", 2024, "north-korea", north_korea_2024()));
  IngestResult second = archive.ingest(edition_of("tip", 2025, "north-korea", north_korea_2025()));
  EXPECT_TRUE(first.committed);
  EXPECT_EQ(first.added, 1);
  EXPECT_TRUE(second.committed);
  EXPECT_EQ(second.added, 1);  // new to the 2025 edition

  EXPECT_EQ(archive.years("tip"), (std::vector<int>{2024, 2025}));
  std::vector<ReportEntry> reports = archive.reports("tip", 2025);
  ASSERT_EQ(reports.size(), 1u);
  EXPECT_EQ(reports[0].id, "north-korea");
  EXPECT_EQ(reports[0].path, "north-korea.txt");
  EXPECT_EQ(archive.read_blob(reports[0].blob_id), north_korea_2025());
  EXPECT_EQ(archive.read_blob(archive.find("tip", 2024, "north-korea")->blob_id),
            north_korea_2024());
  EXPECT_FALSE(archive.find("tip", 2024, "cuba").has_value());
  EXPECT_THROW(archive.reports("tip", 2023), ArchiveError);
  EXPECT_THROW(archive.years("factbook"), ArchiveError);
  EXPECT_EQ(archive.default_series(), "tip");
  ASSERT_EQ(archive.series().size(), 1u);
  EXPECT_EQ(archive.series()[0].reports_per_year, (std::map<int, int>{{2024, 1}, {2025, 1}}));

  // Tags name each year's commit; the branch head is the newest year.
  EXPECT_EQ(ref_target(path, "refs/heads/tip"), ref_target(path, "refs/tags/tip/2025"));
  EXPECT_NE(ref_target(path, "refs/tags/tip/2024"), "");

  if (!have_program("git")) GTEST_SKIP() << "git is not installed: plain-git checks skipped";
  CommandResult log = git(path, {"log", "--format=%s", "tip"});
  ASSERT_EQ(log.exit_code, 0) << log.err;
  EXPECT_EQ(log.out, "tip 2025: 1 report (1 changed)\ntip 2024: 1 report (1 added)\n");
  CommandResult oneline = git(path, {"log", "--oneline", "tip"});
  EXPECT_EQ(oneline.exit_code, 0);
  CommandResult diff = git(path, {"diff", "tip/2024", "tip/2025", "--", "north-korea.txt"});
  ASSERT_EQ(diff.exit_code, 0) << diff.err;
  EXPECT_NE(diff.out.find("-KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF (Tier 2 Watch List)"),
            std::string::npos);
  EXPECT_NE(diff.out.find("+KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF (Tier 3)"), std::string::npos);
  EXPECT_NE(diff.out.find("80,000 to 120,000"), std::string::npos);
  CommandResult show = git(path, {"show", "tip/2025:north-korea.txt"});
  EXPECT_EQ(show.out, north_korea_2025());  // byte for byte
  CommandResult time = git(path, {"log", "-1", "--format=%at %ct %an", "tip/2025"});
  EXPECT_EQ(time.out.substr(0, 22), "1735689600 1735689600 ");  // 2025-01-01T00:00:00Z
  expect_fsck_clean(path);
}

TEST(Archive, IdenticalBytesMakeNoCommit) {
  ScratchDir dir;
  Archive archive = Archive::open(dir / "a", true);
  archive.ingest(edition_of("tip", 2025, "north-korea", north_korea_2025()));
  const std::string head = ref_target(dir / "a", "refs/heads/tip");
  IngestResult again = archive.ingest(edition_of("tip", 2025, "north-korea", north_korea_2025()));
  EXPECT_FALSE(again.committed);
  EXPECT_EQ(again.unchanged, 1);
  EXPECT_EQ(again.added + again.changed, 0);
  EXPECT_EQ(ref_target(dir / "a", "refs/heads/tip"), head);
  EXPECT_EQ(ref_target(dir / "a", "refs/yoy/replaced/1"), "");
}

TEST(Archive, BackfillKeepsYearOrderAndReplacedHeads) {
  ScratchDir dir;
  const std::string path = dir / "a";
  Archive archive = Archive::open(path, true);
  archive.ingest(edition_of("tip", 2025, "north-korea", north_korea_2025()));
  const std::string head_2025_only = ref_target(path, "refs/heads/tip");
  archive.ingest(edition_of("tip", 2023, "north-korea", generated_report("north-korea", 2023)));
  const std::string head_after_2023 = ref_target(path, "refs/heads/tip");
  archive.ingest(edition_of("tip", 2024, "north-korea", north_korea_2024()));
  EXPECT_EQ(archive.years("tip"), (std::vector<int>{2023, 2024, 2025}));
  // Each back-fill rewrote history and kept the head it replaced.
  EXPECT_EQ(ref_target(path, "refs/yoy/replaced/1"), head_2025_only);
  EXPECT_EQ(ref_target(path, "refs/yoy/replaced/2"), head_after_2023);
  EXPECT_EQ(ref_target(path, "refs/yoy/replaced/3"), "");

  // A new report in an existing year: that year gains it, later years do not.
  IngestResult cuba =
      archive.ingest(edition_of("tip", 2024, "cuba", generated_report("cuba", 2024)));
  EXPECT_EQ(cuba.added, 1);
  EXPECT_EQ(archive.reports("tip", 2024).size(), 2u);
  EXPECT_EQ(archive.reports("tip", 2025).size(), 1u);
  EXPECT_EQ(archive.read_blob(archive.find("tip", 2025, "north-korea")->blob_id),
            north_korea_2025());
  EXPECT_NE(ref_target(path, "refs/yoy/replaced/3"), "");
  // A changed report in an existing year.
  IngestResult changed = archive.ingest(
      edition_of("tip", 2023, "north-korea", generated_report("north-korea", 2023) + "x\n"));
  EXPECT_EQ(changed.changed, 1);
  EXPECT_EQ(archive.years("tip"), (std::vector<int>{2023, 2024, 2025}));
  EXPECT_EQ(ref_target(path, "refs/tags/tip/2025"), ref_target(path, "refs/heads/tip"));

  if (!have_program("git")) GTEST_SKIP() << "git is not installed: plain-git checks skipped";
  CommandResult log = git(path, {"log", "--format=%s", "tip"});
  EXPECT_EQ(log.out,
            "tip 2025: 1 report (1 changed, 1 removed)\n"
            "tip 2024: 2 reports (1 added, 1 changed)\n"
            "tip 2023: 1 report (1 added)\n");
  CommandResult old_history = git(path, {"log", "--format=%s", "refs/yoy/replaced/1"});
  EXPECT_EQ(old_history.out, "tip 2025: 1 report (1 added)\n");
  expect_fsck_clean(path);
}

TEST(Archive, AnEditionsNoteSurvivesARewriteOfItsYearAndABackfillBeforeIt) {
  if (!have_program("git")) GTEST_SKIP() << "git is not installed: the messages are read with git";
  ScratchDir dir;
  const std::string path = dir / "a";
  Archive archive = Archive::open(path, true);
  Edition noted = edition_of("tip", 2025, "north-korea", north_korea_2025());
  noted.note = "Split by yoy from report.pdf\nnorth-korea.txt: pages 6-9";
  archive.ingest(noted);
  const std::string body = "tip 2025: 1 report (1 added)\n\n" + noted.note + "\n";
  EXPECT_EQ(git(path, {"log", "-1", "--format=%B", "tip"}).out, body + "\n");
  // A back-fill gives 2025 a new parent; a new report in 2025 without a note rewrites it.
  archive.ingest(edition_of("tip", 2024, "north-korea", north_korea_2024()));
  EXPECT_EQ(git(path, {"log", "-1", "--format=%B", "tip"}).out,
            "tip 2025: 1 report (1 changed)\n\n" + noted.note + "\n\n");
  archive.ingest(edition_of("tip", 2025, "cuba", generated_report("cuba", 2025)));
  EXPECT_EQ(git(path, {"log", "-1", "--format=%B", "tip"}).out,
            "tip 2025: 2 reports (1 added, 1 changed)\n\n" + noted.note + "\n\n");
  EXPECT_EQ(git(path, {"log", "-1", "--format=%B", "tip/2024"}).out,
            "tip 2024: 1 report (1 added)\n\n");
}

TEST(Archive, SameCorpusGivesSameCommitIdsInAnyOrder) {
  ScratchDir dir;
  Archive forward = Archive::open(dir / "forward", true);
  forward.ingest(edition_of("tip", 2024, "north-korea", north_korea_2024()));
  forward.ingest(edition_of("tip", 2025, "north-korea", north_korea_2025()));
  Archive backward = Archive::open(dir / "backward", true);
  backward.ingest(edition_of("tip", 2025, "north-korea", north_korea_2025()));
  backward.ingest(edition_of("tip", 2024, "north-korea", north_korea_2024()));
  const std::string head = ref_target(dir / "forward", "refs/heads/tip");
  EXPECT_EQ(head.size(), 40u);
  EXPECT_EQ(ref_target(dir / "backward", "refs/heads/tip"), head);
  EXPECT_EQ(ref_target(dir / "backward", "refs/tags/tip/2024"),
            ref_target(dir / "forward", "refs/tags/tip/2024"));
}

TEST(Archive, SeriesAreSeparateBranches) {
  ScratchDir dir;
  Archive archive = Archive::open(dir / "a", true);
  archive.ingest(edition_of("tip", 2025, "north-korea", north_korea_2025()));
  archive.ingest(edition_of("other", 1950, "north-korea", north_korea_2024()));
  ASSERT_EQ(archive.series().size(), 2u);
  EXPECT_EQ(archive.series()[0].name, "other");
  EXPECT_EQ(archive.years("other"), std::vector<int>{1950});
  EXPECT_THROW(archive.default_series(), ArchiveError);
}

TEST(Archive, RefusesFilesAndForeignRepositories) {
  ScratchDir dir;
  write_text(dir / "file", "not an archive");
  EXPECT_THROW(Archive::open(dir / "file", true), ArchiveError);
  EXPECT_THROW(Archive::open(dir / "missing", false), ArchiveError);
  fs::create_directories(dir / "stuff");
  write_text(dir / "stuff/notes.txt", "x");
  EXPECT_THROW(Archive::open(dir / "stuff", true), ArchiveError);
  git_libgit2_init();
  git_repository* repo = nullptr;
  ASSERT_EQ(git_repository_init(&repo, (dir / "plain").c_str(), 1), 0);
  git_repository_free(repo);
  git_libgit2_shutdown();
  try {
    Archive::open(dir / "plain", true);
    FAIL() << "a plain git repository was accepted";
  } catch (const ArchiveError& e) {
    EXPECT_NE(std::string(e.what()).find("not a yoy archive"), std::string::npos) << e.what();
  }
}

TEST(Archive, BadEditionChangesNothing) {
  ScratchDir dir;
  Archive archive = Archive::open(dir / "a", true);
  archive.ingest(edition_of("tip", 2025, "north-korea", north_korea_2025()));
  const std::string head = ref_target(dir / "a", "refs/heads/tip");
  Edition mixed = edition_of("tip", 2024, "north-korea", north_korea_2024());
  mixed.files.push_back({"bad/id", "txt", "text", "bad.txt"});
  EXPECT_THROW(archive.ingest(mixed), InputError);
  EXPECT_THROW(archive.ingest(edition_of("tip", 1899, "x", "text")), InputError);
  EXPECT_THROW(archive.ingest(edition_of("tip", 2024, "x", std::string("a\0b", 3))), InputError);
  EXPECT_EQ(ref_target(dir / "a", "refs/heads/tip"), head);
  EXPECT_EQ(archive.years("tip"), std::vector<int>{2025});
}

TEST(Archive, LocationFlagThenEnvironmentThenDefault) {
  EXPECT_EQ(archive_location("flag-dir"), "flag-dir");
  ::setenv("YOY_ARCHIVE", "env-dir", 1);
  EXPECT_EQ(archive_location(""), "env-dir");
  ::unsetenv("YOY_ARCHIVE");
  EXPECT_EQ(archive_location(""), ".yoy");
}
