// The factbook profile on generated JSON with known answers (the shared corpus
// of real yearly snapshots, read through the differ, is tests/pipeline/factbook_corpus_test.cpp).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "yoy/normalize/normalize.h"
#include "yoy/parse/parse.h"
#include "yoy/parse/profiles.h"
#include "yoy/util/error.h"

namespace fs = std::filesystem;
using yoy::Document;

namespace {

const yoy::Block* field(const Document& document, const std::string& path) {
  for (const auto& section : document.sections)
    for (const auto& block : section.blocks)
      if (block.path == path) return &block;
  return nullptr;
}

std::string error_of(std::string_view json, std::string_view where) {
  try {
    yoy::parse_factbook(json, where);
  } catch (const yoy::InputError& e) {
    return e.what();
  }
  return "(no error)";
}

Document tier_document(const std::string& tier_text) {
  nlohmann::ordered_json j;
  j["Government"]["Country name"]["conventional short form"]["text"] = "Testland";
  j["Transnational Issues"]["Trafficking in persons"]["tier rating"]["text"] = tier_text;
  return yoy::parse_factbook(j.dump(), "tl/2024.json");
}

}  // namespace

// ---- generated inputs -----------------------------------------------------

TEST(FactbookProfile, SectionsAndFieldPathsInDocumentOrder) {
  const std::string json = R"js({
    "Introduction": {"Background": {"text": "<p>An old kingdom.</p>"}},
    "Geography": {
      "Area": {"total ": {"text": "120,538 sq km"}, "land": {"text": "120,408 sq km"},
               "country comparison to the world": 99},
      "Climate": {"text": "temperate", "note": "note: long winters"}
    },
    "People and Society": {"Population": {"text": "26,298,666 (2024 est.)"}}
  })js";
  const Document d = yoy::parse_factbook(json, "east-n-southeast-asia/kn/2024.json");
  EXPECT_EQ(d.profile, "factbook");
  EXPECT_EQ(d.id, "kn");
  EXPECT_EQ(d.year, 2024);
  ASSERT_EQ(d.sections.size(), 3u);
  EXPECT_EQ(d.sections[0].heading, "Introduction");  // not sorted: document order
  EXPECT_EQ(d.sections[1].heading, "Geography");
  EXPECT_EQ(d.sections[1].key, yoy::section_key("Geography"));
  EXPECT_EQ(d.sections[2].key, yoy::section_key("People and Society"));
  std::vector<std::string> paths;
  for (const auto& block : d.sections[1].blocks) {
    EXPECT_EQ(block.kind, yoy::BlockKind::field);
    paths.push_back(block.path);
  }
  // "total" stands for its field (a field later split into total/male/female
  // keeps its path); keys are trimmed; extra leaf keys extend the path.
  EXPECT_EQ(paths, (std::vector<std::string>{"Geography > Area", "Geography > Area > land",
                                             "Geography > Area > country comparison to the world",
                                             "Geography > Climate", "Geography > Climate > note"}));
  EXPECT_EQ(field(d, "Geography > Area > country comparison to the world")->text, "99");
  EXPECT_EQ(field(d, "Introduction > Background")->text, "An old kingdom.");
}

TEST(FactbookProfile, LeafTextDecodedAndMarkupStripped) {
  nlohmann::ordered_json j;
  j["S"]["a"]["text"] = "Tier 3 &mdash;<strong> </strong>Vietnam &amp; Laos&rsquo; <em>own</em>";
  j["S"]["b"]["text"] = "<p>first</p><p>second<br>third</p>";
  j["S"]["c"]["text"] = "<1% of GDP, a &lt;b&gt; tag in words";
  j["S"]["d"]["text"] = "  spaced  ";
  j["S"]["e"]["text"] = "<br><br>";
  j["S"]["f"]["text"] = nullptr;
  const Document d = yoy::parse_factbook(j.dump(), "x.json");
  EXPECT_EQ(field(d, "S > a")->text, "Tier 3 \u2014 Vietnam & Laos\u2019 own");
  EXPECT_EQ(field(d, "S > b")->text, "first\nsecond\nthird");
  EXPECT_EQ(field(d, "S > c")->text, "<1% of GDP, a <b> tag in words");
  EXPECT_EQ(field(d, "S > d")->text, "spaced");
  EXPECT_EQ(field(d, "S > e"), nullptr);  // nothing left: no block
  EXPECT_EQ(field(d, "S > f"), nullptr);
  EXPECT_EQ(d.id, "x");
  EXPECT_EQ(d.year, 0);
}

TEST(FactbookProfile, StatisticsCarryTheFieldPath) {
  const std::string json =
      R"js({"People and Society": {"Population": {"total": {"text": "26,298,666 (2024 est.)"},
          "male": {"text": "12,828,269"}}}})js";
  const Document d = yoy::parse_factbook(json, "kn/2024.json");
  const yoy::Block* total = field(d, "People and Society > Population");
  ASSERT_NE(total, nullptr);
  ASSERT_FALSE(total->statistics.empty());
  EXPECT_EQ(total->statistics.front().values.front(), 26298666);
  EXPECT_FALSE(total->compare.empty());
  for (const auto& block : d.sections[0].blocks)
    for (const auto& statistic : block.statistics) EXPECT_EQ(statistic.context, block.path);
}

