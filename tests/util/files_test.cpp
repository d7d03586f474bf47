#include "yoy/util/files.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

#include "yoy/util/error.h"

namespace fs = std::filesystem;

TEST(Files, ReadMissingFileNamesIt) {
  try {
    yoy::read_file("/nonexistent/yoy-report.txt", 1000);
    FAIL() << "no error";
  } catch (const yoy::InputError& e) {
    EXPECT_NE(std::string(e.what()).find("/nonexistent/yoy-report.txt: no such file"),
              std::string::npos);
  }
}

TEST(Files, ReadOverLimitIsRefused) {
  fs::path p = fs::temp_directory_path() / ("yoy-files-" + std::to_string(::getpid()));
  yoy::write_file_atomic(p.string(), std::string(100, 'x'));
  EXPECT_EQ(yoy::read_file(p.string(), 100).size(), 100u);
  EXPECT_THROW(yoy::read_file(p.string(), 99), yoy::InputError);
  fs::remove(p);
}

TEST(Files, AtomicWriteLeavesNoTempFileOnFailure) {
  EXPECT_THROW(yoy::write_file_atomic("/nonexistent-dir/out.md", "x"), yoy::InputError);
}

TEST(Files, AtomicWriteNeverWritesThroughAPlantedTempName) {
  const fs::path dir = fs::temp_directory_path() / ("yoy-files-dir-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const fs::path victim = dir / "victim.txt";
  yoy::write_file_atomic(victim.string(), "untouched");
  const fs::path out = dir / "out.md";
  // Symlinks where a predictable temporary name would be.
  for (int serial = 0; serial < 20; ++serial)
    fs::create_symlink(victim, out.string() + ".yoy-tmp-" + std::to_string(::getpid()) + "-" +
                                   std::to_string(serial));
  yoy::write_file_atomic(out.string(), "summary");
  EXPECT_EQ(yoy::read_file(victim.string(), 100), "untouched");
  EXPECT_EQ(yoy::read_file(out.string(), 100), "summary");
  EXPECT_FALSE(fs::is_symlink(out));
  fs::remove_all(dir);
}
