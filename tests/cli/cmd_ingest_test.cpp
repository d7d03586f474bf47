// yoy ingest / list / cat through the built CLI: results on stdout, and every
// bad input refused with exit 2, one line on stderr and the archive unchanged.
#include <gtest/gtest.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "support/guarded_run.h"
#include "support/scratch_dir.h"
#include "support/subprocess.h"
#include "support/tip_reports.h"

namespace fs = std::filesystem;
using namespace yoy::test;

namespace {

CommandResult yoy_run(const std::string& archive, std::vector<std::string> args) {
  args.insert(args.begin(), {YOY_EXE, "--archive", archive});
  return run_command(args);
}

// Every file under the archive with its bytes: equal snapshots = unchanged archive.
std::map<std::string, std::string> snapshot(const std::string& archive) {
  std::map<std::string, std::string> files;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(archive, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (!it->is_regular_file()) continue;
    std::ifstream in(it->path(), std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    files[fs::relative(it->path(), archive).string()] = bytes.str();
  }
  return files;
}

}  // namespace

TEST(IngestCli, CorpusDirectoryThenListCatAndNoOpReingest) {
  ScratchDir dir;
  write_text(dir / "corpus/tip/2024/north-korea.txt", north_korea_2024());
  write_text(dir / "corpus/tip/2025/north-korea.txt", north_korea_2025());
  write_text(dir / "corpus/tip/2025/cuba.txt", generated_report("cuba", 2025));
  write_text(dir / "corpus/README.md", "not an edition");
  const std::string archive = dir / "archive";

  CommandResult ingest = yoy_run(archive, {"ingest", dir / "corpus"});
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  EXPECT_EQ(ingest.out,
            "tip 2024: 1 added, 0 changed, 0 unchanged\n"
            "tip 2025: 2 added, 0 changed, 0 unchanged; against 2024: 1 new, 1 changed, 0 gone, "
            "0 same\n");
  EXPECT_NE(ingest.err.find("created archive"), std::string::npos);

  CommandResult list = yoy_run(archive, {"list"});
  EXPECT_EQ(list.exit_code, 0) << list.err;
  EXPECT_EQ(list.out, "tip  2024  1 report\ntip  2025  2 reports\n");

  EXPECT_EQ(yoy_run(archive, {"cat", "north-korea@2024"}).out, north_korea_2024());
  EXPECT_EQ(yoy_run(archive, {"cat", "tip/cuba@2025"}).out, generated_report("cuba", 2025));
  CommandResult absent = yoy_run(archive, {"cat", "cuba@2024"});
  EXPECT_EQ(absent.exit_code, 2);
  EXPECT_NE(absent.err.find("no report 'cuba' in tip 2024"), std::string::npos) << absent.err;

  CommandResult again = yoy_run(archive, {"-q", "ingest", dir / "corpus/tip"});
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(again.out,
            "tip 2024: 0 added, 0 changed, 1 unchanged (no new commit)\n"
            "tip 2025: 0 added, 0 changed, 2 unchanged (no new commit)\n");
  EXPECT_EQ(again.err, "");

  // A single file with explicit coordinates replaces that report in its year.
  write_text(dir / "edited.txt", north_korea_2025() + "Edited.\n");
  CommandResult file = yoy_run(archive, {"ingest", dir / "edited.txt", "--series", "tip", "--year",
                                         "2025", "--id", "north-korea"});
  EXPECT_EQ(file.exit_code, 0) << file.err;
  EXPECT_EQ(file.out,
            "tip 2025: 0 added, 1 changed, 0 unchanged; against 2024: 1 new, 1 changed, 0 gone, "
            "0 same\n");
  EXPECT_EQ(yoy_run(archive, {"cat", "north-korea@2025"}).out, north_korea_2025() + "Edited.\n");
}

TEST(IngestCli, BadInputIsRefusedWithOneLineAndArchiveUnchanged) {
  ScratchDir dir;
  const std::string archive = dir / "archive";
  write_text(dir / "good/tip/2025/north-korea.txt", north_korea_2025());
  ASSERT_EQ(yoy_run(archive, {"ingest", dir / "good"}).exit_code, 0);

  write_text(dir / "binary.txt", std::string("PK\3\4\0\0binary", 12));
  write_text(dir / "latin1.txt", "Caf\xe9 au lait\n");
  write_text(dir / "empty.txt", "");
  write_text(dir / "small-limit.txt", std::string(2000, 'a'));
  {
    std::ofstream huge(dir / "huge.txt", std::ios::binary);
    huge.seekp((64 << 20));  // 64 MiB + 1 byte: over the default limit
    huge.put('x');
  }
  write_text(dir / "report.txt", north_korea_2024());
  fs::create_directories(dir / "no-editions/tip");
  write_text(dir / "old/tip/1850/north-korea.txt", north_korea_2024());
  write_text(dir / "badname/tip/2024/back\\slash.txt", north_korea_2024());
  write_text(dir / "mixed/tip/2023/fine.txt", north_korea_2024());
  write_text(dir / "mixed/tip/2024/broken.txt", std::string("\0\1\2", 3));
  write_text(dir / "archive-file", "I am a file");
  ASSERT_EQ(run_command({"git", "init", "-q", "--bare", dir / "plain-repo"}).exit_code, 0);

  const std::vector<std::string> flags = {"--series", "tip", "--year", "2024"};
  auto with_flags = [&](std::vector<std::string> args) {
    args.insert(args.end(), flags.begin(), flags.end());
    return args;
  };
  struct Case {
    std::string name;
    std::vector<std::string> args;
    std::string expected;  // substring of the one stderr line
    std::string archive_override = "";
  };
  const std::vector<Case> cases = {
      {"missing file", with_flags({"ingest", dir / "nope.txt"}), "nope.txt: no such file"},
      {"dir with no editions", {"ingest", dir / "no-editions"}, "no editions found"},
      {"binary file", with_flags({"ingest", dir / "binary.txt"}), "binary file"},
      {"invalid UTF-8", with_flags({"ingest", dir / "latin1.txt"}), "invalid UTF-8 at byte 3"},
      {"empty file", with_flags({"ingest", dir / "empty.txt"}), "empty file"},
      {"over --max-input", with_flags({"ingest", dir / "small-limit.txt", "--max-input", "1000"}),
       "over the 1000-byte input limit"},
      {"over 64 MiB", with_flags({"ingest", dir / "huge.txt"}),
       "over the 67108864-byte input limit"},
      {"year too early",
       {"ingest", dir / "report.txt", "--series", "tip", "--year", "1899"},
       "year 1899 is outside 1900-2200"},
      {"year too late",
       {"ingest", dir / "report.txt", "--series", "tip", "--year", "2201"},
       "year 2201 is outside 1900-2200"},
      {"year dir out of range", {"ingest", dir / "old"}, "year 1850 is outside"},
      {"id with slash", with_flags({"ingest", dir / "report.txt", "--id", "a/b"}),
       "'/' is not allowed"},
      {"id with backslash", with_flags({"ingest", dir / "report.txt", "--id", "a\\b"}),
       "'\\' is not allowed"},
      {"id with ..", with_flags({"ingest", dir / "report.txt", "--id", "a..b"}), "contains '..'"},
      {"id with control", with_flags({"ingest", dir / "report.txt", "--id", "a\x01z"}),
       "'\\x01' is not allowed"},
      {"id index", with_flags({"ingest", dir / "report.txt", "--id", "index"}),
       "bad report id 'index': reserved (yoy summary writes index.md and index.html); a report "
       "id is ASCII letters, digits, '-', '_' and '.'"},
      {"id with a space", with_flags({"ingest", dir / "report.txt", "--id", "north korea"}),
       "a space is not allowed"},
      {"series with a space",
       {"ingest", dir / "report.txt", "--series", "my series", "--year", "2024"},
       "--series: bad series 'my series': a space is not allowed; a series is ASCII letters, "
       "digits, '-', '_' and '.', starting with a letter or digit, at most 100 bytes"},
      {"id with leading dot", with_flags({"ingest", dir / "report.txt", "--id", ".hidden"}),
       "starts with '.'"},
      {"file name with backslash", {"ingest", dir / "badname"}, "'\\' is not allowed"},
      {"one bad file among good", {"ingest", dir / "mixed"}, "binary file"},
      {"series with slash",
       {"ingest", dir / "report.txt", "--series", "a/b", "--year", "2024"},
       "bad series"},
      {"archive is a file", with_flags({"ingest", dir / "report.txt"}), "is a file, not an archive",
       dir / "archive-file"},
      {"archive is a plain repo", with_flags({"ingest", dir / "report.txt"}), "not a yoy archive",
       dir / "plain-repo"},
  };
  for (const Case& c : cases) {
    const std::string target = c.archive_override.empty() ? archive : c.archive_override;
    const auto before = snapshot(target);
    CommandResult result = yoy_run(target, c.args);
    EXPECT_EQ(result.exit_code, 2) << c.name << ": " << result.err;
    EXPECT_EQ(result.out, "") << c.name;
    EXPECT_EQ(result.err.rfind("yoy: ", 0), 0u) << c.name << ": " << result.err;
    EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1)
        << c.name << ": " << result.err;
    EXPECT_NE(result.err.find(c.expected), std::string::npos) << c.name << ": " << result.err;
    EXPECT_EQ(snapshot(target), before) << c.name << ": the archive changed";
  }
  EXPECT_EQ(yoy_run(archive, {"list"}).out, "tip  2025  1 report\n");
}

