#include "render/json_writer.h"

#include <cmath>
#include <nlohmann/json.hpp>

#include "yoy/util/utf8.h"

namespace yoy {
namespace {

constexpr char kHex[] = "0123456789abcdef";

bool needs_escape(unsigned char c) { return c < 0x20 || c == '"' || c == '\\'; }

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
  if (first_invalid_utf8(text) != std::string_view::npos) {
    // Rare (inputs are checked on the way in): nlohmann's own replacement rules.
    out += nlohmann::json(std::string(text))
               .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return;
  }
  out += '"';
  std::size_t run = 0;  // start of the stretch copied as is
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (!needs_escape(c)) continue;
    out.append(text.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 0xF];
    }
  }
  out.append(text.data() + run, text.size() - run);
  out += '"';
}

void JsonWriter::newline_and_indent(std::size_t depth) {
  out_ += '\n';
  out_.append(2 * depth, ' ');
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (has_members_.empty()) return;  // the top-level value
  if (has_members_.back()) out_ += ',';
  has_members_.back() = true;
  newline_and_indent(has_members_.size());
}

void JsonWriter::key(std::string_view name) {
  if (has_members_.back()) out_ += ',';
  has_members_.back() = true;
  newline_and_indent(has_members_.size());
  append_json_string(out_, name);
  out_ += ": ";
  after_key_ = true;
}

void JsonWriter::open(char bracket) {
  before_value();
  out_ += bracket;
  has_members_.push_back(false);
}

void JsonWriter::close(char bracket) {
  const bool had_members = has_members_.back();
  has_members_.pop_back();
  if (had_members) newline_and_indent(has_members_.size());
  out_ += bracket;
}

void JsonWriter::string(std::string_view text) {
  before_value();
  append_json_string(out_, text);
}

void JsonWriter::integer(long long value) {
  before_value();
  out_ += std::to_string(value);
}

void JsonWriter::number(double value) {
  if (std::isfinite(value) && std::fabs(value) < 9.0e15 && value == std::floor(value))
    return integer(static_cast<long long>(value));
  real(value);
}

void JsonWriter::real(double value) {
  before_value();
  out_ += nlohmann::json(value).dump();  // shortest round-trip form; null when not finite
}

void JsonWriter::boolean(bool value) {
  before_value();
  out_ += value ? "true" : "false";
}

void JsonWriter::null() {
  before_value();
  out_ += "null";
}

}  // namespace yoy
