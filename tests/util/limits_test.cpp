#include "yoy/util/limits.h"

#include <gtest/gtest.h>

#include <string>

#include "yoy/util/error.h"

namespace {

std::string message_of(void (*check)()) {
  try {
    check();
  } catch (const yoy::InputError& e) {
    return e.what();
  }
  return "";
}

TEST(Limits, JsonWithinDepthPasses) {
  std::string nested = std::string(256, '[') + std::string(256, ']');
  EXPECT_NO_THROW(yoy::limits::check_json_depth(nested, "a.json"));
  EXPECT_NO_THROW(
      yoy::limits::check_json_depth(R"({"a": {"b": [1, 2, {"text": "x"}]}})", "a.json"));
}

TEST(Limits, JsonTooDeepSaysWhereAndHowDeep) {
  std::string message = message_of(
      [] { yoy::limits::check_json_depth("{\"a\":\n" + std::string(100'000, '['), "deep.json"); });
  EXPECT_EQ(message, "deep.json: JSON nested deeper than 256 levels at line 2, column 256");
}

TEST(Limits, BracketsInsideStringsDoNotCount) {
  std::string text =
      "{\"text\": \"" + std::string(1000, '[') + "\\\"" + std::string(1000, '{') + "\"}";
  EXPECT_NO_THROW(yoy::limits::check_json_depth(text, "s.json"));
  EXPECT_THROW(yoy::limits::check_json_depth("[[[", "s.json", 2), yoy::InputError);
}

TEST(Limits, BlockCountOverTheLimitIsRefused) {
  EXPECT_NO_THROW(yoy::limits::check_block_count(yoy::limits::kMaxBlocks, "r.txt"));
  std::string message = message_of([] { yoy::limits::check_block_count(1'000'000, "r.txt"); });
  EXPECT_EQ(message,
            "r.txt: 1000000 blocks (paragraphs, items or fields), over the limit of 100000 per "
            "report");
}

}  // namespace
