// The Document codec of the analysis cache: every real document comes back
// field for field (the seed, corpus/, the fixtures, every factbook profile of
// ../shared), and damaged, truncated, foreign or crafted bytes are refused.
#include "yoy/model/document_codec.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "support/doc_builder.h"
#include "support/document_equal.h"
#include "support/stage_inputs.h"
#include "yoy/util/error.h"
#include "yoy/util/files.h"

namespace fs = std::filesystem;
using yoy::decode_document;
using yoy::Document;
using yoy::encode_document;
using yoy::test::document_difference;

namespace {

// ../shared beside the repository, or $YOY_SHARED_DIR (a worktree elsewhere).
fs::path shared_dir() {
  const char* env = std::getenv("YOY_SHARED_DIR");
  return env && *env ? fs::path(env) : fs::path(YOY_SOURCE_DIR) / ".." / "shared";
}

constexpr std::string_view kContext = "v1 0123456789abcdef0123456789abcdef01234567 kn.json";

// Encodes, decodes and compares; returns the difference ("" when none).
std::string round_trip(const Document& document) {
  const std::string bytes = encode_document(document, kContext);
  const std::optional<Document> back = decode_document(bytes, kContext);
  if (!back) return "refused its own encoding";
  return document_difference(document, *back);
}

std::vector<fs::path> files_under(const fs::path& dir, const std::vector<std::string>& exts) {
  std::vector<fs::path> out;
  if (!fs::is_directory(dir)) return out;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (!entry.is_regular_file()) continue;
    for (const std::string& ext : exts)
      if (entry.path().extension() == ext) out.push_back(entry.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Every file that parses (fixtures include deliberately bad inputs) must round-trip.
int round_trip_all(const std::vector<fs::path>& files) {
  int parsed = 0;
  for (const fs::path& file : files) {
    Document document;
    try {
      document = yoy::test::parsed_file(file.string());
    } catch (const yoy::InputError&) {
      continue;
    }
    ++parsed;
    EXPECT_EQ(round_trip(document), "") << file;
  }
  return parsed;
}

// A small document with every kind of field set (list, statistics, tags, rating).
Document sample() {
  Document d = yoy::testing::make_document(
      "north-korea", "Tier 3",
      {{"PRIORITIZED RECOMMENDATIONS:", {"End forced labor.", "Screen 1,200 returnees."}, true},
       {"PROSECUTION",
        {"The DPRK holds an estimated 80,000 to 120,000 persons. It did not act."}}});
  d.profile = "tip";
  d.series = "tip";
  d.year = 2025;
  d.rating.stated = yoy::StatedMovement::remained;
  d.rating.source = "text";
  d.source_path = "tip/2025/north-korea.txt";
  d.source_hash = "0123456789abcdef0123456789abcdef01234567";
  d.tags = {"North Korea", "Forced labor"};
  d.warnings = {"the title says Tier 3, the text Tier 2 Watch List; the title's is kept"};
  d.sections[1].blocks[0].span = {17, 98};
  return d;
}

// Replaces the checksum after a damaged body, so only the decoder's own checks stand.
std::string reseal(std::string bytes) {
  bytes.resize(bytes.size() - 8);
  const std::uint64_t sum = yoy::document_checksum(bytes);
  char tail[8];
  std::memcpy(tail, &sum, 8);
  return bytes.append(tail, 8);
}

TEST(DocumentCodec, SampleRoundTripsWithEveryField) {
  const Document d = sample();
  ASSERT_FALSE(d.sections[1].blocks[0].statistics.empty());
  ASSERT_EQ(d.sections[1].blocks[0].sentences.size(), 2u);
  EXPECT_EQ(round_trip(d), "");
  Document empty;
  EXPECT_EQ(round_trip(empty), "");
}

TEST(DocumentCodec, TextsThatAreNotSlicesOrSameStillRoundTrip) {
  Document d = sample();
  yoy::Block& block = d.sections[1].blocks[0];
  block.sentences[0].text = "not part of the block";  // literal sentence
  block.sentences[1].compare = "a different compare form";
  block.compare = "";  // empty, unlike the text
  block.statistics[0].context = "a context of its own";
  block.statistics[0].values = {-0.0, 1e308, 5e-324};
  block.path = "A > B";
  d.sections[0].blocks[0].path = "A > B > C";  // shares a prefix with nothing before it
  d.sections[0].blocks[1].path = "A > D";
  d.year = -3;
  EXPECT_EQ(round_trip(d), "");
}

TEST(DocumentCodec, RealDocumentsRoundTrip) {
  const fs::path root = YOY_SOURCE_DIR;
  const int corpus =
      round_trip_all(files_under(root / "corpus", {".txt", ".md", ".html", ".json"}));
  EXPECT_GE(corpus, 2);
  const int fixtures = round_trip_all(files_under(root / "tests/fixtures", {".txt", ".html"}));
  EXPECT_GE(fixtures, 60);
  const fs::path seed = shared_dir() / "seed/2025-tip-north-korea.txt";
  if (fs::exists(seed)) {
    EXPECT_EQ(round_trip_all({seed}), 1);
  }
}

TEST(DocumentCodec, EveryFactbookProfileRoundTrips) {
  const fs::path corpus = shared_dir() / "corpus/factbook";
  if (!fs::is_directory(corpus)) GTEST_SKIP() << "no factbook corpus at " << corpus;
  const std::vector<fs::path> files = files_under(corpus, {".json"});
  ASSERT_GT(files.size(), 1000u);
  int parsed = 0;
  for (const fs::path& file : files) {
    const std::string bytes = yoy::read_file(file.string(), 64u << 20);
    // Analyzed in full; 2025 also as an edition diff first parses it (comparison forms only).
    const Document document = yoy::test::parsed_text(bytes, file.string());
    ASSERT_EQ(round_trip(document), "") << file;
    if (file.stem() == "2025") {
      ASSERT_EQ(round_trip(yoy::test::parsed_text(bytes, file.string(), "auto", false)), "")
          << file << " (not analyzed)";
    }
    ++parsed;
  }
  EXPECT_EQ(parsed, static_cast<int>(files.size()));
}

TEST(DocumentCodec, ForeignContextIsRefused) {
  const std::string bytes = encode_document(sample(), kContext);
  EXPECT_TRUE(decode_document(bytes, kContext));
  EXPECT_FALSE(decode_document(bytes, "v2 0123456789abcdef0123456789abcdef01234567 kn.json"));
  EXPECT_FALSE(decode_document(bytes, std::string(kContext) + "x"));
  EXPECT_FALSE(decode_document(bytes, kContext.substr(1)));
}

TEST(DocumentCodec, EveryTruncationAndEveryFlippedByteIsRefused) {
  const std::string bytes = encode_document(sample(), kContext);
  for (std::size_t n = 0; n < bytes.size(); ++n)
    EXPECT_FALSE(decode_document(bytes.substr(0, n), kContext)) << "truncated to " << n;
  EXPECT_FALSE(decode_document(bytes + '\0', kContext));
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    for (unsigned char bit : {0x01, 0x80}) {
      std::string damaged = bytes;
      damaged[i] = static_cast<char>(damaged[i] ^ bit);
      EXPECT_FALSE(decode_document(damaged, kContext)) << "byte " << i << " bit " << int(bit);
    }
  }
}

// Bytes that pass the checksum but break the structure: each is refused.
TEST(DocumentCodec, CraftedBodiesAreRefusedAtTheirBoundaries) {
  Document d;
  d.sections.resize(1);
  d.sections[0].blocks.resize(1);
  yoy::Block& block = d.sections[0].blocks[0];
  block.text = "Ab cd. Ef gh.";  // 13 bytes: sentences at 0 (6 bytes) and 7 (6 bytes)
  block.compare = block.text;
  block.sentences = {{"Ab cd.", "Ab cd."}, {"Ef gh.", "Ef gh."}};
  yoy::Statistic seven;
  seven.surface = "7";
  seven.values = {7};
  seven.sentence = 1;
  seven.context = "Ef gh.";
  block.statistics.push_back(seven);
  const std::string bytes = encode_document(d, kContext);
  ASSERT_TRUE(decode_document(bytes, kContext));
  // The second sentence is the slice [1, 7, 6]: its end may reach the text's end, not pass it.
  const std::string slice("\x01\x07\x06", 3);
  const std::size_t at = bytes.find(slice);
  ASSERT_NE(at, std::string::npos);
  auto with = [&](std::size_t pos, char value) {
    std::string b = bytes;
    b[pos] = value;
    return reseal(b);
  };
  EXPECT_TRUE(decode_document(with(at + 1, 6), kContext));    // [6, 6]: ends at 12, inside
  EXPECT_TRUE(decode_document(with(at + 2, 5), kContext));    // [7, 5]
  EXPECT_FALSE(decode_document(with(at + 2, 7), kContext));   // [7, 7]: one past the end
  EXPECT_FALSE(decode_document(with(at + 1, 8), kContext));   // [8, 6]
  EXPECT_FALSE(decode_document(with(at + 1, 14), kContext));  // starts past the end
  EXPECT_FALSE(decode_document(with(at, 2), kContext));       // no such sentence form
  // One section ("" heading and key, not a list) of one block, a paragraph: [1, 0, 0, 0, 1, 0].
  const std::string section("\x01\x00\x00\x00\x01\x00", 6);
  const std::size_t k = bytes.find(section);
  ASSERT_NE(k, std::string::npos);
  EXPECT_TRUE(decode_document(with(k + 5, 2), kContext));      // a field
  EXPECT_FALSE(decode_document(with(k + 5, 3), kContext));     // no fourth kind
  EXPECT_TRUE(decode_document(with(k + 3, 1), kContext));      // a list
  EXPECT_FALSE(decode_document(with(k + 3, 2), kContext));     // a list flag of 2
  EXPECT_FALSE(decode_document(with(k + 4, 0x7F), kContext));  // more blocks than bytes left
  // The statistic: sentence index 1 of 2 is fine, 2 is not; its context form 2 (the sentence).
  const std::string statistic("\x00\x00\x01\x02",
                              4);  // qualifier "", unit "", sentence 1, context form
  const std::size_t s = bytes.rfind(statistic);
  ASSERT_NE(s, std::string::npos);
  EXPECT_TRUE(decode_document(with(s + 2, 0), kContext));
  EXPECT_FALSE(decode_document(with(s + 2, 2), kContext));
  EXPECT_FALSE(decode_document(with(s + 3, 3), kContext));  // no such context form
  // Trailing bytes after a whole document.
  std::string longer = bytes;
  longer.insert(longer.size() - 8, 1, '\0');
  EXPECT_FALSE(decode_document(reseal(longer), kContext));
}

}  // namespace
