// Damaged and crafted loose objects: a truncated file (libgit2 1.5 spins on
// it forever), a header that claims fewer bytes than the body (libgit2 #7177
// writes past its buffer), and the rest of what a loose file can get wrong.
// Every command refuses them at once, naming the object; ingest repairs a
// damaged report it stores again. Commands run under a deadline, in-process
// checks under an alarm, so a regression fails instead of hanging CI.
#include "archive/loose_objects.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

#include "support/guarded_run.h"
#include "support/loose_object.h"
#include "support/scratch_dir.h"
#include "support/subprocess.h"
#include "support/tip_reports.h"
#include "yoy/util/error.h"

using namespace yoy;
using namespace yoy::test;

namespace {

// SIGALRM ends the test binary if the code under test spins.
struct Deadline {
  explicit Deadline(unsigned seconds) { ::alarm(seconds); }
  ~Deadline() { ::alarm(0); }
};

GuardedResult yoy_run(const std::string& archive, std::vector<std::string> args,
                      const std::string& cwd = "") {
  args.insert(args.begin(), {YOY_EXE, "--archive", archive});
  GuardLimits limits;
  limits.seconds = 15;
  return run_guarded(args, limits, {}, cwd);
}

// An archive of the corpus (tip 2024 and 2025 of north-korea); returns its path.
std::string corpus_archive(const ScratchDir& dir) {
  write_text(dir / "corpus/tip/2024/north-korea.txt", north_korea_2024());
  write_text(dir / "corpus/tip/2025/north-korea.txt", north_korea_2025());
  const std::string archive = dir / "archive";
  GuardedResult ingest = yoy_run(archive, {"ingest", "-q", dir / "corpus"});
  EXPECT_EQ(ingest.exit_code, 0) << ingest.describe();
  return archive;
}

git_oid oid_of(const std::string& hex) {
  git_oid oid;
  git_oid_fromstr(&oid, hex.c_str());
  return oid;
}

// What read_loose_object says about a loose file holding `raw` deflated ("" when sound).
std::string verdict(const std::string& raw, std::string* body = nullptr) {
  ScratchDir dir;
  const std::string hex = "0123456789abcdef0123456789abcdef01234567";
  write_loose_file(dir.path().string(), hex, raw);
  archive_detail::LooseObject object;
  try {
    EXPECT_TRUE(archive_detail::read_loose_object(dir / "objects", oid_of(hex), object));
  } catch (const ArchiveError& e) {
    return e.what();
  }
  if (body) *body = object.body;
  return "";
}

bool one_line(const std::string& err) { return !err.empty() && err.find('\n') == err.size() - 1; }

// libgit2 #7177's case: the header claims 12 bytes, the body holds 46. The
// length comes from the literal, whose NUL would stop a plain const char*.
std::string undersized_header_object() {
  static constexpr char kObject[] = "blob 12\0this is a blob with a too-small length value\n";
  return std::string(kObject, sizeof kObject - 1);
}

}  // namespace

TEST(LooseObjects, SoundObjectsReadBackAsStored) {
  Deadline deadline(20);
  std::string body;
  EXPECT_EQ(verdict(std::string("blob 5\0hello", 12), &body), "");
  EXPECT_EQ(body, "hello");
  EXPECT_EQ(verdict(std::string("blob 0\0", 7), &body), "");
  EXPECT_EQ(body, "");
  const std::string report = north_korea_2025();
  EXPECT_EQ(verdict("blob " + std::to_string(report.size()) + std::string(1, '\0') + report, &body),
            "");
  EXPECT_EQ(body, report);
}

