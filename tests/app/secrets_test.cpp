// Secrets come from the environment or an owner-only file, and are cut out
// of every message: each unsafe file is refused with its reason.
#include "yoy/app/secrets.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include "support/scratch_dir.h"
#include "yoy/util/error.h"

namespace yoy {
namespace {

std::string error_of(const SecretSource& source) {
  try {
    read_secret(source, "channels[0] (slack): url");
  } catch (const InputError& e) {
    return e.what();
  }
  return "(read)";
}

TEST(Secrets, OwnerOnlyFile) {
  test::ScratchDir dir;
  const std::string path = dir / "hook-url";
  test::write_text(path, "https://hooks.example.org/services/T0/B0/abc\n");
  ::chmod(path.c_str(), 0600);
  EXPECT_EQ(read_secret({"", path}, "x"), "https://hooks.example.org/services/T0/B0/abc");
  ::chmod(path.c_str(), 0400);
  EXPECT_EQ(read_secret({"", path}, "x"), "https://hooks.example.org/services/T0/B0/abc");
}

TEST(Secrets, UnsafeFilesAreRefused) {
  test::ScratchDir dir;
  const std::string path = dir / "hook-url";
  test::write_text(path, "https://hooks.example.org/x\n");
  ::chmod(path.c_str(), 0644);
  EXPECT_EQ(error_of({"", path}), "channels[0] (slack): url: secret file " + path +
                                      ": readable by group or others (mode 0644): chmod 600 " +
                                      path);
  ::chmod(path.c_str(), 0640);
  EXPECT_NE(error_of({"", path}).find("readable by group or others (mode 0640)"),
            std::string::npos);
  ::chmod(path.c_str(), 0602);
  EXPECT_NE(error_of({"", path}).find("writable by group or others (mode 0602)"),
            std::string::npos);
  ::chmod(path.c_str(), 0600);
  const std::string link = dir / "link";
  ASSERT_EQ(::symlink(path.c_str(), link.c_str()), 0);
  EXPECT_NE(error_of({"", link}).find("a symbolic link"), std::string::npos);
  EXPECT_NE(error_of({"", dir.path().string()}).find("not a regular file"), std::string::npos);
  EXPECT_EQ(error_of({"", dir / "missing"}), "channels[0] (slack): url: secret file " +
                                                 (dir / "missing") +
                                                 ": cannot read it (No such file or directory)");
  const std::string empty = dir / "empty";
  test::write_text(empty, "\n");
  ::chmod(empty.c_str(), 0600);
  EXPECT_NE(error_of({"", empty}).find(": empty"), std::string::npos);
}

TEST(Secrets, Environment) {
  setenv("YOY_TEST_SECRET", "https://hooks.example.org/y\n", 1);
  EXPECT_EQ(read_secret({"YOY_TEST_SECRET", ""}, "x"), "https://hooks.example.org/y");
  unsetenv("YOY_TEST_SECRET");
  EXPECT_EQ(error_of({"YOY_TEST_SECRET", ""}),
            "channels[0] (slack): url: the environment variable YOY_TEST_SECRET is not set");
  // The message never holds the value, even when the variable is set but empty.
  setenv("YOY_TEST_SECRET", "", 1);
  EXPECT_EQ(error_of({"YOY_TEST_SECRET", ""}),
            "channels[0] (slack): url: the environment variable YOY_TEST_SECRET is not set");
  unsetenv("YOY_TEST_SECRET");
}

TEST(Secrets, RedactorCutsEveryForm) {
  Redactor redact;
  redact.add("https://hooks.slack.com/services/T00/B00/XXXX%2Fyyyy");
  redact.add("");     // nothing to cut
  redact.add("abc");  // too short to cut safely: left alone
  EXPECT_EQ(redact("POST https://hooks.slack.com/services/T00/B00/XXXX%2Fyyyy failed"),
            "POST [secret] failed");
  EXPECT_EQ(redact("host hooks.slack.com/services/T00/B00/XXXX%2Fyyyy refused"),
            "host [secret] refused");  // without its scheme
  EXPECT_EQ(redact("path /services/T00/B00/XXXX/yyyy"), "path /services/T00/B00/XXXX/yyyy");
  EXPECT_EQ(redact("https://hooks.slack.com/services/T00/B00/XXXX/yyyy"), "[secret]");  // decoded
  EXPECT_EQ(redact("abc stays"), "abc stays");
}

}  // namespace
}  // namespace yoy
