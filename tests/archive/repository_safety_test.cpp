// What yoy checks before libgit2 opens a repository: another user's archive
// (git's safe.directory), a config that includes other files or is a FIFO,
// and creators killed before their archive was renamed into place.
#include "archive/repository_safety.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "support/guarded_run.h"
#include "support/scratch_dir.h"
#include "support/subprocess.h"
#include "support/tip_reports.h"

namespace fs = std::filesystem;
using namespace yoy::test;

namespace {

GuardedResult yoy_run(const std::string& archive, std::vector<std::string> args,
                      const std::vector<std::string>& env = {}) {
  args.insert(args.begin(), {YOY_EXE, "--archive", archive});
  GuardLimits limits;
  limits.seconds = 20;
  return run_guarded(args, limits, env);
}

std::string made_archive(const ScratchDir& dir, const std::string& name = "archive") {
  write_text(dir / "corpus/tip/2025/north-korea.txt", north_korea_2025());
  const std::string archive = dir / name;
  EXPECT_EQ(yoy_run(archive, {"ingest", "-q", dir / "corpus"}).exit_code, 0);
  return archive;
}

}  // namespace

TEST(RepositorySafety, AnotherUsersArchiveIsExplainedWithSafeDirectory) {
  if (::geteuid() != 0) GTEST_SKIP() << "needs root to give an archive to another user";
  ScratchDir dir;
  const std::string archive = made_archive(dir);
  ASSERT_EQ(std::system(("chown -R 12345:12345 " + archive).c_str()), 0);
  const std::string home = dir / "home";
  fs::create_directories(home);
  GuardedResult refused = yoy_run(archive, {"list"}, {"HOME=" + home});
  EXPECT_EQ(refused.exit_code, 2) << refused.describe();
  EXPECT_NE(refused.err.find("owned by uid 12345, not by you (root)"), std::string::npos)
      << refused.err;
  EXPECT_NE(refused.err.find("git config --global --add safe.directory " + archive),
            std::string::npos)
      << refused.err;
  EXPECT_EQ(refused.err.find("not a git repository"), std::string::npos) << refused.err;
  // Listed in safe.directory, it opens.
  std::ofstream(home + "/.gitconfig") << "[safe]\n\tdirectory = " << archive << "\n";
  GuardedResult allowed = yoy_run(archive, {"list"}, {"HOME=" + home});
  EXPECT_EQ(allowed.exit_code, 0) << allowed.describe();
  EXPECT_EQ(allowed.out, "tip  2025  1 report\n");
  // The caller's own archive needs no such entry.
  EXPECT_EQ(yoy::archive_detail::ownership_problem(dir / "corpus"), "");
}

TEST(RepositorySafety, AConfigThatIncludesFilesIsRefused) {
  ScratchDir dir;
  const std::string archive = made_archive(dir);
  const std::string config = archive + "/config";
  const std::string original = [&] {
    std::ifstream in(config);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  }();
  for (const char* section :
       {"[include]\n\tpath = /dev/zero\n", "[includeIf \"gitdir:/\"]\n\tpath = ../x\n",
        "  [Include]\n\tpath = fifo\n"}) {
    std::ofstream(config) << original << section;
    GuardedResult r = yoy_run(archive, {"list"});
    EXPECT_EQ(r.exit_code, 2) << section << r.describe();
    EXPECT_NE(r.err.find("includes another file; yoy does not follow includes"), std::string::npos)
        << r.err;
  }
  // Other sections, and "include" inside a value, are fine.
  std::ofstream(config) << original << "[yoy]\n\tnote = include\n[user]\n\tname = x\n";
  EXPECT_EQ(yoy_run(archive, {"list"}).exit_code, 0);
}

TEST(RepositorySafety, AFifoConfigIsRefusedInsteadOfBlocking) {
  ScratchDir dir;
  const std::string archive = made_archive(dir);
  fs::remove(archive + "/config");
  ASSERT_EQ(::mkfifo((archive + "/config").c_str(), 0644), 0);
  GuardedResult r = yoy_run(archive, {"list"});
  EXPECT_FALSE(r.timed_out);
  EXPECT_EQ(r.exit_code, 2) << r.describe();
  EXPECT_NE(r.err.find("config: not a regular file"), std::string::npos) << r.err;
}

TEST(RepositorySafety, StaleCreationsOfDeadWritersAreRemoved) {
  ScratchDir dir;
  // A pid that certainly is gone: a child that has exited and been reaped.
  const pid_t child = ::fork();
  if (child == 0) ::_exit(0);
  ::waitpid(child, nullptr, 0);
  const std::string base = dir / "archive";
  const std::string dead = base + ".tmp-" + std::to_string(child) + "-12345";
  const std::string alive = base + ".tmp-" + std::to_string(::getpid()) + "-1";
  const std::string other = base + ".tmp-notes";
  const std::string other_archive = dir / "archive2.tmp-" + std::to_string(child) + "-1";
  for (const std::string& d : {dead, alive, other, other_archive})
    write_text(d + "/HEAD", "ref: refs/heads/master\n");
  made_archive(dir);
  EXPECT_FALSE(fs::exists(dead)) << "a dead creator's directory stayed";
  EXPECT_TRUE(fs::exists(alive)) << "a live creator's directory was removed";
  EXPECT_TRUE(fs::exists(other));
  EXPECT_TRUE(fs::exists(other_archive)) << "another archive's creation is not ours";
  // Readers never remove anything.
  write_text(dead + "/HEAD", "x");
  EXPECT_EQ(yoy_run(base, {"list"}).exit_code, 0);
  EXPECT_TRUE(fs::exists(dead));
}