TEST(LooseObjects, HeaderAndBodyMustAgree) {
  Deadline deadline(20);
  EXPECT_NE(verdict(undersized_header_object()).find("its body is longer than its header says"),
            std::string::npos);
  // One byte too many, one too few: both refused.
  EXPECT_NE(verdict(std::string("blob 4\0hello", 12)).find("longer than its header"),
            std::string::npos);
  EXPECT_NE(verdict(std::string("blob 6\0hello", 12)).find("shorter than its header"),
            std::string::npos);
  // The same past the first inflated chunk (the header's 32 bytes): 100 claimed, 101 held.
  const std::string body(101, 'x');
  EXPECT_NE(verdict("blob 100" + std::string(1, '\0') + body).find("longer than its header"),
            std::string::npos);
  EXPECT_EQ(verdict("blob 101" + std::string(1, '\0') + body), "");
  EXPECT_NE(verdict(std::string("blob 5hello", 11)).find("no object header"), std::string::npos);
  EXPECT_NE(verdict(std::string("blub 5\0hello", 12)).find("unknown object type"),
            std::string::npos);
  EXPECT_NE(verdict(std::string("blob 5x\0hello", 13)).find("malformed size"), std::string::npos);
}

TEST(LooseObjects, ClaimedSizeIsBoundedByTheFileSize) {
  Deadline deadline(20);
  // A header may not claim more than deflate could expand the file to (1032:1):
  // refused before anything is allocated. At the bound it is only "shorter".
  ScratchDir dir;
  const std::string hex = "0123456789abcdef0123456789abcdef01234567";
  auto claim = [&](std::size_t claimed) {
    std::string raw = "blob " + std::to_string(claimed) + std::string(1, '\0') + "x";
    write_loose_file(dir.path().string(), hex, raw, 0);
    const auto file_size = std::filesystem::file_size(loose_object_path(dir.path().string(), hex));
    return file_size;
  };
  const std::size_t file_size = claim(10000);
  auto verdict_for = [&](std::size_t claimed) {
    // Stored (level 0): the file size depends on the number of digits only.
    EXPECT_EQ(claim(claimed), file_size);
    archive_detail::LooseObject object;
    try {
      archive_detail::read_loose_object(dir / "objects", oid_of(hex), object);
    } catch (const ArchiveError& e) {
      return std::string(e.what());
    }
    return std::string();
  };
  const std::size_t bound = file_size * 1032 + 1024;
  ASSERT_EQ(std::to_string(bound).size(), 5u) << "pick a claim with as many digits as the bound";
  EXPECT_NE(verdict_for(bound).find("shorter than its header"), std::string::npos);
  EXPECT_NE(verdict_for(bound + 1).find("more than the file holds"), std::string::npos);
}

TEST(LooseObjects, TruncatedZlibStreamsAreRefusedAtEveryLength) {
  Deadline deadline(30);
  ScratchDir dir;
  const std::string report = north_korea_2025();
  const std::string raw = "blob " + std::to_string(report.size()) + std::string(1, '\0') + report;
  const std::string hex = "0123456789abcdef0123456789abcdef01234567";
  write_loose_file(dir.path().string(), hex, raw);
  const std::string path = loose_object_path(dir.path().string(), hex);
  const auto full = static_cast<long>(std::filesystem::file_size(path));
  for (long cut : {full - 1, full - 4, full - 5, full / 2, 40L, 3L, 2L, 1L, 0L}) {
    write_loose_file(dir.path().string(), hex, raw);
    truncate_loose_file(dir.path().string(), hex, cut);
    archive_detail::LooseObject object;
    try {
      archive_detail::read_loose_object(dir / "objects", oid_of(hex), object);
      ADD_FAILURE() << "a file cut to " << cut << " of " << full << " bytes was accepted";
    } catch (const ArchiveError& e) {
      EXPECT_NE(std::string(e.what()).find("damaged object " + hex), std::string::npos) << e.what();
    }
  }
}

