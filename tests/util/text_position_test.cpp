// Where in a text: line and column (in characters) of a byte offset, and
// nlohmann's parse errors without their position and echoed bytes.
#include "yoy/util/text_position.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

namespace yoy {
namespace {

// A policy file's opening lines, with a country name of two-byte characters.
const std::string kText = "{\n  \"Côte d'Ivoire\": 2,\n}";

TEST(TextPosition, LineAndColumnOfAByteOffset) {
  EXPECT_EQ(line_column(kText, 0), "line 1, column 1");
  EXPECT_EQ(line_column(kText, 1), "line 1, column 2") << "at the newline, still line 1";
  EXPECT_EQ(line_column(kText, 2), "line 2, column 1") << "just past it";
  EXPECT_EQ(line_column(kText, 5), "line 2, column 4") << "the 'C'";
  // 'ô' is two bytes and one column: the byte after it is column 6, not 7.
  const std::size_t o = kText.find("ô");
  EXPECT_EQ(line_column(kText, o), "line 2, column 5");
  EXPECT_EQ(line_column(kText, o + 2), "line 2, column 6");
  // Inside the character (its second byte) it is already counted.
  EXPECT_EQ(line_column(kText, o + 1), "line 2, column 6");
  EXPECT_EQ(line_column(kText, kText.size() - 1), "line 3, column 1");
}

TEST(TextPosition, AnOffsetPastTheEndIsTheEnd) {
  EXPECT_EQ(line_column(kText, kText.size()), "line 3, column 2");
  EXPECT_EQ(line_column(kText, kText.size() + 100), "line 3, column 2");
  EXPECT_EQ(line_column("", 7), "line 1, column 1");
  EXPECT_EQ(line_column("a\n", 2), "line 2, column 1");
}

std::string parse_error_of(const std::string& json) {
  try {
    const nlohmann::json parsed = nlohmann::json::parse(json);
    return "parsed: " + parsed.dump();
  } catch (const nlohmann::json::exception& e) {
    return e.what();
  }
  return "";
}

// The real messages nlohmann gives: the prefix up to the position's colon goes,
// and so does the echo of what was read (it can be long, or the bad bytes).
TEST(TextPosition, JsonErrorDetailOfRealParseErrors) {
  const std::string trailing_comma = parse_error_of(kText);
  ASSERT_NE(trailing_comma.find("line 3, column 1"), std::string::npos) << trailing_comma;
  EXPECT_EQ(json_error_detail(trailing_comma),
            "syntax error while parsing object key - unexpected '}'; expected string literal");
  const std::string bad_literal = parse_error_of("{\"tier\": tru}");
  ASSERT_NE(bad_literal.find("; last read: '\"tier\": tru}'"), std::string::npos) << bad_literal;
  EXPECT_EQ(json_error_detail(bad_literal), "syntax error while parsing value - invalid literal");
  // The echo holds an apostrophe of the text ("Côte d'Ivoire"): all of it goes
  // all the same, and what follows it ("; expected ...") stays.
  const std::string apostrophe = parse_error_of("{\"Côte d'Ivoire\": tru}");
  ASSERT_NE(apostrophe.find("; last read: '\"Côte d'Ivoire\": tru}'"), std::string::npos)
      << apostrophe;
  EXPECT_EQ(json_error_detail(apostrophe), "syntax error while parsing value - invalid literal");
  const std::string expected = parse_error_of("{\"Côte d'Ivoire\" tru}");
  ASSERT_NE(expected.find("tru}'; expected ':'"), std::string::npos) << expected;
  EXPECT_EQ(json_error_detail(expected),
            "syntax error while parsing object separator - invalid literal; expected ':'");
  const std::string single_quote = parse_error_of("[1, 2, 'x']");
  EXPECT_EQ(json_error_detail(single_quote), "syntax error while parsing value - invalid literal");
  const std::string control = parse_error_of("\"a\x01\"");
  EXPECT_EQ(json_error_detail(control),
            "syntax error while parsing value - invalid string: control character U+0001 (SOH) "
            "must be escaped to \\u0001");
}

// Messages without a position keep what follows the exception's id; an echo
// with no closing quote is cut to the end; anything else is left alone.
TEST(TextPosition, JsonErrorDetailOfOtherShapes) {
  std::string type_error;
  try {
    type_error = nlohmann::json(3).get<std::string>();
  } catch (const nlohmann::json::exception& e) {
    type_error = e.what();
  }
  EXPECT_EQ(type_error, "[json.exception.type_error.302] type must be string, but is number");
  EXPECT_EQ(json_error_detail(type_error), "type must be string, but is number");
  EXPECT_EQ(json_error_detail("[x] parse error at line 1, column 2: bad; last read: 'abc"), "bad");
  EXPECT_EQ(json_error_detail("bad; last read: '"), "bad");
  EXPECT_EQ(json_error_detail("bad; last read: ''"), "bad");
  EXPECT_EQ(json_error_detail("bad; last read: 'it's'; expected ':'"), "bad; expected ':'");
  EXPECT_EQ(json_error_detail("no position here"), "no position here");
  EXPECT_EQ(json_error_detail(""), "");
}

}  // namespace
}  // namespace yoy
