#include "yoy/util/files.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fcntl.h>

#include <filesystem>
#include <thread>

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

// ---- output onto streams (#17 item 8) ---------------------------------------

namespace {

struct TempDir {
  fs::path path;
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "yoy-files-XXXXXX").string();
    path = ::mkdtemp(pattern.data());
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

}  // namespace

TEST(Files, ARegularFileIsReplacedNotRewritten) {
  TempDir dir;
  const fs::path out = dir.path / "out.txt";
  yoy::write_file_atomic(out.string(), "old");
  struct stat before {};
  ::stat(out.c_str(), &before);
  yoy::write_file_atomic(out.string(), "new");
  struct stat after {};
  ::stat(out.c_str(), &after);
  EXPECT_NE(before.st_ino, after.st_ino) << "written in place: a reader could see half of it";
  EXPECT_EQ(yoy::read_file(out.string(), 100), "new");
  // A symlink to a regular file is replaced, not written through.
  const fs::path target = dir.path / "target.txt";
  yoy::write_file_atomic(target.string(), "target");
  fs::create_symlink(target, dir.path / "link.txt");
  yoy::write_file_atomic((dir.path / "link.txt").string(), "replaced");
  EXPECT_EQ(yoy::read_file(target.string(), 100), "target");
  EXPECT_FALSE(fs::is_symlink(dir.path / "link.txt"));
}

TEST(Files, StreamsAreWrittenInPlace) {
  // A FIFO nobody writes would block the reader forever: fail instead.
  struct Deadline {
    Deadline() { ::alarm(20); }
    ~Deadline() { ::alarm(0); }
  } deadline;
  TempDir dir;
  // A character device stays one (as root, /dev/null replaced by a file would
  // break the machine).
  yoy::write_file_atomic("/dev/null", "discarded");
  EXPECT_TRUE(fs::is_character_file("/dev/null"));
  // A FIFO, directly and through a symlink: a reader gets the bytes, the FIFO stays.
  const fs::path fifo = dir.path / "fifo";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0644), 0);
  fs::create_symlink(fifo, dir.path / "to-fifo");
  for (const fs::path& target : {fifo, dir.path / "to-fifo"}) {
    std::string received;
    std::thread reader([&] { received = yoy::read_file(fifo.string(), 1000); });
    yoy::write_file_atomic(target.string(), "through the fifo");
    reader.join();
    EXPECT_EQ(received, "through the fifo") << target;
    EXPECT_TRUE(fs::is_fifo(fifo));
  }
  EXPECT_TRUE(fs::is_symlink(dir.path / "to-fifo"));
  // /dev/fd/N and /proc/self/fd/N: that descriptor, as opened (here a file in append mode).
  const fs::path log = dir.path / "log.txt";
  yoy::write_file_atomic(log.string(), "first\n");
  const int fd = ::open(log.c_str(), O_WRONLY | O_APPEND);
  ASSERT_GE(fd, 0);
  yoy::write_file_atomic("/dev/fd/" + std::to_string(fd), "second\n");
  yoy::write_file_atomic("/proc/self/fd/" + std::to_string(fd), "third\n");
  ::close(fd);
  EXPECT_EQ(yoy::read_file(log.string(), 100), "first\nsecond\nthird\n");
  EXPECT_FALSE(fs::exists(dir.path / "fd"));
  // A descriptor that is not open, a directory: refused with the reason.
  try {
    yoy::write_file_atomic("/dev/fd/999", "x");
    FAIL() << "wrote to a closed descriptor";
  } catch (const yoy::OutputError& e) {
    EXPECT_NE(std::string(e.what()).find("Bad file descriptor"), std::string::npos) << e.what();
  }
  try {
    yoy::write_file_atomic(dir.path.string(), "x");
    FAIL() << "wrote onto a directory";
  } catch (const yoy::OutputError& e) {
    EXPECT_NE(std::string(e.what()).find("is a directory"), std::string::npos) << e.what();
  }
}

// Issue 21: -o naming a user's symlink to /proc/self/fd/2 replaced the symlink
// with a regular file when descriptor 2 was open on a regular file (stat saw
// a regular file). A link that names a descriptor, directly or through more
// links, relative or absolute, is written through: the descriptor gets the
// bytes, as it was opened, and the link stays.
TEST(Files, SymlinksToDescriptorsAreWrittenThrough) {
  TempDir dir;
  const fs::path log = dir.path / "log.txt";
  yoy::write_file_atomic(log.string(), "first\n");
  const int fd = ::open(log.c_str(), O_WRONLY | O_APPEND);
  ASSERT_GE(fd, 0);
  const std::string proc = "/proc/self/fd/" + std::to_string(fd);
  fs::create_symlink(proc, dir.path / "to-proc");
  fs::create_symlink("/dev/fd/" + std::to_string(fd), dir.path / "to-dev-fd");
  fs::create_symlink("to-proc", dir.path / "to-to-proc");  // relative, two links
  for (const char* name : {"to-proc", "to-dev-fd", "to-to-proc"}) {
    yoy::write_file_atomic((dir.path / name).string(), std::string(name) + "\n");
    EXPECT_TRUE(fs::is_symlink(dir.path / name)) << name << " was replaced";
  }
  ::close(fd);
  EXPECT_EQ(yoy::read_file(log.string(), 100), "first\nto-proc\nto-dev-fd\nto-to-proc\n");
  EXPECT_EQ(fs::read_symlink(dir.path / "to-proc"), proc);
  // A link to a regular file by its name is still replaced atomically (its target is not written).
  fs::create_symlink(log, dir.path / "to-log");
  yoy::write_file_atomic((dir.path / "to-log").string(), "replaced\n");
  EXPECT_EQ(yoy::read_file(log.string(), 100), "first\nto-proc\nto-dev-fd\nto-to-proc\n");
}

TEST(Files, WriteAllReportsAFullDevice) {
  const int fd = ::open("/dev/full", O_WRONLY);
  ASSERT_GE(fd, 0);
  try {
    yoy::write_all(fd, "x", "the device");
    FAIL() << "no error from /dev/full";
  } catch (const yoy::OutputError& e) {
    EXPECT_EQ(std::string(e.what()), "cannot write the device: No space left on device");
  }
  ::close(fd);
}