TEST(LooseObjects, GarbageNonZlibAndNonFilesAreRefused) {
  Deadline deadline(20);
  ScratchDir dir;
  const std::string hex = "0123456789abcdef0123456789abcdef01234567";
  const std::string path = loose_object_path(dir.path().string(), hex);
  archive_detail::LooseObject object;
  auto what = [&] {
    try {
      archive_detail::read_loose_object(dir / "objects", oid_of(hex), object);
    } catch (const ArchiveError& e) {
      return std::string(e.what());
    }
    return std::string();
  };
  write_loose_file(dir.path().string(), hex, std::string("blob 5\0hello", 12));
  {
    FILE* f = std::fopen(path.c_str(), "ab");
    std::fputs("junk", f);
    std::fclose(f);
  }
  EXPECT_NE(what().find("garbage after the zlib stream"), std::string::npos);
  write_text(path, "blob 5\0hello");
  EXPECT_NE(what().find("not a zlib stream"), std::string::npos);
  // A FIFO at an object's path would block a reader that opens it plainly.
  std::filesystem::remove(path);
  ASSERT_EQ(::mkfifo(path.c_str(), 0644), 0);
  EXPECT_NE(what().find("not a regular file"), std::string::npos);
  std::filesystem::remove(path);
  EXPECT_FALSE(archive_detail::read_loose_object(dir / "objects", oid_of(hex), object));
}

TEST(DamagedArchive, EveryCommandRefusesATruncatedReportAtOnce) {
  ScratchDir dir;
  const std::string archive = corpus_archive(dir);
  const std::string blob = rev_parse(archive, "tip/2025:north-korea.txt");
  ASSERT_EQ(blob.size(), 40u);
  truncate_loose_file(archive, blob, 1000);
  const std::vector<std::vector<std::string>> commands = {
      {"cat", "north-korea@2025"},
      {"diff", "2024", "2025"},
      {"log", "north-korea"},
      {"blame", "north-korea@2025"},
      {"check", "2024", "2025"},
      {"summary", "2024", "2025", "-o", dir / "summary"},
      {"diff", "2024", "2025", "--format", "json"}};
  for (const auto& command : commands) {
    GuardedResult r = yoy_run(archive, command);
    EXPECT_EQ(r.exit_code, 2) << command[0] << ": " << r.describe();
    EXPECT_FALSE(r.timed_out) << command[0];
    EXPECT_NE(r.err.find("damaged object " + blob), std::string::npos) << command[0] << r.err;
    EXPECT_NE(r.err.find("truncated"), std::string::npos) << r.err;
    EXPECT_TRUE(one_line(r.err)) << r.err;
  }
}

TEST(DamagedArchive, ADamagedTreeOrCommitIsRefusedToo) {
  ScratchDir dir;
  const std::string archive = corpus_archive(dir);
  const std::string tree = rev_parse(archive, "tip/2025^{tree}");
  truncate_loose_file(archive, tree, 20);
  for (const std::vector<std::string>& command :
       {std::vector<std::string>{"list"}, {"diff", "2024", "2025"}, {"cat", "north-korea@2025"}}) {
    GuardedResult r = yoy_run(archive, command);
    EXPECT_EQ(r.exit_code, 2) << r.describe();
    EXPECT_NE(r.err.find("damaged object " + tree), std::string::npos) << r.err;
  }
  const std::string commit = rev_parse(archive, "tip/2024");
  truncate_loose_file(archive, commit, 30);
  GuardedResult r = yoy_run(archive, {"log", "north-korea"});
  EXPECT_EQ(r.exit_code, 2) << r.describe();
  EXPECT_NE(r.err.find("damaged object " + commit), std::string::npos) << r.err;
}

TEST(DamagedArchive, IngestingTheSameReportRepairsIt) {
  ScratchDir dir;
  const std::string archive = corpus_archive(dir);
  const std::string blob = rev_parse(archive, "tip/2025:north-korea.txt");
  truncate_loose_file(archive, blob, 100);
  GuardedResult again = yoy_run(archive, {"ingest", "-q", dir / "corpus"});
  EXPECT_EQ(again.exit_code, 0) << again.describe();
  GuardedResult cat = yoy_run(archive, {"cat", "north-korea@2025"});
  EXPECT_EQ(cat.exit_code, 0) << cat.describe();
  EXPECT_EQ(cat.out, north_korea_2025());
  CommandResult fsck = run_command({"git", "--git-dir", archive, "fsck", "--strict"});
  EXPECT_EQ(fsck.exit_code, 0) << fsck.out << fsck.err;
}

