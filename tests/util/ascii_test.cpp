// ASCII case: only A-Z change, whatever the locale; UTF-8 bytes never do.
#include "yoy/util/ascii.h"

#include <gtest/gtest.h>

namespace {

TEST(Ascii, LowerChangesOnlyAToZ) {
  EXPECT_EQ(yoy::ascii_lower("Tier 2 WATCH-List @[`{"), "tier 2 watch-list @[`{");
  EXPECT_EQ(yoy::ascii_lower('A'), 'a');
  EXPECT_EQ(yoy::ascii_lower('Z'), 'z');
  EXPECT_EQ(yoy::ascii_lower('@'), '@');                      // just below 'A'
  EXPECT_EQ(yoy::ascii_lower('['), '[');                      // just above 'Z'
  EXPECT_EQ(yoy::ascii_lower("\xC3\x89TAT"), "\xC3\x89tat");  // É stays: not ASCII
}

TEST(Ascii, CaseInsensitiveComparisons) {
  EXPECT_TRUE(yoy::ascii_iequals("Content-Type", "content-type"));
  EXPECT_FALSE(yoy::ascii_iequals("content-type", "content-typ"));
  EXPECT_FALSE(yoy::ascii_iequals("@", "`"));  // 0x40 and 0x60 differ by the case bit only
  EXPECT_TRUE(yoy::ascii_istarts_with("<!DOCTYPE html>", "<!doctype html"));
  EXPECT_FALSE(yoy::ascii_istarts_with("<!DOC", "<!doctype html"));
  EXPECT_TRUE(yoy::ascii_istarts_with("anything", ""));
}

}  // namespace
