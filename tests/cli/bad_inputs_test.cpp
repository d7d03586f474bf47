// The bad-inputs table over the CLI: each hostile file through `yoy parse` and
// `yoy compare` (both ways against the seed). Each must end in exit 0 with a
// sensible result or exit 2 with one line on stderr — never a crash, never
// longer than a few seconds, never more than a few hundred MB. Inputs are
// generated at test time in a temporary directory (big files are never committed).
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <random>
#include <string>
#include <vector>

#include "support/guarded_run.h"

namespace fs = std::filesystem;
using yoy::test::GuardedResult;
using yoy::test::scaled;

namespace {

enum class Expect { ok, refused, ok_or_refused };

struct BadInput {
  std::string name;       // test label
  std::string file_name;  // extension matters for format detection
  std::function<void(std::ofstream&)> write;
  Expect expect;
  std::string refusal_mentions;  // when refused, the message contains this
  std::string output_mentions;   // when parsed, `parse --format text` contains this
};

void PrintTo(const BadInput& input, std::ostream* os) { *os << input.name; }

const char* kSeed = YOY_SOURCE_DIR "/corpus/tip/2025/north-korea.txt";

std::string seed_text() {
  std::ifstream in(kSeed, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string utf16le_with_bom(const std::string& ascii_or_utf8) {
  std::string out = "\xff\xfe";
  for (unsigned char c : ascii_or_utf8) {  // good enough for the seed: Latin text
    out += static_cast<char>(c < 0x80 ? c : '?');
    out += '\0';
  }
  return out;
}

void repeat(std::ofstream& out, const std::string& piece, std::size_t times) {
  std::string chunk;
  for (std::size_t i = 0; i < times; ++i) {
    chunk += piece;
    if (chunk.size() > (1u << 20)) {
      out << chunk;
      chunk.clear();
    }
  }
  out << chunk;
}

std::vector<BadInput> table() {
  std::vector<BadInput> t;
  t.push_back({"Empty", "empty.txt", [](std::ofstream&) {}, Expect::ok_or_refused, "", ""});
  t.push_back({"OnlyWhitespace", "blank.txt",
               [](std::ofstream& o) { o << "  \n\t\r\n\n   \n\f\v\n"; }, Expect::ok_or_refused, "",
               ""});
  t.push_back({"Binary", "binary.txt",
               [](std::ofstream& o) {
                 std::mt19937 random(7);
                 std::string bytes(1 << 16, '\0');
                 for (char& c : bytes) c = static_cast<char>(random() & 0xff);
                 o << bytes;
               },
               Expect::refused, "", ""});
  t.push_back({"InvalidUtf8", "invalid.txt",
               [](std::ofstream& o) {
                 std::string text = seed_text();
                 text.insert(text.size() / 2, "\xff\xfe\x80");
                 o << text;
               },
               Expect::refused, "UTF-8", ""});
  t.push_back(
      {"OverlongUtf8", "overlong.txt",
       [](std::ofstream& o) { o << "TIER 3\n\nThe \xc0\xaf slash and \xe0\x80\xaf too.\n"; },
       Expect::refused, "UTF-8", ""});
  t.push_back({"Utf16WithBom", "utf16.txt",
               [](std::ofstream& o) { o << utf16le_with_bom(seed_text()); }, Expect::ok_or_refused,
               "", "PRIORITIZED RECOMMENDATIONS"});
  t.push_back({"HundredMegabyteLine", "line100.txt",
               [](std::ofstream& o) { repeat(o, std::string(1 << 20, 'x'), 100); }, Expect::refused,
               "--max-input", ""});
  t.push_back({"LongLineUnderTheLimit", "line60.txt",
               [](std::ofstream& o) {
                 repeat(o, "The government identified 12 victims and convicted 3 traffickers. ",
                        scaled(60u << 20) / 66);
               },
               Expect::ok_or_refused, "", ""});
  t.push_back({"TenThousandHeadings", "headings.md",
               [](std::ofstream& o) {
                 for (int i = 1; i <= 10'000; ++i)
                   o << "# Heading " << i << "\n\nParagraph " << i << " of the report.\n\n";
               },
               Expect::ok, "", "Heading 10000"});
  t.push_back({"MillionTinyParagraphs", "paragraphs.txt",
               [](std::ofstream& o) { repeat(o, "a\n\n", 1'000'000); }, Expect::ok_or_refused, "",
               ""});
  t.push_back({"DeeplyNestedJson", "deep.json",
               [](std::ofstream& o) {
                 repeat(o, "{\"a\":", 100'000);
                 o << "{\"text\": \"x\"}";
                 repeat(o, "}", 100'000);
               },
               Expect::refused, "", ""});
  t.push_back({"DeeplyNestedJsonArrays", "deep-arrays.json",
               [](std::ofstream& o) {
                 repeat(o, "[", 100'000);
                 repeat(o, "]", 100'000);
               },
               Expect::refused, "", ""});
  t.push_back({"JsonNumberOfTenThousandDigits", "number.json",
               [](std::ofstream& o) {
                 o << "{\"Economy\": {\"Real GDP\": {\"text\": " << std::string(10'000, '9')
                   << "}, \"Debt\": {\"text\": \"$" << std::string(10'000, '7')
                   << " (2024 est.)\"}}}";
               },
               Expect::ok_or_refused, "", ""});
  t.push_back({"EverySentenceANumber", "numbers.txt",
               [](std::ofstream& o) {
                 o << "TIER 2\n\n";
                 for (int p = 0; p < 200; ++p) {
                   for (int s = 0; s < 20; ++s)
                     o << (p * 20 + s) * 1000 + 7 << ". " << s << "." << p << " percent. ";
                   o << "\n\n";
                 }
               },
               Expect::ok, "", ""});
  // Issue 21: HTML whose tree grows out of proportion to its bytes.
  t.push_back({"FormattingReopenedInEveryParagraph", "reopened.html",
               [](std::ofstream& o) {
                 o << "<!doctype html><html><body><p>";
                 for (int i = 0; i < 3000; ++i) o << "<b id=" << i << ">";
                 for (int i = 0; i < 3000; ++i) o << "<p>x" << i;
               },
               Expect::refused, "bytes of tree", ""});
  t.push_back({"TagWithManyAttributes", "attributes.html",
               [](std::ofstream& o) {
                 o << "<!doctype html><html><body><p";
                 for (int i = 0; i < 150000; ++i) o << " a" << i << "=1";
                 o << ">The government reported 12 investigations.</p>";
               },
               Expect::refused, "attributes", ""});
  t.push_back({"EndTagsUnderDeepNesting", "end-tags.html",
               [](std::ofstream& o) {
                 o << "<!doctype html><html><body>";
                 repeat(o, "<div>", 3999);
                 o << "text";
                 repeat(o, "</span>", 1'000'000);
               },
               Expect::refused, "HTML tags", ""});
  // Issue 21: JSON escaped the block limit (31 MB, a million fields: 46 s, 3 GB).
  t.push_back({"MillionJsonFields", "fields.json",
               [](std::ofstream& o) {
                 o << "{\"Economy\": {\"f0\": \"" << std::string(20, 'x') << "\"";
                 for (int i = 1; i < 1'000'000; ++i)
                   o << ", \"field " << i << "\": \"" << std::string(20, 'x') << "\"";
                 o << "}}";
               },
               Expect::refused, "fields and sections", ""});
  t.push_back({"MillionEmptySections", "sections.json",
               [](std::ofstream& o) {
                 o << "{\"s0\": \"\"";
                 for (int i = 1; i < 1'000'000; ++i) o << ", \"s" << i << "\": \"\"";
                 o << "}";
               },
               Expect::refused, "fields and sections", ""});
  t.push_back({"LongKeyAboveManyFields", "long-key.json",
               [](std::ofstream& o) {
                 o << "{\"Economy\": {\"" << std::string(20u << 20, 'k') << "\": {\"a0\": \"1\"";
                 for (int i = 1; i < 50'000; ++i) o << ", \"a" << i << "\": \"1\"";
                 o << "}}}";
               },
               Expect::refused, "paths", ""});
  return t;
}

class BadInputs : public ::testing::TestWithParam<BadInput> {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("yoy-bad-inputs-" + std::to_string(::getpid()) + "-" + GetParam().name);
    fs::create_directories(dir_);
    file_ = (dir_ / GetParam().file_name).string();
    std::ofstream out(file_, std::ios::binary);
    GetParam().write(out);
  }
  void TearDown() override { fs::remove_all(dir_); }

  // A run ended as it should: exit 0, or exit 2 with one line on stderr;
  // within the time and memory a hostile input deserves.
  void expect_well_behaved(const GuardedResult& r, const std::string& what) {
    SCOPED_TRACE(what + ": " + r.describe());
    EXPECT_FALSE(r.timed_out);
    EXPECT_EQ(r.signal, 0);
    EXPECT_TRUE(r.exit_code == 0 || r.exit_code == 2);
    if (r.exit_code == 2) {
      EXPECT_EQ(r.err.rfind("yoy: ", 0), 0u) << "message starts with 'yoy: '";
      ASSERT_FALSE(r.err.empty());
      EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << "exactly one line";
    }
    long limit_mb = yoy::test::sanitized_build() ? 2048 : 512;
    EXPECT_LT(r.peak_rss_kb / 1024, limit_mb) << "peak memory";
    double seconds = yoy::test::sanitized_build() ? 60 : 10;
    EXPECT_LT(r.seconds, seconds) << "wall-clock time";
  }

  GuardedResult run(const std::vector<std::string>& args) {
    std::vector<std::string> argv{YOY_EXE};
    argv.insert(argv.end(), args.begin(), args.end());
    yoy::test::GuardLimits limits;
    limits.seconds = yoy::test::sanitized_build() ? 300 : 60;
    limits.keep_output = std::size_t{64} << 20;
    return yoy::test::run_guarded(argv, limits);
  }

  fs::path dir_;
  std::string file_;
};

TEST_P(BadInputs, ParseExitsCleanly) {
  const BadInput& input = GetParam();
  for (const char* format : {"text", "json"}) {
    GuardedResult r = run({"parse", file_, "--format", format});
    expect_well_behaved(r, std::string("parse --format ") + format);
    if (input.expect == Expect::ok) {
      EXPECT_EQ(r.exit_code, 0) << r.err;
    }
    if (input.expect == Expect::refused) {
      EXPECT_EQ(r.exit_code, 2);
    }
    if (r.exit_code == 2) {
      EXPECT_NE(r.err.find(input.refusal_mentions), std::string::npos) << r.err;
      EXPECT_NE(r.err.find(input.file_name), std::string::npos) << "message names the file";
    }
    if (r.exit_code == 0 && std::string(format) == "text") {
      EXPECT_GT(r.out_bytes, 0u);
      EXPECT_NE(r.out.find(input.output_mentions), std::string::npos);
    }
  }
}

TEST_P(BadInputs, CompareExitsCleanly) {
  const BadInput& input = GetParam();
  for (bool bad_is_new : {true, false}) {
    std::string from = bad_is_new ? kSeed : file_, to = bad_is_new ? file_ : kSeed;
    GuardedResult r = run({"compare", from, to, "--format", "json"});
    expect_well_behaved(r, "compare " + from + " " + to);
    if (input.expect == Expect::refused) {
      EXPECT_EQ(r.exit_code, 2);
    }
    if (r.exit_code == 2) {
      EXPECT_NE(r.err.find(input.refusal_mentions), std::string::npos) << r.err;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Table, BadInputs, ::testing::ValuesIn(table()),
                         [](const auto& info) { return info.param.name; });

}  // namespace
