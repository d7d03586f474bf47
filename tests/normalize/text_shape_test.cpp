// check_text_shape: a text is refused, in one pass and before any work, when it
// has more paragraphs than limits::kMaxBlocks or one longer than
// kMaxParagraphBytes; both limits hold exactly at their value.
#include "yoy/normalize/text_shape.h"

#include <gtest/gtest.h>

#include <string>

#include "yoy/util/error.h"
#include "yoy/util/limits.h"

using yoy::check_text_shape;
using yoy::InputError;
using yoy::kMaxParagraphBytes;
using yoy::limits::kMaxBlocks;

namespace {

std::string error_of(const std::string& text) {
  try {
    check_text_shape(text, "r.txt");
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

std::string paragraphs(std::size_t n) {
  std::string out;
  out.reserve(n * 3);
  for (std::size_t i = 0; i < n; ++i) out += "p\n\n";
  return out;
}

}  // namespace

TEST(TextShape, AReportIsFine) {
  EXPECT_EQ(error_of("KOREA (Tier 3)\n\nThe government did not report any efforts.\n"), "");
  EXPECT_EQ(error_of(""), "");
  EXPECT_EQ(error_of("\n\n \t\r\n"), "") << "blank lines only";
}

TEST(TextShape, ParagraphCountAtTheLimitNotOver) {
  EXPECT_EQ(error_of(paragraphs(kMaxBlocks)), "");
  EXPECT_EQ(error_of(paragraphs(kMaxBlocks + 1)),
            "r.txt: more than 100000 paragraphs, over the limit per report");
  // Lines of one paragraph (no blank line between) are one paragraph; a line of
  // spaces, tabs or carriage returns is blank.
  std::string lines;
  for (std::size_t i = 0; i <= kMaxBlocks; ++i) lines += "line\n";
  EXPECT_EQ(error_of(lines), "");
  std::string spaced;
  for (std::size_t i = 0; i <= kMaxBlocks; ++i) spaced += "p\n \t\r\n";
  EXPECT_NE(error_of(spaced), "");
}

TEST(TextShape, ParagraphLengthAtTheLimitNotOver) {
  EXPECT_EQ(error_of(std::string(kMaxParagraphBytes, 'a')), "");
  EXPECT_EQ(error_of(std::string(kMaxParagraphBytes + 1, 'a')),
            "r.txt: paragraph at byte 0 is longer than the 1048576-byte limit for one paragraph");
  // The paragraph's own newline counts; the blank line after it ends it.
  EXPECT_EQ(error_of(std::string(kMaxParagraphBytes - 1, 'a') + "\n\nnext"), "");
  EXPECT_NE(error_of(std::string(kMaxParagraphBytes, 'a') + "\n\nnext"), "");
  // Where: the byte the long paragraph starts at.
  EXPECT_EQ(error_of("short\n\n" + std::string(kMaxParagraphBytes + 1, 'b')),
            "r.txt: paragraph at byte 7 is longer than the 1048576-byte limit for one paragraph");
  // Lines wrapped inside one paragraph add up.
  std::string wrapped;
  while (wrapped.size() <= kMaxParagraphBytes) wrapped += "a wrapped line of a long paragraph\n";
  EXPECT_NE(error_of(wrapped), "");
}
