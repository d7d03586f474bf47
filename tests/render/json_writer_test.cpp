// The streaming JSON writer: its bytes are nlohmann::json::dump(2)'s for the
// same document (the oracle here), whatever the nesting, escapes, numbers and
// empty containers; pieces written at a depth join into the whole.
#include "render/json_writer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>

using yoy::JsonWriter;

namespace {

std::string dump(const nlohmann::ordered_json& j) {
  return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

TEST(JsonWriter, ADocumentAsNlohmannPrintsIt) {
  std::string out;
  JsonWriter w(out);
  w.begin_object();
  w.key("format");
  w.string("yoy.changes/2");
  w.key("from");
  w.begin_object();
  w.key("series");
  w.string("tip");
  w.key("year");
  w.integer(2024);
  w.end_object();
  w.key("reports");
  w.begin_array();
  w.begin_object();
  w.key("id");
  w.string("north-korea");
  w.key("rating");
  w.null();
  w.key("changed");
  w.boolean(true);
  w.key("values");
  w.begin_array();
  w.number(80000);
  w.number(200000);
  w.end_array();
  w.key("empty_list");
  w.begin_array();
  w.end_array();
  w.key("empty_object");
  w.begin_object();
  w.end_object();
  w.end_object();
  w.end_array();
  w.end_object();

  nlohmann::ordered_json j;
  j["format"] = "yoy.changes/2";
  j["from"]["series"] = "tip";
  j["from"]["year"] = 2024;
  nlohmann::ordered_json report;
  report["id"] = "north-korea";
  report["rating"] = nullptr;
  report["changed"] = true;
  report["values"] = {80000, 200000};
  report["empty_list"] = nlohmann::ordered_json::array();
  report["empty_object"] = nlohmann::ordered_json::object();
  j["reports"] = nlohmann::ordered_json::array({report});
  EXPECT_EQ(out, dump(j));
}

TEST(JsonWriter, StringsEscapeAsNlohmannDoes) {
  const std::string texts[] = {
      "plain",
      "quote \" backslash \\ slash /",
      "\b\f\n\r\t",
      std::string("nul \0 and \x01 \x1f", 13),
      "\x7f del stays",
      "Côte d’Ivoire — “quoted”",
      "bad \xff utf-8 \xc3",  // invalid: replaced by U+FFFD
  };
  for (const std::string& text : texts) {
    std::string out;
    yoy::append_json_string(out, text);
    EXPECT_EQ(out, dump(nlohmann::ordered_json(text))) << text;
  }
}

// Whole numbers below 9·10^15 print as integers; past it, and any fraction,
// as nlohmann prints a double.
TEST(JsonWriter, NumbersWholeOrReal) {
  auto number = [](double v) {
    std::string out;
    JsonWriter(out).number(v);
    return out;
  };
  auto real = [](double v) {
    std::string out;
    JsonWriter(out).real(v);
    return out;
  };
  EXPECT_EQ(number(3), "3");
  EXPECT_EQ(number(-120000), "-120000");
  EXPECT_EQ(number(0), "0");
  EXPECT_EQ(number(8'999'999'999'999'999.0), "8999999999999999");
  EXPECT_EQ(number(9e15), nlohmann::json(9e15).dump());
  EXPECT_NE(number(9e15), "9000000000000000");
  EXPECT_EQ(number(66.66666), nlohmann::json(66.66666).dump());
  EXPECT_EQ(number(0.5), "0.5");
  EXPECT_EQ(real(3), "3.0");
  EXPECT_EQ(real(std::numeric_limits<double>::infinity()), "null");
  EXPECT_EQ(number(std::nan("")), "null");
}

// A piece written at depth 2 continues a document whose containers have members.
TEST(JsonWriter, PiecesAtADepthJoinTheWhole) {
  nlohmann::ordered_json j;
  j["reports"] = nlohmann::ordered_json::array({{{"id", "a"}}, {{"id", "b"}}});
  const std::string whole = dump(j);

  std::string out;
  JsonWriter head(out);
  head.begin_object();
  head.key("reports");
  head.begin_array();
  head.begin_object();
  head.key("id");
  head.string("a");
  head.end_object();
  // The second report as a worker writes it, on its own.
  std::string piece;
  JsonWriter worker(piece, 2);
  worker.begin_object();
  worker.key("id");
  worker.string("b");
  worker.end_object();
  EXPECT_EQ(piece.rfind(",\n    {", 0), 0u) << piece;
  out += piece;
  // Then the document is closed around it.
  out += "\n  ]\n}";
  EXPECT_EQ(out, whole);
}

TEST(JsonWriter, TopLevelScalarsAndEmptyContainers) {
  std::string out;
  JsonWriter(out).string("x");
  EXPECT_EQ(out, "\"x\"");
  out.clear();
  JsonWriter w(out);
  w.begin_array();
  w.end_array();
  EXPECT_EQ(out, "[]");
}