TEST(FactbookProfile, TierRatingAndStatedMovement) {
  struct Case {
    std::string text, value, stated;
  };
  const std::vector<Case> cases = {
      {"Tier 3 \u2014 the government of North Korea does not fully meet the minimum standards; "
       "therefore, North Korea remained on Tier 3; for more details, go to:",
       "Tier 3", "remained"},
      {"Tier 2 Watch List &mdash; Djibouti does not fully meet the minimum standards, therefore "
       "Djibouti was upgraded to Tier 2 Watch List",
       "Tier 2 Watch List", "upgraded"},
      {"<p>tier 2 watch list \u2013 efforts to regulate agencies remained minimal; therefore, "
       "Botswana was downgraded to Tier 2 Watch List (2023)</p>",
       "Tier 2 Watch List", "downgraded"},
      {"Tier 2 Watch List \u2014<strong> </strong>Vietnam does not fully meet", "Tier 2 Watch List",
       ""},
      {"Tier 3 - Iran does not comply; therefore, Iran remained in Tier 3", "Tier 3", "remained"},
      // The World profile lists countries per tier: no rating of its own.
      {"<strong><br><br>Tier 2 Watch List:</strong> (26 countries) Bolivia, Botswana", "", ""},
      {"countries that do not fully comply with the minimum standards", "", ""},
      {"Tier 12 is not a tier", "", ""},
  };
  for (const Case& c : cases) {
    const Document d = tier_document(c.text);
    EXPECT_EQ(d.rating.value, c.value) << c.text;
    EXPECT_EQ(yoy::stated_name(d.rating.stated), c.stated) << c.text;
    EXPECT_EQ(d.rating.scale, c.value.empty() ? "" : "tier") << c.text;
  }
  const Document special = tier_document("Special Category");
  EXPECT_EQ(special.rating.value, yoy::canonical_tier("Special Case"));
  // No tier field: no rating.
  const Document none =
      yoy::parse_factbook(R"({"Geography": {"Climate": {"text": "mild"}}})", "fr/2024.json");
  EXPECT_FALSE(none.rating.present());
}

TEST(FactbookProfile, TitleFromTheCountryName) {
  auto title = [](const std::string& government) {
    return yoy::parse_factbook("{\"Government\": " + government + "}", "ct/2024.json").title;
  };
  EXPECT_EQ(
      title(
          R"({"Country name": {"conventional long form": {"text": "Democratic People's Republic of Korea"},
                      "conventional short form": {"text": "North Korea"}}})"),
      "North Korea");
  EXPECT_EQ(
      title(R"({"Country name": {"conventional long form": {"text": "Central African Republic"},
                      "conventional short form": {"text": "none"}}})"),
      "Central African Republic");
  EXPECT_EQ(title(R"({"Union name": {"conventional short form": {"text": "European Union"}}})"),
            "European Union");
  EXPECT_EQ(title(R"({"Capital": {"name": {"text": "none"}}})"), "ct");
}

TEST(FactbookProfile, MalformedJsonSaysLineAndColumn) {
  const std::string bad =
      "{\n  \"A\": {\n    \"b\": {\"text\": \"x\"},\n    \"c\": {\"text\": \"y\" \"z\"}\n  }\n}\n";
  const std::string message = error_of(bad, "kn/2024.json");
  EXPECT_EQ(message.rfind("kn/2024.json: malformed JSON at line 4, column 25: ", 0), 0u) << message;
  EXPECT_NE(error_of("{\"A\": {\"b\": {\"text\": \"x\"},}}", "k.json").find("line 1, column 27"),
            std::string::npos);
  EXPECT_NE(error_of("", "k.json").find("malformed JSON at line 1, column 1"), std::string::npos);
  const std::string bad_utf8 = error_of("{\"A\": {\"t\": {\"text\": \"caf\xE9\"}}}", "k.json");
  EXPECT_NE(bad_utf8.find("ill-formed UTF-8"), std::string::npos) << bad_utf8;
  EXPECT_EQ(bad_utf8.find('\xE9'), std::string::npos) << "the bad byte is not echoed";
  EXPECT_NE(error_of("[1, 2]", "k.json").find("k.json: a factbook profile is a JSON object"),
            std::string::npos);
  EXPECT_NE(error_of("\"text\"", "k.json").find("JSON object"), std::string::npos);
}

