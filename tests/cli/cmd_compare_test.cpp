// Golden test: `yoy compare` of the shipped 2024 and 2025 north-korea editions
// equals the reviewed ChangeSet in tests/golden/ (checked by hand against the
// planted list in tests/fixtures/constructed/README.md), byte for byte.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <sstream>

namespace {

std::string run(const std::string& command, int& status) {
  std::string out;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (!pipe) return out;
  std::array<char, 4096> buffer{};
  std::size_t n;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) out.append(buffer.data(), n);
  status = ::pclose(pipe);
  return out;
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST(CompareGolden, NorthKorea2024To2025) {
  const std::string root = YOY_SOURCE_DIR;
  const std::string golden = slurp(root + "/tests/golden/north-korea-2024-2025.json");
  ASSERT_FALSE(golden.empty());
  int status = -1;
  // Relative paths from the repository root, as in the golden command.
  std::string out = run("cd '" + root + "' && '" + YOY_EXE +
                            "' compare tests/fixtures/constructed/tip/2024/north-korea.txt "
                            "corpus/tip/2025/north-korea.txt --format json",
                        status);
  EXPECT_EQ(status, 0);
  EXPECT_EQ(out, golden);
}

TEST(CompareGolden, ExitCodeOneWhenDifferentZeroWhenSame) {
  const std::string root = YOY_SOURCE_DIR;
  int status = -1;
  run("cd '" + root + "' && '" + YOY_EXE +
          "' compare tests/fixtures/constructed/tip/2024/north-korea.txt "
          "corpus/tip/2025/north-korea.txt "
          "--format json --exit-code",
      status);
  EXPECT_EQ(WEXITSTATUS(status), 1);
  std::string same = run("cd '" + root + "' && '" + YOY_EXE +
                             "' compare corpus/tip/2025/north-korea.txt "
                             "corpus/tip/2025/north-korea.txt --format json --exit-code",
                         status);
  EXPECT_EQ(WEXITSTATUS(status), 0);
  EXPECT_NE(same.find("\"reports\": []"), std::string::npos);
}
