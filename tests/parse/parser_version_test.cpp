// The parser's version is the hash of the sources the build was made from:
// recomputed here from the same file list, it must match what is compiled in
// (a build that missed a source change would serve stale analyses).
#include "yoy/parse/parser_version.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/scratch_dir.h"
#include "support/subprocess.h"

namespace fs = std::filesystem;
using namespace yoy::test;

namespace {

// The hash parser_version.cmake gives for a file list.
std::string hash_of(const ScratchDir& dir, const std::string& list,
                    const std::string& root = YOY_SOURCE_DIR) {
  const std::string out = dir / "version.cpp";
  CommandResult run = run_command({YOY_CMAKE, "-DLIST=" + list, "-DROOT=" + root, "-DOUT=" + out,
                                   "-P", YOY_SOURCE_DIR "/src/parse/parser_version.cmake"});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  std::ifstream in(out);
  std::stringstream text;
  text << in.rdbuf();
  const std::string generated = text.str();
  const std::size_t quote = generated.find("kParserSourceHash = \"");
  if (quote == std::string::npos) return "";
  return generated.substr(quote + 21, 64);
}

}  // namespace

TEST(ParserVersion, IsTheHashOfTheSourcesBuilt) {
  const std::string version = yoy::parser_version();
  ASSERT_GT(version.size(), 64u);
  EXPECT_EQ(version.find_first_not_of("0123456789abcdef"), 64u) << version;
  EXPECT_NE(version.find(" utf8proc "), std::string::npos);
  EXPECT_NE(version.find(" poppler "), std::string::npos);
  ScratchDir dir;
  const std::string list = YOY_BINARY_DIR "/generated/parser_sources.txt";
  ASSERT_TRUE(fs::exists(list));
  EXPECT_EQ(hash_of(dir, list), version.substr(0, 64));
  // The list covers the profiles, the normalizer, the model, and the app code
  // that parses stored reports and adds deferred analysis to kept ones.
  std::ifstream in(list);
  std::stringstream names;
  names << in.rdbuf();
  for (const char* source :
       {"src/parse/factbook_profile.cpp", "src/parse/statistics.cpp",
        "src/normalize/text_forms.cpp", "include/yoy/model/model.h", "src/model/document_codec.cpp",
        "src/read/html_reader.cpp", "src/app/stored_report.cpp", "src/app/edition_diff.cpp"})
    EXPECT_NE(names.str().find(source), std::string::npos) << source;
  // One byte more in a source, under the same name, gives another version.
  const std::string source = YOY_SOURCE_DIR "/src/parse/statistics.cpp";
  std::ofstream(dir / "original.txt") << source << "\n";
  const std::string copy = dir / "tree/src/parse/statistics.cpp";
  fs::create_directories(fs::path(copy).parent_path());
  fs::copy_file(source, copy);
  std::ofstream(dir / "copy.txt") << copy << "\n";
  const std::string original_hash = hash_of(dir, dir / "original.txt");
  EXPECT_EQ(hash_of(dir, dir / "copy.txt", dir / "tree"), original_hash);
  { std::ofstream(copy, std::ios::app) << " "; }
  EXPECT_NE(hash_of(dir, dir / "copy.txt", dir / "tree"), original_hash);
}