TEST(IngestCli, ReadOnlyArchiveIsRefusedAndUnchanged) {
  ScratchDir dir;
  const std::string archive = dir / "archive";
  write_text(dir / "good/tip/2025/north-korea.txt", north_korea_2025());
  write_text(dir / "report.txt", north_korea_2024());
  ASSERT_EQ(yoy_run(archive, {"ingest", dir / "good"}).exit_code, 0);
  for (auto it = fs::recursive_directory_iterator(archive);
       it != fs::recursive_directory_iterator(); ++it) {
    fs::permissions(it->path(),
                    fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write,
                    fs::perm_options::remove);
  }
  fs::permissions(archive,
                  fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write,
                  fs::perm_options::remove);
  const auto before = snapshot(archive);
  CommandResult result =
      yoy_run(archive, {"ingest", dir / "report.txt", "--series", "tip", "--year", "2024"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
  EXPECT_NE(result.err.find("read-only"), std::string::npos) << result.err;
  EXPECT_EQ(snapshot(archive), before);
  // Reading still works.
  EXPECT_EQ(yoy_run(archive, {"list"}).out, "tip  2025  1 report\n");
}

// A full disk, simulated with a file-size limit (RLIMIT_FSIZE, SIGXFSZ ignored so
// the write fails with EFBIG as it would with ENOSPC): the new report's object
// cannot be written. One clear line, exit 2, and the archive as it was.
TEST(IngestCli, DiskFullDuringIngestLeavesTheArchiveAsItWas) {
  if (!have_program("bash")) GTEST_SKIP() << "needs bash for ulimit";
  ScratchDir dir;
  const std::string archive = dir / "archive";
  write_text(dir / "good/tip/2025/north-korea.txt", north_korea_2025());
  ASSERT_EQ(yoy_run(archive, {"ingest", dir / "good"}).exit_code, 0);

  // ~400 KB of words that do not compress well: far over the 16 KB limit below.
  std::string big = north_korea_2024();
  std::uint32_t state = 2463534242u;
  for (int word = 0; word < 60000; ++word) {
    state ^= state << 13, state ^= state >> 17, state ^= state << 5;  // xorshift32
    for (int letter = 0; letter < 6; ++letter)
      big += static_cast<char>('a' + (state >> (letter * 5)) % 26);
    big += word % 12 == 11 ? ".\n\n" : " ";
  }
  write_text(dir / "big.txt", big);

  const auto before = snapshot(archive);
  CommandResult result = run_command(
      {"bash", "-c", "trap '' XFSZ; ulimit -f 16; exec \"$0\" \"$@\"", YOY_EXE, "--archive",
       archive, "ingest", dir / "big.txt", "--series", "tip", "--year", "2024"});
  EXPECT_EQ(result.exit_code, 2) << result.err;
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(result.err.rfind("yoy: ", 0), 0u) << result.err;
  EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
  EXPECT_NE(result.err.find("big.txt: File too large"), std::string::npos) << result.err;
  EXPECT_EQ(snapshot(archive), before) << "the archive changed";
  EXPECT_EQ(yoy_run(archive, {"list"}).out, "tip  2025  1 report\n");
  if (have_program("git")) {
    CommandResult fsck = run_command({"git", "--git-dir", archive, "fsck", "--strict"});
    EXPECT_EQ(fsck.exit_code, 0) << fsck.out << fsck.err;
  }
  // Space again: the same ingest goes through.
  EXPECT_EQ(
      yoy_run(archive, {"ingest", dir / "big.txt", "--series", "tip", "--year", "2024"}).exit_code,
      0);
}

// Issue 21: reports whose parsing costs far more than their size are refused
// when they are ingested (one line, exit 2, archive unchanged), also from a
// corpus directory, where ingest does not otherwise parse: not at every later diff.
TEST(IngestCli, ReportsThatCostTooMuchToParseAreRefusedAtIngest) {
  ScratchDir dir;
  const std::string archive = dir / "archive";
  write_text(dir / "good/tip/2025/north-korea.txt", north_korea_2025());
  ASSERT_EQ(yoy_run(archive, {"ingest", dir / "good"}).exit_code, 0);

  std::string reopened = "<!doctype html><html><body><p>";  // 3,000 open, 3,000 paragraphs
  for (int i = 0; i < 3000; ++i) reopened += "<b id=" + std::to_string(i) + ">";
  for (int i = 0; i < 3000; ++i) reopened += "<p>x" + std::to_string(i);
  write_text(dir / "html/tip/2024/reopened.html", reopened);
  std::string attributes = "<!doctype html><html><body><p";
  for (int i = 0; i < 150000; ++i) attributes += " a" + std::to_string(i) + "=1";
  write_text(dir / "attributes/tip/2024/attributes.html", attributes + ">text</p>");
  std::string fields = "{\"Economy\": {";
  for (int i = 0; i <= 100000; ++i) fields += (i ? ",\"f" : "\"f") + std::to_string(i) + "\":\"1\"";
  write_text(dir / "json/factbook/2024/xx.json", fields + "}}");
  std::string paragraphs;
  for (int i = 0; i <= 100000; ++i) paragraphs += "a\n\n";
  write_text(dir / "text/tip/2024/paragraphs.txt", paragraphs);

  const std::vector<std::pair<std::string, std::string>> cases = {
      {"html", "reopened.html: parsing this HTML would take more than 16777216 bytes of tree"},
      {"attributes", "attributes.html: a tag with 150000 attributes at byte 27"},
      {"json", "xx.json: more than 100000 fields and sections"},
      {"text", "paragraphs.txt: more than 100000 paragraphs"},
  };
  for (const auto& [corpus, expected] : cases) {
    const auto before = snapshot(archive);
    CommandResult result = yoy_run(archive, {"ingest", dir / corpus});
    EXPECT_EQ(result.exit_code, 2) << corpus << ": " << result.err;
    EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
    EXPECT_NE(result.err.find(expected), std::string::npos) << corpus << ": " << result.err;
    EXPECT_EQ(snapshot(archive), before) << corpus << ": the archive changed";
  }
  EXPECT_EQ(yoy_run(archive, {"list"}).out, "tip  2025  1 report\n");
}

// Issue 21: a FIFO in a corpus directory hung ingest forever (opening it waits
// for a writer). Only regular files are read; a FIFO, a socket and a symlink
// to a FIFO are skipped and named, and the reports beside them are ingested.
TEST(IngestCli, FifosSocketsAndDevicesInACorpusAreSkippedAndNamed) {
  ScratchDir dir;
  const std::string year = dir / "corpus/tip/2025";
  write_text(year + "/north-korea.txt", north_korea_2025());
  ASSERT_EQ(::mkfifo((year + "/fifo.txt").c_str(), 0644), 0);
  ASSERT_EQ(::symlink("fifo.txt", (year + "/link.txt").c_str()), 0);
  const int sock = ::socket(AF_UNIX, SOCK_STREAM, 0);
  ASSERT_GE(sock, 0);
  sockaddr_un address{};
  address.sun_family = AF_UNIX;
  const std::string socket_path = year + "/socket.txt";
  ASSERT_LT(socket_path.size(), sizeof address.sun_path);
  std::strcpy(address.sun_path, socket_path.c_str());
  ASSERT_EQ(::bind(sock, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);

  GuardLimits limits;
  limits.seconds = 30;
  GuardedResult r =
      run_guarded({YOY_EXE, "--archive", dir / "archive", "ingest", dir / "corpus"}, limits);
  ::close(sock);
  ASSERT_FALSE(r.timed_out) << "ingest hung on a FIFO";
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "tip 2025: 1 added, 0 changed, 0 unchanged\n");
  EXPECT_NE(r.err.find("yoy: skipped " + year + "/fifo.txt: a FIFO, not a report file\n"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("yoy: skipped " + year + "/link.txt: a FIFO, not a report file\n"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("yoy: skipped " + socket_path + ": a socket, not a report file\n"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(yoy_run(dir / "archive", {"list"}).out, "tip  2025  1 report\n");
  // With -q nothing is said; a year of nothing but a FIFO has no reports.
  CommandResult quiet = yoy_run(dir / "archive", {"-q", "ingest", dir / "corpus"});
  EXPECT_EQ(quiet.exit_code, 0) << quiet.err;
  EXPECT_EQ(quiet.err, "");
  fs::create_directories(dir / "only-fifo/tip/2024");
  ASSERT_EQ(::mkfifo((dir / "only-fifo/tip/2024/x.txt").c_str(), 0644), 0);
  r = run_guarded({YOY_EXE, "--archive", dir / "archive", "ingest", dir / "only-fifo"}, limits);
  ASSERT_FALSE(r.timed_out);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("no reports in this year directory"), std::string::npos) << r.err;
}
