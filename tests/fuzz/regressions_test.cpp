// Every input a fuzz target once failed on (tests/fuzz/regressions/<target>/),
// plus a few hostile inputs of our own, fed to the fuzz entry points in the
// normal suite: each must return or throw InputError (a crash fails the run;
// under scripts/sanitize, so does any memory error).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "support/fuzz_entries.h"
#include "yoy/util/error.h"

namespace fs = std::filesystem;

namespace yoy::fuzz {
// Names the target in test output instead of dumping its bytes.
void PrintTo(const Target& target, std::ostream* out) { *out << target.name; }
}  // namespace yoy::fuzz

namespace {

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Inputs that broke parsers elsewhere: empty, NUL, lone continuation bytes,
// overlong encodings, unterminated constructs, deep nesting, huge numbers.
std::vector<std::string> hostile_inputs() {
  return {
      "",
      std::string(1, '\0'),
      "\x80",
      "\xc0\xaf",          // overlong '/'
      "\xed\xa0\x80",      // UTF-16 surrogate
      "\xf4\x90\x80\x80",  // above U+10FFFF
      "\xef\xbb\xbf",      // BOM only
      "\xff\xfe\x41\x00",  // UTF-16 LE BOM
      "#",
      "# \n\n#\n",
      "Tier",
      "TIER 3\n\nPRIORITIZED RECOMMENDATIONS:\n\n",
      "1.",
      "U.S.",
      "&",
      "&#",
      "&#x;",
      "&#99999999999;",
      "&#xD800;",
      "<",
      "<html><body><p>",
      "<?xml version=\"1.0\"",  // unterminated declaration: once looped forever
      "  <?xml <!-- -->",
      std::string(2000, '<') + "div>",
      "{",
      "[",
      "{\"a\":",
      std::string(5000, '[') + std::string(5000, ']'),
      std::string(5000, '{'),
      "{\"a\":{\"text\":" + std::string(400, '9') + "}}",
      "{\"a\":{\"text\":\"" + std::string(400, '9') + "\"}}",
      std::string(400, '9'),
      "1,000,000,000,000,000,000,000,000,000,000 persons",
      "99999999999999999999999999999999999999999999999999e999 percent",
      "-0.0.0.0 to 1e309",
      "\n%%%%\n",
      "a\n%%%%\n",
      "\n%%%%\nb",
  };
}

class FuzzRegressions : public ::testing::TestWithParam<yoy::fuzz::Target> {};

void expect_returns_or_input_error(const yoy::fuzz::Target& target, const std::string& input,
                                   const std::string& label) {
  try {
    target.run(input);
  } catch (const yoy::InputError&) {
  } catch (const std::exception& e) {
    ADD_FAILURE() << target.name << " on " << label << ": unexpected exception: " << e.what();
  }
}

TEST_P(FuzzRegressions, SavedInputsReturnOrThrowInputError) {
  const yoy::fuzz::Target& target = GetParam();
  fs::path dir = fs::path(YOY_SOURCE_DIR) / "tests/fuzz/regressions" / target.name;
  std::vector<fs::path> files;
  if (fs::is_directory(dir))
    for (const auto& entry : fs::directory_iterator(dir))
      if (entry.is_regular_file()) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  for (const fs::path& file : files) expect_returns_or_input_error(target, slurp(file), file);
  RecordProperty("saved_inputs", static_cast<int>(files.size()));
}

TEST_P(FuzzRegressions, HostileInputsReturnOrThrowInputError) {
  const yoy::fuzz::Target& target = GetParam();
  std::vector<std::string> inputs = hostile_inputs();
  for (std::size_t i = 0; i < inputs.size(); ++i)
    expect_returns_or_input_error(target, inputs[i], "hostile input #" + std::to_string(i));
  // Pairs of hostile inputs, for the differ.
  for (std::size_t i = 0; i < inputs.size(); ++i)
    expect_returns_or_input_error(target,
                                  yoy::fuzz::join_pair(inputs[i], inputs[inputs.size() - 1 - i]),
                                  "hostile pair #" + std::to_string(i));
}

TEST(FuzzPairs, SplitGivesBackWhatJoinJoined) {
  const std::string joined =
      yoy::fuzz::join_pair("old text", "new\ntext");  // the views point into it
  auto [a, b] = yoy::fuzz::split_pair(joined);
  EXPECT_EQ(a, "old text");
  EXPECT_EQ(b, "new\ntext");
  auto [c, d] = yoy::fuzz::split_pair("abcdef");
  EXPECT_EQ(c, "abc");
  EXPECT_EQ(d, "def");
}

INSTANTIATE_TEST_SUITE_P(Targets, FuzzRegressions, ::testing::ValuesIn(yoy::fuzz::targets()),
                         [](const auto& info) { return std::string(info.param.name); });

}  // namespace
