// write_output_directory: the whole set or nothing, the manifest rule, the
// user's files kept, dead writers' leftovers removed, kills never mix sets.
#include "yoy/util/output_dir.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <thread>

#include "support/scratch_dir.h"
#include "yoy/util/error.h"

namespace fs = std::filesystem;

namespace yoy {
namespace {

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> names_in(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename());
  std::sort(names.begin(), names.end());
  return names;
}

// Leftovers of staging directories beside `dir` (or inside it).
int temporaries(const fs::path& dir) {
  int n = 0;
  for (const fs::path& where : {dir.parent_path(), dir})
    if (fs::is_directory(where))
      for (const auto& entry : fs::directory_iterator(where))
        n += entry.path().filename().string().find(".yoy-tmp-") != std::string::npos;
  return n;
}

// A set of `count` pages that all say which generation they belong to.
std::vector<OutputFile> generation(int number, int count, std::size_t size = 64) {
  std::vector<OutputFile> files;
  for (int i = 0; i < count; ++i)
    files.push_back({"page" + std::to_string(i) + ".html",
                     "generation " + std::to_string(number) + "\n" + std::string(size, 'x')});
  files.push_back({"index.html", "generation " + std::to_string(number) + "\n"});
  return files;
}

TEST(OutputDirectory, WritesTheSetAndItsManifest) {
  test::ScratchDir scratch;
  const fs::path dir = scratch.path() / "site" / "out";
  write_output_directory(dir.string(), generation(1, 2));
  EXPECT_EQ(names_in(dir),
            (std::vector<std::string>{".yoy-manifest", "index.html", "page0.html", "page1.html"}));
  EXPECT_NE(read(dir / ".yoy-manifest").find("index.html\npage0.html\npage1.html\n"),
            std::string::npos);
  EXPECT_EQ(temporaries(dir), 0);
}

TEST(OutputDirectory, RemovesWhatItWroteBeforeAndKeepsTheUsersFiles) {
  test::ScratchDir scratch;
  const fs::path dir = scratch.path() / "out";
  write_output_directory(dir.string(), generation(1, 3));
  test::write_text((dir / "README.txt").string(), "mine");
  test::write_text((dir / "assets" / "logo.svg").string(), "<svg/>");
  fs::create_symlink("README.txt", dir / "link");
  write_output_directory(dir.string(), generation(2, 1));
  EXPECT_EQ(names_in(dir), (std::vector<std::string>{".yoy-manifest", "README.txt", "assets",
                                                     "index.html", "link", "page0.html"}));
  EXPECT_EQ(read(dir / "README.txt"), "mine");
  EXPECT_EQ(read(dir / "assets" / "logo.svg"), "<svg/>");
  EXPECT_EQ(fs::read_symlink(dir / "link"), "README.txt");
  EXPECT_EQ(read(dir / "index.html"), "generation 2\n");
  EXPECT_EQ(temporaries(dir), 0);
}

TEST(OutputDirectory, AFileItDidNotWriteInTheWayLeavesEverythingAsItWas) {
  test::ScratchDir scratch;
  const fs::path dir = scratch.path() / "out";
  write_output_directory(dir.string(), generation(1, 2));
  fs::remove(dir / "page1.html");
  fs::create_directory(dir / "page1.html");  // blocked: a directory yoy never wrote
  fs::remove(dir / ".yoy-manifest");
  test::write_text((dir / ".yoy-manifest").string(), "index.html\npage0.html\n");
  try {
    write_output_directory(dir.string(), generation(2, 2));
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("page1.html was not written by yoy"), std::string::npos)
        << e.what();
  }
  EXPECT_EQ(read(dir / "index.html"), "generation 1\n");
  EXPECT_EQ(temporaries(dir), 0);
  // Without a manifest nothing in the directory is yoy's.
  const fs::path plain = scratch.path() / "plain";
  test::write_text((plain / "index.html").string(), "hand made");
  EXPECT_THROW(write_output_directory(plain.string(), generation(1, 1)), InputError);
  EXPECT_EQ(read(plain / "index.html"), "hand made");
}

