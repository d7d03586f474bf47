// Wrapping for terminals: lines broken at spaces within the width, the
// continuation indented, colours closed and reopened across a break, a
// table's padding kept; text that fits is left byte for byte.
#include "yoy/render/wrap.h"

#include <gtest/gtest.h>

#include <sstream>

namespace yoy {
namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

// A sentence of the 2025 narrative (tests/fixtures/constructed/tip/2025/north-korea.txt).
const std::string kSentence =
    "  ~ The DPRK holds an estimated 80,000 to [-120,000-]{+200,000+} persons in political "
    "prison camps and an undetermined number of persons in other forms of detention facilities.";

TEST(Wrap, WidthCountsCodePointsNotBytesNorColours) {
  EXPECT_EQ(display_width("Côte d’Ivoire"), 13u);
  EXPECT_EQ(display_width("\x1b[31m[-coercion-]\x1b[0m"), 12u);
  EXPECT_EQ(display_width(""), 0u);
}

TEST(Wrap, LongLinesBreakAtSpacesUnderTheirIndent) {
  const std::string wrapped = wrap_text(kSentence + "\n", 80);
  const std::vector<std::string> lines = lines_of(wrapped);
  ASSERT_EQ(lines.size(), 3u) << wrapped;
  for (const std::string& line : lines) EXPECT_LE(display_width(line), 80u) << line;
  EXPECT_EQ(lines[0].rfind("  ~ The DPRK holds", 0), 0u);
  EXPECT_EQ(lines[1].rfind("    ", 0), 0u) << "continuation under the line's indent + 2";
  EXPECT_NE(lines[1][4], ' ');
  // Nothing is lost or reordered: the words are the same.
  std::string joined;
  for (const std::string& line : lines) {
    std::istringstream words(line);
    for (std::string w; words >> w;) joined += w + " ";
  }
  std::string original;
  std::istringstream words(kSentence);
  for (std::string w; words >> w;) original += w + " ";
  EXPECT_EQ(joined, original);
  EXPECT_EQ(wrapped.back(), '\n');
}

TEST(Wrap, TextThatFitsIsUnchanged) {
  const std::string text = "tip/2024 → tip/2025\n\n  short line\nno newline at the end";
  EXPECT_EQ(wrap_text(text, 80), text);
  EXPECT_EQ(wrap_text(kSentence, 0), kSentence) << "width 0: never wrapped (pipes)";
  EXPECT_EQ(wrap_text(kSentence, 200), kSentence);
}

TEST(Wrap, AHangAlignsContinuationsWithAColumn) {
  // yoy blame: since, editions, reworded, then the sentence from column 26.
  const std::string row =
      "2024         2      2025  1. End the use of state-sponsored forced labor, including that "
      "performed in prison camps, through mass mobilizations of adults and children.";
  const std::vector<std::string> lines = lines_of(wrap_text(row, 80, 26));
  ASSERT_GE(lines.size(), 2u);
  EXPECT_EQ(lines[0].rfind("2024         2      2025  1. End", 0), 0u) << "padding kept";
  for (std::size_t i = 1; i < lines.size(); ++i) {
    EXPECT_EQ(lines[i].substr(0, 26), std::string(26, ' '));
    EXPECT_NE(lines[i][26], ' ');
  }
}

TEST(Wrap, AColourIsClosedAtTheBreakAndReopened) {
  std::string line = "  ~ ";
  for (int i = 0; i < 12; ++i) line += "word ";
  line += "\x1b[32m{+";
  for (int i = 0; i < 12; ++i) line += "inserted ";
  line += "words+}\x1b[0m and the rest";
  const std::vector<std::string> lines = lines_of(wrap_text(line, 60));
  ASSERT_GE(lines.size(), 3u);
  bool inside = false;  // within the inserted words
  for (const std::string& l : lines) {
    const std::size_t text = l.find_first_not_of(' ');
    if (inside) {
      EXPECT_EQ(l.compare(text, 5, "\x1b[32m"), 0) << "reopened: " << l;
    }
    const std::size_t open = l.rfind("\x1b[32m"), close = l.rfind("\x1b[0m");
    EXPECT_TRUE(open == std::string::npos || (close != std::string::npos && close > open))
        << "closed at the end of the line: " << l;
    if (open != std::string::npos) inside = l.find("+}") == std::string::npos;
  }
}

TEST(Wrap, AWordLongerThanTheWidthStaysWhole) {
  const std::string url =
      "https://www.state.gov/reports/2025-trafficking-in-persons-report/north-korea/";
  const std::vector<std::string> lines = lines_of(wrap_text("see " + url + " now", 40));
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[1], "  " + url);
}

}  // namespace
}  // namespace yoy