TEST(DamagedArchive, HeaderSmallerThanBodyIsRefusedNotRead) {
  // libgit2 #7177 would copy the body past a 12-byte buffer (ASan reports it
  // in scripts/sanitize); yoy must refuse the object before libgit2 sees it.
  ScratchDir dir;
  const std::string archive = corpus_archive(dir);
  const std::string blob = rev_parse(archive, "tip/2025:north-korea.txt");
  write_loose_file(archive, blob, undersized_header_object());
  for (const std::vector<std::string>& command :
       {std::vector<std::string>{"cat", "north-korea@2025"}, {"diff", "2024", "2025"}}) {
    GuardedResult r = yoy_run(archive, command);
    EXPECT_EQ(r.exit_code, 2) << r.describe();
    EXPECT_EQ(r.signal, 0) << r.describe();
    EXPECT_NE(r.err.find("damaged object " + blob), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("longer than its header says"), std::string::npos) << r.err;
  }
}

TEST(DamagedArchive, ImportGitRefusesADamagedSourceAtOnce) {
  ScratchDir dir;
  const std::string source = dir / "source";
  write_text(source + "/kn.txt", north_korea_2025());
  auto git = [&](std::vector<std::string> args) {
    args.insert(args.begin(), {"git", "-C", source});
    return run_command(
        args, {"GIT_AUTHOR_DATE=2025-06-01T12:00:00Z", "GIT_COMMITTER_DATE=2025-06-01T12:00:00Z",
               "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@t", "GIT_COMMITTER_NAME=t",
               "GIT_COMMITTER_EMAIL=t@t"});
  };
  ASSERT_EQ(git({"init", "-q"}).exit_code, 0);
  ASSERT_EQ(git({"add", "kn.txt"}).exit_code, 0);
  ASSERT_EQ(git({"commit", "-q", "-m", "kn"}).exit_code, 0);
  const std::string git_dir = source + "/.git";
  const std::string blob = rev_parse(git_dir, "HEAD:kn.txt");
  truncate_loose_file(git_dir, blob, 500);
  GuardedResult r = yoy_run(
      dir / "archive", {"import-git", source, "--path", "*.txt", "--per-year", "--series", "tip"});
  EXPECT_EQ(r.exit_code, 2) << r.describe();
  EXPECT_NE(r.err.find("damaged object " + blob), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(dir / "archive")) << "nothing is written";
}

TEST(DamagedArchive, CloneAndPullRefuseADamagedLocalSourceAtOnce) {
  // libgit2's local transport reads the source itself; yoy checks its loose objects first.
  ScratchDir dir;
  const std::string source = corpus_archive(dir);
  GuardedResult copy = yoy_run(source, {"clone", source, dir / "copy", "-q"});
  ASSERT_EQ(copy.exit_code, 0) << copy.describe();
  const std::string blob = rev_parse(source, "tip/2025:north-korea.txt");
  truncate_loose_file(source, blob, 1000);
  for (const std::string& url : {source, "file://" + source}) {
    GuardedResult r = yoy_run(source, {"clone", url, dir / "clone", "-q"});
    EXPECT_EQ(r.exit_code, 2) << url << ": " << r.describe();
    EXPECT_FALSE(r.timed_out) << url;
    EXPECT_NE(r.err.find("damaged object " + blob), std::string::npos) << r.err;
    EXPECT_TRUE(one_line(r.err)) << r.err;
    EXPECT_FALSE(std::filesystem::exists(dir / "clone")) << "a half-made clone";
  }
  GuardedResult pull = yoy_run(dir / "copy", {"pull", source, "-q"});
  EXPECT_EQ(pull.exit_code, 2) << pull.describe();
  EXPECT_NE(pull.err.find("damaged object " + blob), std::string::npos) << pull.err;
  // A sound source still clones (the check reads every loose object and refuses none).
  write_text(dir / "more/tip/2026/north-korea.txt", north_korea_2025() + "\nA new paragraph.\n");
  GuardedResult ingest = yoy_run(dir / "copy", {"ingest", "-q", dir / "more"});
  ASSERT_EQ(ingest.exit_code, 0) << ingest.describe();
  GuardedResult good = yoy_run(source, {"clone", dir / "copy", dir / "second", "-q"});
  EXPECT_EQ(good.exit_code, 0) << good.describe();
}
