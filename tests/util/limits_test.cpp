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

TEST(Limits, InputSizeAtTheLimitPassesOneByteOverIsRefused) {
  EXPECT_NO_THROW(yoy::limits::check_input_size(yoy::limits::kMaxInputBytes,
                                                yoy::limits::kMaxInputBytes, "r.txt"));
  std::string message = message_of([] {
    yoy::limits::check_input_size(yoy::limits::kMaxInputBytes + 1, yoy::limits::kMaxInputBytes,
                                  "r.txt");
  });
  EXPECT_EQ(message, "r.txt: 67108865 bytes, over the 67108864-byte input limit (--max-input)");
}

TEST(Limits, BlockCountOverTheLimitIsRefused) {
  EXPECT_NO_THROW(yoy::limits::check_block_count(yoy::limits::kMaxBlocks, "r.txt"));
  EXPECT_THROW(yoy::limits::check_block_count(yoy::limits::kMaxBlocks + 1, "r.txt"),
               yoy::InputError);
  std::string message = message_of([] { yoy::limits::check_block_count(1'000'000, "r.txt"); });
  EXPECT_EQ(message,
            "r.txt: 1000000 blocks (paragraphs, items or fields), over the limit of 100000 per "
            "report");
}

}  // namespace
