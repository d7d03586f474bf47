// printable(): the one function that makes report text and names safe for a
// terminal, a CI log or a one-line message.
#include "yoy/util/printable.h"

#include <gtest/gtest.h>

using yoy::printable;
using yoy::quoted;

TEST(Printable, PlainTextAndUnicodePassUnchanged) {
  EXPECT_EQ(printable("80,000 to 200,000 persons"), "80,000 to 200,000 persons");
  EXPECT_EQ(printable("Côte d’Ivoire — “quoted” 北朝鮮"), "Côte d’Ivoire — “quoted” 北朝鮮");
  EXPECT_EQ(printable("a\tb"), "a\tb");
  EXPECT_EQ(printable(""), "");
}

TEST(Printable, ControlsBecomeVisibleAndLinesCannotBeForged) {
  EXPECT_EQ(printable("\x1b[2J\x1b[1;32mOK: 0 errors\x07"), "\\x1b[2J\\x1b[1;32mOK: 0 errors\\x07");
  EXPECT_EQ(printable("text\nOK: 0 errors"), "text OK: 0 errors");
  EXPECT_EQ(printable("a\r\nb\rc"), "a b c");
  EXPECT_EQ(printable(std::string("nul\0byte", 8)), "nul\\x00byte");
  EXPECT_EQ(printable("del\x7f"), "del\\x7f");
  // C1 controls: U+009B is a one-byte CSI for some terminals.
  EXPECT_EQ(printable("csi\xc2\x9b"
                      "31m"),
            "csi\\u009b31m");
  EXPECT_EQ(printable("\xc2\x80\xc2\x9f\xc2\xa0"), "\\u0080\\u009f\xc2\xa0");  // NBSP is text
}

TEST(Printable, BidiOverridesAndIsolatesAreShownNotObeyed) {
  // U+202E RIGHT-TO-LEFT OVERRIDE would show "txt.exe" as "exe.txt".
  EXPECT_EQ(printable("report\xe2\x80\xaetxt.exe"), "report\\u202etxt.exe");
  for (const char* control : {"\xe2\x80\xaa", "\xe2\x80\xab", "\xe2\x80\xac", "\xe2\x80\xad",
                              "\xe2\x81\xa6", "\xe2\x81\xa7", "\xe2\x81\xa8", "\xe2\x81\xa9"})
    EXPECT_EQ(printable(control).substr(0, 2), "\\u") << control;
  // Their neighbours are ordinary text.
  EXPECT_EQ(printable("\xe2\x80\xa9"), "\xe2\x80\xa9");  // U+2029
  EXPECT_EQ(printable("\xe2\x80\xaf"), "\xe2\x80\xaf");  // U+202F
  EXPECT_EQ(printable("\xe2\x81\xa5"), "\xe2\x81\xa5");  // U+2065
  EXPECT_EQ(printable("\xe2\x81\xaa"), "\xe2\x81\xaa");  // U+206A
  EXPECT_EQ(printable("\xe2\x80\x8f"), "\xe2\x80\x8f");  // U+200F RLM: kept for Arabic/Hebrew text
}

TEST(Printable, BytesThatAreNotUtf8AreEscaped) {
  EXPECT_EQ(printable("caf\xe9"), "caf\\xe9");
  EXPECT_EQ(printable("\xe2\x80"), "\\xe2\\x80");           // cut short
  EXPECT_EQ(printable("\xc0\xaf"), "\\xc0\\xaf");           // overlong '/'
  EXPECT_EQ(printable("\xed\xa0\x80"), "\\xed\\xa0\\x80");  // a surrogate
}

TEST(Printable, QuotedNamesAreOneLine) {
  EXPECT_EQ(quoted("north-korea"), "'north-korea'");
  EXPECT_EQ(quoted("x\n\x1b[31mred"), "'x \\x1b[31mred'");
}
