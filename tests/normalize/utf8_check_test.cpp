// check_utf8: text is refused unless it is UTF-8, naming the byte where it fails.
#include "yoy/normalize/normalize.h"

#include <gtest/gtest.h>

#include "yoy/util/error.h"

namespace {

std::string error_of(std::string_view bytes) {
  try {
    yoy::check_utf8(bytes, "f.txt");
  } catch (const yoy::InputError& e) {
    return e.what();
  }
  return "";
}

TEST(CheckUtf8, AcceptsValidText) {
  EXPECT_EQ(error_of("plain ascii"), "");
  EXPECT_EQ(error_of("caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x98\x80"), "");
  EXPECT_EQ(error_of("\xEF\xBB\xBFwith BOM"), "");
}

TEST(CheckUtf8, NamesTheByteOffset) {
  EXPECT_EQ(error_of("abc\xFF"), "f.txt: invalid UTF-8 at byte 3");
  EXPECT_EQ(error_of("ab\xC3"), "f.txt: invalid UTF-8 at byte 2");            // truncated
  EXPECT_EQ(error_of("x\xC0\xAF"), "f.txt: invalid UTF-8 at byte 1");         // overlong
  EXPECT_EQ(error_of("xy\xED\xA0\x80"), "f.txt: invalid UTF-8 at byte 2");    // surrogate
  EXPECT_EQ(error_of("\xF4\x90\x80\x80"), "f.txt: invalid UTF-8 at byte 0");  // > U+10FFFF
}

TEST(CheckUtf8, RefusesBinaryAndUtf16) {
  EXPECT_EQ(error_of(std::string_view("ab\0cd", 5)), "f.txt: binary file (NUL byte at byte 2)");
  EXPECT_NE(error_of(std::string_view("\xFF\xFEh\0i\0", 6)).find("UTF-16"), std::string::npos);
}

}  // namespace
