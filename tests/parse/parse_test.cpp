// parse_document: detection, errors that name the file and byte, provenance.
#include "yoy/parse/parse.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "yoy/util/error.h"

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
            "big.txt: 10 bytes, over the 5-byte input limit (--max-input)");
}

TEST(ParseDocument, ProvenanceAndId) {
  yoy::ParseOptions o;
  o.source_path = "corpus/x/2020/some-report.md";
  const auto d = yoy::parse_document("hello\n", o);
  EXPECT_EQ(d.id, "some-report");
  EXPECT_EQ(d.source_path, o.source_path);
  // git hash-object of "hello\n"
  EXPECT_EQ(d.source_hash, "ce013625030ba8dba906f756967f9e9ca394464a");
  o.source_path = "kn/2024.json";  // the per-report layout <id>/<year>.<ext>
  EXPECT_EQ(yoy::parse_document("{\"name\": \"x\"}", o).id, "kn");
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

// A stored report's blob id is given, not computed again; without it, it is computed.
TEST(ParseDocument, KnownSourceHashIsTakenAsIs) {
  yoy::ParseOptions o;
  o.source_path = "tip/2025/r.txt";
  EXPECT_EQ(yoy::parse_document("hello\n", o).source_hash,
            "ce013625030ba8dba906f756967f9e9ca394464a");
  o.source_hash = "0123456789abcdef0123456789abcdef01234567";
  EXPECT_EQ(yoy::parse_document("hello\n", o).source_hash, o.source_hash);
}

namespace {

std::string shape_error(std::string_view bytes, std::string_view path) {
  try {
    yoy::check_report_shape(bytes, path);
  } catch (const yoy::InputError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

// What ingest checks (check_report_shape) is what parsing refuses, by the
// format the name and bytes say; every report of corpus/ passes it, far from
// the bounds: its blocks a hundredth of the limit at most.
TEST(ParseDocument, ReportShapeCheckedAtIngestAndCorpusFarFromIt) {
  std::string paragraphs;
  for (std::size_t i = 0; i < yoy::limits::kMaxBlocks; ++i) paragraphs += "a\n\n";
  EXPECT_EQ(shape_error(paragraphs, "x.txt"), "");
  EXPECT_EQ(shape_error(paragraphs + "a\n", "x.txt"),
            "x.txt: more than 100000 paragraphs, over the limit per report");
  EXPECT_NE(shape_error("{\"a\": [", "x.json").find("x.json: malformed JSON at line 1"),
            std::string::npos);
  std::string tag = "<html><body><p";
  for (int i = 0; i <= 100; ++i) tag += " a" + std::to_string(i);
  EXPECT_EQ(shape_error(tag + ">text", "x.html"),
            "x.html: a tag with 101 attributes at byte 12 (at most 100); not a report page");
  EXPECT_EQ(shape_error("%PDF-1.4 anything", "x.pdf"), "") << "a PDF's bounds are its reader's";
  std::size_t files = 0;
  for (const auto& entry :
       std::filesystem::recursive_directory_iterator(std::string(YOY_SOURCE_DIR) + "/corpus")) {
    if (!entry.is_regular_file() || entry.path().filename() == "README.md") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    EXPECT_EQ(shape_error(bytes, entry.path().string()), "") << entry.path();
    yoy::ParseOptions options;
    options.source_path = entry.path().string();
    const yoy::Document d = yoy::parse_document(bytes, options);
    std::size_t blocks = 0;
    for (const yoy::Section& s : d.sections) blocks += s.blocks.size();
    EXPECT_LT(blocks * 100, yoy::limits::kMaxBlocks) << entry.path();
    ++files;
  }
  EXPECT_GT(files, 10u);
}