TEST(OutputDirectory, AFullDiskLeavesTheOldSet) {
  test::ScratchDir scratch;
  const fs::path dir = scratch.path() / "out";
  write_output_directory(dir.string(), generation(1, 3));
  // A file size limit fails writes the way a full disk does (EFBIG instead of ENOSPC).
  struct rlimit saved {};
  ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &saved), 0);
  struct rlimit small = saved;
  small.rlim_cur = 4096;
  auto old_handler = ::signal(SIGXFSZ, SIG_IGN);
  ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &small), 0);
  EXPECT_THROW(write_output_directory(dir.string(), generation(2, 3, 8192)), InputError);
  ::setrlimit(RLIMIT_FSIZE, &saved);
  ::signal(SIGXFSZ, old_handler);
  for (const std::string name : {"index.html", "page0.html", "page2.html"})
    EXPECT_EQ(read(dir / name).substr(0, 13), "generation 1\n") << name;
  EXPECT_EQ(temporaries(dir), 0);
}

TEST(OutputDirectory, RefusesNamesThatAreNotPlainFiles) {
  test::ScratchDir scratch;
  for (const std::string name : {"../x.html", "a/b.html", ".hidden", "", ".yoy-manifest"})
    EXPECT_THROW(write_output_directory(scratch / "out", {{name, "x"}}), InputError) << name;
  EXPECT_THROW(write_output_directory(scratch / "out", {{"a.html", "1"}, {"a.html", "2"}}),
               InputError);
  EXPECT_FALSE(fs::exists(scratch.path() / "out"));
  test::write_text(scratch / "file", "x");
  EXPECT_THROW(write_output_directory(scratch / "file", {{"a.html", "1"}}), InputError);
}

TEST(OutputDirectory, LeftoversOfDeadWritersAreRemovedLiveOnesKept) {
  test::ScratchDir scratch;
  const fs::path dir = scratch.path() / "out";
  pid_t child = ::fork();
  if (child == 0) ::_exit(0);
  ::waitpid(child, nullptr, 0);  // a pid that is certainly not running now
  const fs::path dead = scratch.path() / (".out.yoy-tmp-" + std::to_string(child) + "-0");
  const fs::path live = scratch.path() / (".out.yoy-tmp-" + std::to_string(::getppid()) + "-0");
  test::write_text((dead / "index.html").string(), "half");
  fs::create_directory(live);
  write_output_directory(dir.string(), generation(1, 1));
  EXPECT_FALSE(fs::exists(dead));
  EXPECT_TRUE(fs::exists(live));
}

// 30 kills at random moments of a writer replacing generation N by N+1: the
// directory always holds one whole generation, never a temporary file.
TEST(OutputDirectory, KillsMidWriteNeverShowAMix) {
  test::ScratchDir scratch;
  const fs::path dir = scratch.path() / "out";
  write_output_directory(dir.string(), generation(0, 40, 4000));
  std::mt19937 random(14);
  int generation_number = 0;
  for (int round = 0; round < 30; ++round) {
    const int next = ++generation_number;
    pid_t child = ::fork();
    if (child == 0) {
      try {
        write_output_directory(dir.string(), generation(next, 40, 4000));
      } catch (...) {
        ::_exit(3);
      }
      ::_exit(0);
    }
    std::this_thread::sleep_for(std::chrono::microseconds(random() % 6000));
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    ASSERT_TRUE(WIFSIGNALED(status) || (WIFEXITED(status) && WEXITSTATUS(status) == 0));
    // One generation throughout, and no temporary file inside the directory.
    const std::string first = read(dir / "index.html");
    for (const std::string& name : names_in(dir)) {
      EXPECT_EQ(name.find(".yoy-tmp-"), std::string::npos) << name;
      if (name != ".yoy-manifest") {
        EXPECT_EQ(read(dir / name).substr(0, first.size()), first) << name;
      }
    }
    EXPECT_EQ(names_in(dir).size(), 42u);
  }
  // The next writer removes whatever the killed ones left beside the directory.
  write_output_directory(dir.string(), generation(99, 40, 10));
  EXPECT_EQ(temporaries(dir), 0);
  EXPECT_EQ(read(dir / "index.html"), "generation 99\n");
}

}  // namespace
}  // namespace yoy
