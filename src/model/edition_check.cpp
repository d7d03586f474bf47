// Validation of edition inputs: names, years, and report bytes.
#include "yoy/model/edition_check.h"

#include <set>
#include <string>

#include "yoy/util/error.h"
#include "yoy/util/limits.h"
#include "yoy/util/utf8.h"

namespace yoy {

namespace {

std::string quoted(std::string_view name) {
  std::string out = "'";
  for (unsigned char c : name) {
    if (c < 0x20 || c == 0x7f) {
      static const char* digits = "0123456789abcdef";
      out += "\\x";
      out += digits[c >> 4];
      out += digits[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "'";
}

}  // namespace

void check_name(std::string_view kind, std::string_view name, std::string_view where) {
  auto fail = [&](const std::string& why) {
    throw InputError(std::string(where) + ": bad " + std::string(kind) + " " + quoted(name) + ": " +
                     why);
  };
  if (name.empty()) fail("empty");
  if (name.size() > 200) fail("longer than 200 bytes");
  if (name.front() == '.') fail("starts with '.'");
  if (name.find("..") != std::string_view::npos) fail("contains '..'");
  for (unsigned char c : name) {
    if (c < 0x20 || c == 0x7f) fail("contains a control character");
    if (c == '/' || c == '\\') fail("contains a path separator");
    // Characters git refuses in ref names (series names become refs/heads/<series>).
    if (c == ':' || c == '?' || c == '*' || c == '[' || c == '~' || c == '^') {
      fail(std::string("contains '") + static_cast<char>(c) + "'");
    }
  }
  if (name.front() == ' ' || name.back() == ' ') fail("starts or ends with a space");
  if (name.back() == '.') fail("ends with '.'");
  if (name.find("@{") != std::string_view::npos) fail("contains '@{'");
  if (name.size() >= 5 && name.substr(name.size() - 5) == ".lock") fail("ends with '.lock'");
  if (first_invalid_utf8(name) != std::string_view::npos) fail("not valid UTF-8");
}

void check_year(int year, std::string_view where) {
  if (year < kFirstYear || year > kLastYear) {
    throw InputError(std::string(where) + ": year " + std::to_string(year) + " is outside " +
                     std::to_string(kFirstYear) + "-" + std::to_string(kLastYear));
  }
}

void check_report_bytes(std::string_view bytes, std::size_t max_bytes, std::string_view where) {
  std::string at(where);
  if (bytes.empty()) throw InputError(at + ": empty file");
  limits::check_input_size(bytes.size(), max_bytes, at);
  if (auto nul = bytes.find('\0'); nul != std::string_view::npos) {
    throw InputError(at + ": binary file (NUL byte at byte " + std::to_string(nul) +
                     "), not a text report");
  }
  if (auto bad = first_invalid_utf8(bytes); bad != std::string_view::npos) {
    throw InputError(at + ": invalid UTF-8 at byte " + std::to_string(bad));
  }
}

void check_edition(const Edition& edition) {
  std::string where = edition.series + " " + std::to_string(edition.year);
  check_name("series", edition.series, where);
  check_year(edition.year, where);
  if (edition.files.empty()) throw InputError(where + ": an edition needs at least one report");
  std::set<std::string> seen;
  for (const EditionFile& file : edition.files) {
    const std::string& source = file.source.empty() ? file.id : file.source;
    check_name("report id", file.id, source);
    check_name("extension", file.extension, source);
    check_report_bytes(file.bytes, edition.max_file_bytes, source);
    if (!seen.insert(file.id).second) {
      throw InputError(source + ": report id '" + file.id + "' appears twice in " + where);
    }
  }
}

}  // namespace yoy