TEST(FactbookProfile, NestingDepthIsBounded) {
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "{\"a\":";
  deep += "1";
  for (int i = 0; i < 100000; ++i) deep += "}";
  const std::string message = error_of(deep, "deep.json");
  EXPECT_NE(message.find("deep.json: JSON nested deeper than 256 levels at line 1, column 1281"),
            std::string::npos)
      << message;
  std::string fine;
  for (int i = 0; i < 200; ++i) fine += "{\"a\":";
  fine += "{\"text\": \"bottom\"}";
  for (int i = 0; i < 200; ++i) fine += "}";
  const Document d = yoy::parse_factbook(fine, "fine.json");
  ASSERT_EQ(d.sections.size(), 1u);
  ASSERT_EQ(d.sections[0].blocks.size(), 1u);
  EXPECT_EQ(d.sections[0].blocks[0].text, "bottom");
}

// The parser without analysis (fast), and the shape check ingest runs, which
// says what the parser says without building anything; "" when accepted.
std::string unanalyzed_error_of(const std::string& json, const std::string& where) {
  try {
    yoy::parse_factbook(json, where, false);
  } catch (const yoy::InputError& e) {
    return e.what();
  }
  return "";
}

std::string shape_error_of(const std::string& json, const std::string& where) {
  try {
    yoy::check_factbook_shape(json, where);
  } catch (const yoy::InputError& e) {
    return e.what();
  }
  return "";
}

// `fields` fields in one section: with the section, fields + 1 blocks.
std::string profile_with_fields(std::size_t fields) {
  std::string json = "{\"Economy\": {";
  for (std::size_t i = 0; i < fields; ++i)
    json += (i ? ", \"f" : "\"f") + std::to_string(i) + "\": {\"text\": \"" + std::to_string(i) +
            " (2024 est.)\"}";
  return json + "}}";
}

// Issue 21: a 31 MB profile with a million fields was accepted (46 s, 3 GB):
// the 100,000-block limit now holds for JSON too, counted as it is read.
// Sections count with fields: a million keys with empty values are a million
// sections.
TEST(FactbookProfile, BlockLimitBothSides) {
  const std::string at = profile_with_fields(yoy::limits::kMaxBlocks - 1);  // + 1 section
  EXPECT_EQ(unanalyzed_error_of(at, "xx.json"), "");
  EXPECT_EQ(shape_error_of(at, "xx.json"), "");
  const yoy::Document d = yoy::parse_factbook(at, "xx.json", false);
  EXPECT_EQ(d.sections.size() + d.sections[0].blocks.size(), yoy::limits::kMaxBlocks);
  const std::string over = profile_with_fields(yoy::limits::kMaxBlocks);
  const std::string expected =
      "xx.json: more than 100000 fields and sections, over the limit of 100000 blocks per report";
  EXPECT_EQ(unanalyzed_error_of(over, "xx.json"), expected);
  EXPECT_EQ(shape_error_of(over, "xx.json"), expected);
  std::string sections = "{\"s0\": \"\"";
  for (std::size_t i = 1; i <= yoy::limits::kMaxBlocks; ++i)
    sections += ", \"s" + std::to_string(i) + "\": \"\"";
  EXPECT_EQ(unanalyzed_error_of(sections + "}", "xx.json"), expected);
  // Empty fields make no block: they do not count.
  EXPECT_EQ(unanalyzed_error_of(at.substr(0, at.size() - 2) + ", \"empty\": {\"text\": \" \"}}}",
                                "xx.json"),
            "");
}

// Each field keeps its whole path: a key of 1 MiB above 16 fields is 16 MiB
// of paths; one byte more is refused.
TEST(FactbookProfile, PathBytesBothSides) {
  const std::size_t key = (std::size_t{1} << 20) - 8;  // "S > " + key + " > f" = 1 MiB
  auto profile = [&](const std::string& last) {
    std::string json = "{\"S\": {\"" + std::string(key, 'k') + "\": {";
    for (int i = 0; i < 15; ++i) json += "\"" + std::string(1, char('a' + i)) + "\": \"1\", ";
    return json + "\"" + last + "\": \"1\"}}}";
  };
  EXPECT_EQ(unanalyzed_error_of(profile("z"), "xx.json"), "");
  const std::string expected =
      "xx.json: the fields' paths (their keys joined) pass 16777216 bytes in all, the limit per "
      "report (a long key above many fields)";
  EXPECT_EQ(unanalyzed_error_of(profile("zz"), "xx.json"), expected);
  EXPECT_EQ(shape_error_of(profile("zz"), "xx.json"), expected);
  EXPECT_EQ(shape_error_of(profile("z"), "xx.json"), "");
}

TEST(FactbookProfile, AutoDetectionPicksFactbookForAJsonObject) {
  const std::string json = R"({"Geography": {"Climate": {"text": "temperate"}}})";
  EXPECT_EQ(yoy::detect_profile(json, "kn/2024.json"), yoy::Profile::factbook);
  EXPECT_EQ(yoy::detect_profile("  \n" + json, "report"), yoy::Profile::factbook);
  yoy::ParseOptions options;
  options.source_path = "kn/2024.json";
  const Document d = yoy::parse_document(json, options);
  EXPECT_EQ(d.profile, "factbook");
  ASSERT_NE(field(d, "Geography > Climate"), nullptr);
}
