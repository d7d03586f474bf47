// The one UTF-8 validator, encoder and decoder: each rule on both sides of its boundary.
#include "yoy/util/utf8.h"

#include <gtest/gtest.h>

#include <string>

namespace {

constexpr auto npos = std::string_view::npos;

TEST(Utf8, ValidTextHasNoInvalidByte) {
  EXPECT_EQ(yoy::first_invalid_utf8(""), npos);
  EXPECT_EQ(yoy::first_invalid_utf8("plain"), npos);
  EXPECT_EQ(yoy::first_invalid_utf8(std::string_view("a\0b", 3)), npos);  // NUL is the caller's
  EXPECT_EQ(yoy::first_invalid_utf8("caf\xC3\xA9 \xE2\x80\x9C \xF0\x9F\x98\x80"), npos);
}

TEST(Utf8, TwoByteLeadsStartAtC2) {
  EXPECT_EQ(yoy::first_invalid_utf8("\xC2\x80"), npos);  // U+0080, the smallest
  EXPECT_EQ(yoy::first_invalid_utf8("x\xC1\xBF"), 1u);   // overlong U+007F
  EXPECT_EQ(yoy::first_invalid_utf8("\xC0\x80"), 0u);    // overlong NUL
  EXPECT_EQ(yoy::first_invalid_utf8("\xDF\xBF"), npos);  // U+07FF, the largest
}

TEST(Utf8, ThreeByteOverlongsAndSurrogates) {
  EXPECT_EQ(yoy::first_invalid_utf8("\xE0\xA0\x80"), npos);  // U+0800
  EXPECT_EQ(yoy::first_invalid_utf8("\xE0\x9F\xBF"), 0u);    // overlong U+07FF
  EXPECT_EQ(yoy::first_invalid_utf8("\xED\x9F\xBF"), npos);  // U+D7FF
  EXPECT_EQ(yoy::first_invalid_utf8("\xED\xA0\x80"), 0u);    // U+D800, a surrogate
  EXPECT_EQ(yoy::first_invalid_utf8("\xED\xBF\xBF"), 0u);    // U+DFFF
  EXPECT_EQ(yoy::first_invalid_utf8("\xEE\x80\x80"), npos);  // U+E000
}

TEST(Utf8, FourByteRangeEndsAtU10FFFF) {
  EXPECT_EQ(yoy::first_invalid_utf8("\xF0\x90\x80\x80"), npos);  // U+10000
  EXPECT_EQ(yoy::first_invalid_utf8("\xF0\x8F\xBF\xBF"), 0u);    // overlong U+FFFF
  EXPECT_EQ(yoy::first_invalid_utf8("\xF4\x8F\xBF\xBF"), npos);  // U+10FFFF
  EXPECT_EQ(yoy::first_invalid_utf8("\xF4\x90\x80\x80"), 0u);    // U+110000
  EXPECT_EQ(yoy::first_invalid_utf8("\xF5\x80\x80\x80"), 0u);
}

TEST(Utf8, TruncatedAndStraySequencesNameTheirFirstByte) {
  EXPECT_EQ(yoy::first_invalid_utf8("ab\xE2\x80"), 2u);    // cut short at the end
  EXPECT_EQ(yoy::first_invalid_utf8("ab\xE2\x80x"), 2u);   // cut short by ASCII
  EXPECT_EQ(yoy::first_invalid_utf8("abc\x80"), 3u);       // a stray continuation byte
  EXPECT_EQ(yoy::first_invalid_utf8("\xC3\xA9\xFF"), 2u);  // after a valid sequence
  EXPECT_TRUE(yoy::utf8::valid("\xC3\xA9"));
  EXPECT_FALSE(yoy::utf8::valid("\xC3"));
}

TEST(Utf8, AppendEncodesEveryLengthAndReplacesWhatIsNoScalarValue) {
  std::string out;
  for (std::uint32_t cp : {0x41u, 0x7Fu, 0x80u, 0x7FFu, 0x800u, 0xFFFFu, 0x10000u, 0x10FFFFu})
    yoy::utf8::append(out, cp);
  EXPECT_EQ(out, "A\x7F\xC2\x80\xDF\xBF\xE0\xA0\x80\xEF\xBF\xBF\xF0\x90\x80\x80\xF4\x8F\xBF\xBF");
  EXPECT_TRUE(yoy::utf8::valid(out));
  for (std::uint32_t bad : {0x0u, 0xD800u, 0xDFFFu, 0x110000u}) {
    std::string replaced;
    yoy::utf8::append(replaced, bad);
    EXPECT_EQ(replaced, "\xEF\xBF\xBD") << bad;
  }
}

TEST(Utf8, NextDecodesAndNeverStalls) {
  const std::string text = "a\xC3\xA9\xE2\x80\x94\xF0\x9F\x98\x80";
  std::size_t i = 0;
  EXPECT_EQ(yoy::utf8::next(text, i), 0x61u);
  EXPECT_EQ(yoy::utf8::next(text, i), 0xE9u);
  EXPECT_EQ(yoy::utf8::next(text, i), 0x2014u);
  EXPECT_EQ(yoy::utf8::next(text, i), 0x1F600u);
  EXPECT_EQ(i, text.size());
  const std::string stray = "\x80\xE2";  // a continuation byte, then a cut-short lead
  i = 0;
  EXPECT_EQ(yoy::utf8::next(stray, i), 0x80u);
  EXPECT_EQ(yoy::utf8::next(stray, i), 0xE2u);
  EXPECT_EQ(i, 2u);
}

}  // namespace
