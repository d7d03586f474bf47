#pragma once
// A streaming JSON writer whose bytes match nlohmann::json::dump(2) (two-space
// indent, "key": value, [] and {} when empty, invalid UTF-8 replaced by U+FFFD),
// so large ChangeSets are written without building a JSON tree first.
#include <string>
#include <string_view>
#include <vector>

namespace yoy {

class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}
  // Writes values inside `depth` containers that already have members (a piece
  // of a larger document: its first value starts with ",\n" and the indent).
  JsonWriter(std::string& out, std::size_t depth) : out_(out), has_members_(depth, true) {}

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  // The member name; the next call writes its value.
  void key(std::string_view name);

  void string(std::string_view text);
  void integer(long long value);
  void number(double value);  // whole numbers below 2^53 as integers, others as real()
  void real(double value);    // always a JSON double ("1.0"), as nlohmann prints it
  void boolean(bool value);
  void null();

 private:
  void open(char bracket);
  void close(char bracket);
  void before_value();
  void newline_and_indent(std::size_t depth);

  std::string& out_;
  std::vector<bool> has_members_;  // per open container
  bool after_key_ = false;
};

// text as a JSON string literal (quotes included), appended to out.
void append_json_string(std::string& out, std::string_view text);

}  // namespace yoy
