// Sharing archives through git: clone, pull and push against bare remotes on
// disk and a git daemon on 127.0.0.1, including a history rewritten by a
// back-filled year on either side.
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "support/command_runner.h"
#include "support/corpus_archive.h"

using yoy::test::CommandResult;
using yoy::test::run_command;

namespace {

const std::string kGit = "/usr/bin/git";

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

class Sharing : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(corpus_.ok()) << corpus_.error();
    ASSERT_EQ(::access(kGit.c_str(), X_OK), 0) << "git is needed to make bare remotes";
    remote_ = corpus_ / "remote.git";
    ASSERT_EQ(git({"init", "-q", "--bare", remote_}).exit_code, 0);
  }

  CommandResult git(std::vector<std::string> args) {
    args.insert(args.begin(), kGit);
    return run_command(args, {"GIT_CONFIG_NOSYSTEM=1", "HOME=" + corpus_.dir().path().string()});
  }
  CommandResult yoy(const std::string& archive, std::vector<std::string> args) {
    args.insert(args.begin(), {YOY_EXE, "--archive", archive});
    return run_command(args);
  }
  // A made-up later or earlier edition of north-korea (the corpus's with the year changed).
  std::string edition_file(int year, const std::string& change = "") {
    std::string text = slurp(yoy::test::corpus_file(year >= 2025 ? 2025 : 2024));
    const std::string title =
        std::to_string(year >= 2025 ? 2025 : 2024) + " Trafficking in Persons Report";
    text = replaced(text, title, std::to_string(year) + " Trafficking in Persons Report");
    if (!change.empty()) text = replaced(text, "80,000", change);
    const std::string path = corpus_ / ("edition-" + std::to_string(year) + change + ".txt");
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }
  void ingest(const std::string& archive, int year, const std::string& change = "") {
    const CommandResult r =
        yoy(archive, {"-q", "ingest", edition_file(year, change), "--series", "tip", "--year",
                      std::to_string(year), "--id", "north-korea"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  std::string head(const std::string& repo, const std::string& ref = "refs/heads/tip") {
    return git({"--git-dir", repo, "rev-parse", "-q", "--verify", ref}).out;
  }
  std::string list(const std::string& archive) { return yoy(archive, {"list"}).out; }

  yoy::test::CorpusArchive corpus_;
  std::string remote_;
};

TEST_F(Sharing, PushThenCloneShowsTheSameListAndDiff) {
  const std::string a = corpus_.archive(), b = corpus_ / "b";
  CommandResult r = yoy(a, {"push", remote_});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "tip: new series (2024, 2025)\n");
  EXPECT_EQ(head(remote_), head(a));
  EXPECT_EQ(head(remote_, "refs/tags/tip/2024"), head(a, "refs/tags/tip/2024"));

  r = run_command({YOY_EXE, "clone", remote_, b});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(list(b), list(a));
  EXPECT_EQ(yoy(b, {"diff", "2024", "2025", "--format", "json"}).out,
            yoy(a, {"diff", "2024", "2025", "--format", "json"}).out);
  EXPECT_EQ(yoy(b, {"log", "north-korea"}).out, yoy(a, {"log", "north-korea"}).out);
  EXPECT_EQ(git({"--git-dir", b, "fsck", "--strict"}).exit_code, 0);
  // file:// works as well, and DIR defaults to --archive.
  r = run_command({YOY_EXE, "--archive", corpus_ / "c", "clone", "file://" + remote_});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(list(corpus_ / "c"), list(a));
  // Pushing again moves nothing.
  r = yoy(a, {"push", remote_});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "push " + remote_ + ": everything up to date\n");
}

