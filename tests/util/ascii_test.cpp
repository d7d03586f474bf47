// ASCII classes, case and trimming: only ASCII bytes match, whatever the locale;
// UTF-8 bytes never do.
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

TEST(Ascii, SpaceIsTheSixSpacesOfTheCLocale) {
  for (char c : {' ', '\t', '\n', '\v', '\f', '\r'}) EXPECT_TRUE(yoy::is_ascii_space(c)) << int(c);
  for (char c : {'\0', '\x1F', '\x0E', 'a', '\xA0', '\xC2'})
    EXPECT_FALSE(yoy::is_ascii_space(c)) << int(c);
}

TEST(Ascii, ClassesStopAtTheirEdges) {
  EXPECT_TRUE(yoy::is_ascii_digit('0') && yoy::is_ascii_digit('9'));
  EXPECT_FALSE(yoy::is_ascii_digit('/') || yoy::is_ascii_digit(':'));
  EXPECT_TRUE(yoy::is_ascii_upper('A') && yoy::is_ascii_upper('Z'));
  EXPECT_FALSE(yoy::is_ascii_upper('@') || yoy::is_ascii_upper('[') || yoy::is_ascii_upper('a'));
  EXPECT_TRUE(yoy::is_ascii_lower('a') && yoy::is_ascii_lower('z'));
  EXPECT_FALSE(yoy::is_ascii_lower('`') || yoy::is_ascii_lower('{') || yoy::is_ascii_lower('A'));
  EXPECT_TRUE(yoy::is_ascii_letter('q') && yoy::is_ascii_letter('Q'));
  EXPECT_FALSE(yoy::is_ascii_letter('5') || yoy::is_ascii_letter('\xC3'));  // É's first byte
  EXPECT_TRUE(yoy::is_ascii_alnum('5') && yoy::is_ascii_alnum('x'));
  EXPECT_FALSE(yoy::is_ascii_alnum('-') || yoy::is_ascii_alnum('\''));
}

TEST(Ascii, TrimTakesSpaceOffBothEndsOnly) {
  EXPECT_EQ(yoy::ascii_trim(" \t\fTier 3 \v\r\n"), "Tier 3");
  EXPECT_EQ(yoy::ascii_trim("Tier\f3"), "Tier\f3");  // inside: kept
  EXPECT_EQ(yoy::ascii_trim(" \n\t "), "");
  EXPECT_EQ(yoy::ascii_trim("\xC2\xA0Tier 3\xC2\xA0"),
            "\xC2\xA0Tier 3\xC2\xA0");  // NBSP: not ASCII
}

}  // namespace
