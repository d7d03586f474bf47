// parse_document: detection, errors that name the file and byte, provenance; the CLI on bad input.
#include "yoy/parse/parse.h"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "yoy/render/document_json.h"
#include "yoy/util/error.h"

namespace fs = std::filesystem;

namespace {

std::string error_of(std::string_view bytes, const std::string& path, std::size_t limit = 1 << 20) {
  yoy::ParseOptions o;
  o.source_path = path;
  o.max_input = limit;
  try {
    yoy::parse_document(bytes, o);
  } catch (const yoy::InputError& e) {
    return e.what();
  }
  return "";
}

TEST(ParseDocument, ErrorsNameFileAndByte) {
  EXPECT_EQ(error_of("Good text.\n\xC3(", "bad.txt"), "bad.txt: invalid UTF-8 at byte 11");
  EXPECT_EQ(error_of("", "empty.txt"), "empty.txt: empty file, nothing to parse");
  EXPECT_EQ(error_of(" \n\n\t\n", "blank.txt"), "blank.txt: empty file, nothing to parse");
  EXPECT_EQ(error_of("0123456789", "big.txt", 5),
            "big.txt: 10 bytes, over the 5-byte limit (--max-input)");
}

TEST(ParseDocument, ProvenanceAndId) {
  yoy::ParseOptions o;
  o.source_path = "corpus/x/2020/some-report.md";
  const auto d = yoy::parse_document("hello\n", o);
  EXPECT_EQ(d.id, "some-report");
  EXPECT_EQ(d.source_path, o.source_path);
  // git hash-object of "hello\n"
  EXPECT_EQ(d.source_hash, "ce013625030ba8dba906f756967f9e9ca394464a");
}

TEST(ParseDocument, BomIsStrippedAndSpansStayTrue) {
  const std::string bytes = "\xEF\xBB\xBFParagraph one.\n";
  yoy::ParseOptions o;
  o.source_path = "b.txt";
  const auto d = yoy::parse_document(bytes, o);
  ASSERT_EQ(d.sections.size(), 1u);
  const auto& b = d.sections[0].blocks.at(0);
  EXPECT_EQ(b.text, "Paragraph one.");
  EXPECT_EQ(bytes.substr(b.span.begin, b.span.end - b.span.begin), "Paragraph one.");
}

TEST(ParseDocument, ProfilesByNameAndDetection) {
  EXPECT_EQ(yoy::profile_from_name("tip"), yoy::Profile::tip);
  EXPECT_EQ(yoy::profile_from_name("auto"), yoy::Profile::automatic);
  EXPECT_STREQ(yoy::profile_name(yoy::Profile::factbook), "factbook");
  EXPECT_THROW(yoy::profile_from_name("pdf"), yoy::InputError);
  EXPECT_EQ(yoy::detect_profile("{\"a\": 1}", "x.txt"), yoy::Profile::factbook);
  EXPECT_EQ(yoy::detect_profile("Notes\n\nplain text.\n", "x.txt"), yoy::Profile::generic);
  EXPECT_EQ(yoy::detect_profile("RURITANIA (Tier 2)\n\nText.\n", "x.txt"), yoy::Profile::tip);
  EXPECT_EQ(yoy::detect_profile("2025 Trafficking in Persons Report: X\n", "x.txt"),
            yoy::Profile::tip);
}

TEST(ParseDocument, ForcedGenericOnTipText) {
  yoy::ParseOptions o;
  o.source_path = "n.txt";
  o.profile = yoy::Profile::generic;
  const auto d =
      yoy::parse_document("RURITANIA (Tier 2)\n\nSome text.\n\nPROSECUTION\n\nMore.\n", o);
  EXPECT_EQ(d.profile, "generic");
  EXPECT_FALSE(d.rating.present());
}

TEST(DocumentJson, DeterministicAndComplete) {
  yoy::ParseOptions o;
  o.source_path = "r.txt";
  const std::string text = "RURITANIA (Tier 2)\n\nIt holds an estimated 5,000 persons. Next.\n";
  const auto a = yoy::document_to_json(yoy::parse_document(text, o));
  const auto b = yoy::document_to_json(yoy::parse_document(text, o));
  EXPECT_EQ(a, b);
  EXPECT_NE(a.find("\"format\": \"yoy.document/1\""), std::string::npos);
  EXPECT_NE(a.find("\"value\": \"Tier 2\""), std::string::npos);
  EXPECT_NE(a.find("\"values\": [\n                5000\n"), std::string::npos) << a;
  const auto t = yoy::document_to_text(yoy::parse_document(text, o));
  EXPECT_NE(t.find("rating: Tier 2"), std::string::npos);
  EXPECT_NE(t.find("5,000"), std::string::npos);
}

// ---- The CLI: exit 2 and one line naming the file (and byte) ------------------------------------

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

namespace {

TEST(ParseDocument, HostileShapesAreRefusedEarly) {
  std::string many;
  for (int i = 0; i < 100'001; ++i) many += "a\n\n";
  EXPECT_NE(error_of(many, "many.txt", 1 << 30).find("many.txt: more than 100000 paragraphs"),
            std::string::npos);
  const std::string long_paragraph(std::size_t{1} << 21, 'x');
  EXPECT_EQ(
      error_of("Title\n\n" + long_paragraph, "long.txt", 1 << 30),
      "long.txt: paragraph at byte 7 is longer than the 1048576-byte limit for one paragraph");
  // A long report paragraph under the limit still parses.
  std::string ok;
  while (ok.size() < 500'000) ok += "The government identified 12 victims. ";
  EXPECT_EQ(error_of(ok, "ok.txt", 1 << 30), "");
}

}  // namespace