TEST_F(Sharing, ClonesMadeWithPlainGitAreArchives) {
  const std::string a = corpus_.archive();
  for (const std::string how : {"--mirror", "--bare"}) {
    const std::string copy = corpus_ / ("git-clone" + how);
    ASSERT_EQ(git({"clone", "-q", how, a, copy}).exit_code, 0);
    CommandResult r = yoy(copy, {"list"});
    EXPECT_EQ(r.exit_code, 0) << how << ": " << r.err;
    EXPECT_EQ(r.out, list(a)) << how;
    EXPECT_EQ(yoy(copy, {"diff", "2024", "2025", "--stat"}).out,
              yoy(a, {"diff", "2024", "2025", "--stat"}).out);
    // And it can be written to like the original.
    ingest(copy, 2026, "81,000");
    EXPECT_NE(yoy(copy, {"list"}).out.find("tip  2026  1 report"), std::string::npos);
  }
  // A work tree is refused with the way out; so is a repository of other branches.
  ASSERT_EQ(git({"clone", "-q", a, corpus_ / "worktree"}).exit_code, 0);
  CommandResult r = yoy(corpus_ / "worktree", {"list"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("a git work tree, not a yoy archive"), std::string::npos) << r.err;
  ASSERT_EQ(git({"-c", "user.name=t", "-c", "user.email=t@t", "--git-dir", remote_, "--work-tree",
                 corpus_.dir().path().string(), "commit", "-q", "--allow-empty", "-m", "hello"})
                .exit_code,
            0);
  r = yoy(remote_, {"list"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("is not one commit per edition year"), std::string::npos) << r.err;
  // An empty bare repository is no archive either (but can be pushed to).
  ASSERT_EQ(git({"init", "-q", "--bare", corpus_ / "empty.git"}).exit_code, 0);
  r = yoy(corpus_ / "empty.git", {"list"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("it has no branches"), std::string::npos) << r.err;
}

TEST_F(Sharing, PullFastForwardsAndPushesBack) {
  const std::string a = corpus_.archive(), b = corpus_ / "b";
  ASSERT_EQ(yoy(a, {"push", remote_}).exit_code, 0);
  ASSERT_EQ(run_command({YOY_EXE, "-q", "clone", remote_, b}).exit_code, 0);
  ingest(a, 2026, "81,000");
  CommandResult r = yoy(a, {"push", remote_});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "tip: fast-forward, new 2026\n");
  r = yoy(b, {"pull"});  // origin, set by clone
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "tip: fast-forward, new 2026\n");
  EXPECT_EQ(head(b), head(a));
  EXPECT_EQ(list(b), list(a));
  r = yoy(b, {"pull"});
  EXPECT_EQ(r.out, "pull origin: everything up to date\n");
}

TEST_F(Sharing, BackfilledYearOnTheRemoteIsPulledWithoutLosingLocalEditions) {
  const std::string a = corpus_.archive(), b = corpus_ / "b";
  ASSERT_EQ(yoy(a, {"push", remote_}).exit_code, 0);
  ASSERT_EQ(run_command({YOY_EXE, "-q", "clone", remote_, b}).exit_code, 0);
  const std::string old_head = head(a);
  // A back-fills 2023: its 2024 and 2025 commits are rebuilt. The push loses nothing.
  ingest(a, 2023);
  CommandResult r = yoy(a, {"push", remote_});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("tip: history rebuilt", 0), 0u) << r.out;
  EXPECT_EQ(head(remote_), head(a));
  // The remote keeps its old head reachable.
  EXPECT_NE(git({"--git-dir", remote_, "for-each-ref", "refs/yoy/replaced/"})
                .out.find(old_head.substr(0, 40)),
            std::string::npos);
  // Meanwhile B ingested 2026 on the old history.
  ingest(b, 2026, "81,000");
  const std::string b_before = head(b);
  r = yoy(b, {"pull"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("tip: history rebuilt"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("new 2023"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("local editions kept"), std::string::npos) << r.out;
  const std::string years = list(b);
  for (const char* year : {"2023", "2024", "2025", "2026"})
    EXPECT_NE(years.find(std::string("tip  ") + year), std::string::npos) << years;
  // B's 2023–2025 are the remote's own commits, so B's push is a fast-forward.
  EXPECT_EQ(head(b, "refs/tags/tip/2025"), head(remote_, "refs/tags/tip/2025"));
  EXPECT_NE(
      git({"--git-dir", b, "for-each-ref", "refs/yoy/replaced/"}).out.find(b_before.substr(0, 40)),
      std::string::npos)
      << "B's old head is not kept";
  r = yoy(b, {"push"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("tip: fast-forward, new 2026", 0), 0u) << r.out;
  ASSERT_EQ(yoy(a, {"pull", remote_}).exit_code, 0);
  EXPECT_EQ(list(a), list(b));
  EXPECT_EQ(head(a), head(b));
  EXPECT_EQ(yoy(a, {"diff", "2023", "2026", "--format", "json"}).out,
            yoy(b, {"diff", "2023", "2026", "--format", "json"}).out);
  EXPECT_EQ(git({"--git-dir", b, "fsck", "--strict"}).exit_code, 0);
}

TEST_F(Sharing, PushRefusesToOverwriteEditionsTheRemoteHasUnlessForced) {
  const std::string a = corpus_.archive(), b = corpus_ / "b";
  ASSERT_EQ(yoy(a, {"push", remote_}).exit_code, 0);
  ASSERT_EQ(run_command({YOY_EXE, "-q", "clone", remote_, b}).exit_code, 0);
  ingest(b, 2026, "81,000");
  ASSERT_EQ(yoy(b, {"push"}).exit_code, 0);
  const std::string remote_head = head(remote_);
  ingest(a, 2023);  // A rewrites without having 2026
  CommandResult r = yoy(a, {"push", remote_});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("has tip 2026 that this archive lacks; nothing was pushed"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("--force"), std::string::npos);
  EXPECT_EQ(head(remote_), remote_head);
  // A report of an edition both have, with different bytes, counts too.
  ASSERT_EQ(yoy(b, {"-q", "rm", "tip/2026"}).exit_code, 0);
  ingest(b, 2025, "82,000");
  ASSERT_EQ(yoy(b, {"push", "--force"}).exit_code, 0);
  r = yoy(a, {"push", remote_});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("tip 2025 north-korea (different bytes)"), std::string::npos) << r.err;
  const std::string overwritten = head(remote_);
  r = yoy(a, {"push", remote_, "--force"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("tip: forced"), std::string::npos) << r.out;
  EXPECT_EQ(head(remote_), head(a));
  EXPECT_NE(git({"--git-dir", remote_, "for-each-ref", "refs/yoy/replaced/"})
                .out.find(overwritten.substr(0, 40)),
            std::string::npos)
      << "the overwritten head is not kept on the remote";
}

TEST_F(Sharing, PullStopsOnAReportChangedOnBothSides) {
  const std::string a = corpus_.archive(), b = corpus_ / "b";
  ASSERT_EQ(yoy(a, {"push", remote_}).exit_code, 0);
  ASSERT_EQ(run_command({YOY_EXE, "-q", "clone", remote_, b}).exit_code, 0);
  ingest(a, 2025, "81,000");
  const CommandResult amended = yoy(a, {"push", remote_});
  ASSERT_EQ(amended.exit_code, 0) << amended.err;
  EXPECT_NE(amended.out.find("the remote's old head is kept"), std::string::npos) << amended.out;
  ingest(b, 2025, "82,000");
  const std::string before = head(b);
  // (A's push of its amended 2025 went through: A had the remote's head and replaced it.)
  const CommandResult r = yoy(b, {"pull"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("tip 2025 north-korea differ here and on origin; nothing was changed"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(head(b), before);
}

// A's amended edition replaced the head the remote still has: the remote keeps
// that head once, not once as "the remote's old head" and again as A's own
// earlier history (the same commit under two names, counted twice).
TEST_F(Sharing, PushKeepsARewrittenHeadOnce) {
  const std::string a = corpus_.archive();
  ASSERT_EQ(yoy(a, {"push", remote_}).exit_code, 0);
  const std::string old_head = head(remote_);
  ingest(a, 2025, "81,000");
  const CommandResult r = yoy(a, {"push", remote_});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "tip: history rebuilt (a back-filled, amended or removed edition); the remote's old "
            "head is kept under refs/yoy/replaced/\n"
            "also pushed 1 earlier history kept under refs/yoy/replaced/ (a head replaced by a "
            "back-filled, amended or removed edition)\n");
  const std::string kept =
      git({"--git-dir", remote_, "for-each-ref", "--format=%(objectname)", "refs/yoy/replaced/"})
          .out;
  EXPECT_EQ(kept, old_head) << kept;
}

TEST_F(Sharing, BadRemotesSayWhat) {
  const std::string a = corpus_.archive();
  CommandResult r = yoy(a, {"pull"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("no remote named 'origin'"), std::string::npos) << r.err;
  r = yoy(a, {"pull", corpus_ / "nowhere"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("cannot fetch"), std::string::npos) << r.err;
  r = run_command({YOY_EXE, "clone", corpus_ / "nowhere", corpus_ / "d"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_FALSE(std::filesystem::exists(corpus_ / "d")) << "a failed clone left a directory";
  r = run_command({YOY_EXE, "clone", remote_, a});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("already exists and is not empty"), std::string::npos) << r.err;
}

int free_port() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t size = sizeof address;
  if (::bind(fd, reinterpret_cast<sockaddr*>(&address), size) != 0 ||
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size) != 0) {
    ::close(fd);
    return -1;
  }
  ::close(fd);
  return ntohs(address.sin_port);
}

bool port_open(int port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = htons(static_cast<uint16_t>(port));
  const bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
  ::close(fd);
  return ok;
}

TEST_F(Sharing, OverGitDaemon) {
  if (git({"daemon", "--help"}).err.find("not a git command") != std::string::npos ||
      ::access("/usr/lib/git-core/git-daemon", X_OK) != 0)
    GTEST_SKIP() << "git-daemon is not installed: the git:// test is skipped";
  const int port = free_port();
  ASSERT_GT(port, 0);
  const pid_t daemon = ::fork();
  if (daemon == 0) {
    ::setpgid(0, 0);
    const std::string base = "--base-path=" + corpus_.dir().path().string();
    const std::string port_flag = "--port=" + std::to_string(port);
    ::execl(kGit.c_str(), "git", "daemon", "--reuseaddr", "--export-all", "--enable=receive-pack",
            "--listen=127.0.0.1", port_flag.c_str(), base.c_str(), corpus_.dir().path().c_str(),
            static_cast<char*>(nullptr));
    ::_exit(127);
  }
  for (int i = 0; i < 100 && !port_open(port); ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  const std::string url = "git://127.0.0.1:" + std::to_string(port) + "/remote.git";
  const std::string a = corpus_.archive(), b = corpus_ / "b";
  const CommandResult push = yoy(a, {"push", url});
  const CommandResult clone = run_command({YOY_EXE, "clone", url, b});
  ::kill(-daemon, SIGTERM);
  ::waitpid(daemon, nullptr, 0);
  ASSERT_EQ(push.exit_code, 0) << push.err;
  ASSERT_EQ(clone.exit_code, 0) << clone.err;
  EXPECT_EQ(list(b), list(a));
  EXPECT_EQ(yoy(b, {"diff", "2024", "2025"}).out, yoy(a, {"diff", "2024", "2025"}).out);
}

}  // namespace
