// `yoy parse` on bad input: exit 2 and one line naming the file (and byte).
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;

namespace {

struct CliResult {
  int status = -1;
  std::string out, err;
};

CliResult run_yoy(const std::string& args) {
  const fs::path err_file =
      fs::temp_directory_path() / ("yoy-parse-err-" + std::to_string(::getpid()));
  const std::string command = std::string(YOY_EXE) + " " + args + " 2>" + err_file.string();
  CliResult r;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (!pipe) return r;
  std::array<char, 4096> buf;
  std::size_t n;
  while ((n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0) r.out.append(buf.data(), n);
  const int status = ::pclose(pipe);
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream in(err_file);
  r.err.assign(std::istreambuf_iterator<char>(in), {});
  fs::remove(err_file);
  return r;
}

class CliParse : public ::testing::Test {
 protected:
  void SetUp() override {
    dir = fs::temp_directory_path() / ("yoy-parse-cli-" + std::to_string(::getpid()));
    fs::create_directories(dir);
  }
  void TearDown() override { fs::remove_all(dir); }
  std::string write(const std::string& name, const std::string& bytes) {
    const fs::path p = dir / name;
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
  fs::path dir;
};

TEST_F(CliParse, InvalidUtf8ExitsTwoWithOneLine) {
  const std::string path = write("bad.txt", "Fine line.\nThen \xFF here.\n");
  const CliResult r = run_yoy("parse " + path);
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err, "yoy: " + path + ": invalid UTF-8 at byte 16\n");
  EXPECT_EQ(r.out, "");
}

TEST_F(CliParse, EmptyBinaryAndMissingFiles) {
  CliResult r = run_yoy("parse " + write("empty.txt", ""));
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("empty.txt: empty file"), std::string::npos) << r.err;
  r = run_yoy("parse " + write("bin.txt", std::string("ab\0c", 4)));
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("bin.txt: binary file (NUL byte at byte 2)"), std::string::npos) << r.err;
  r = run_yoy("parse " + (dir / "missing.txt").string());
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("missing.txt"), std::string::npos);
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1);
}

TEST_F(CliParse, SeedAsJson) {
  const CliResult r = run_yoy("parse " + std::string(YOY_SOURCE_DIR) +
                              "/corpus/tip/2025/north-korea.txt --format json");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("\"title\": \"Korea, Democratic People's Republic of\""), std::string::npos);
  EXPECT_NE(r.out.find("\"key\": \"trafficking-profile\""), std::string::npos);
}

}  // namespace
