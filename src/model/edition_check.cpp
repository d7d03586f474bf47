// Validation of edition inputs: names, years, and report bytes.
#include "yoy/model/edition_check.h"

#include <map>
#include <string>

#include "yoy/util/ascii.h"
#include "yoy/util/error.h"
#include "yoy/util/limits.h"
#include "yoy/util/printable.h"
#include "yoy/util/utf8.h"

namespace yoy {

void check_name(std::string_view kind, std::string_view name, std::string_view where) {
  const bool extension = kind == "extension";
  const std::string rule =
      extension ? "an extension is 1 to " + std::to_string(kMaxExtensionBytes) +
                      " ASCII letters and digits"
                : "a " + std::string(kind) +
                      " is ASCII letters, digits, '-', '_' and '.', starting with a letter or "
                      "digit, at most " +
                      std::to_string(kMaxNameBytes) + " bytes";
  auto fail = [&](const std::string& why) {
    std::string hint = kind == "report id" ? " (rename the file, or give one file --id)" : "";
    throw InputError(std::string(where) + ": bad " + std::string(kind) + " " + quoted(name) + ": " +
                     why + "; " + rule + hint);
  };
  auto alnum = [](unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  };
  if (name.empty()) fail("empty");
  const std::size_t limit = extension ? kMaxExtensionBytes : kMaxNameBytes;
  if (name.size() > limit) fail(std::to_string(name.size()) + " bytes");
  for (std::size_t i = 0; i < name.size(); ++i) {
    const auto c = static_cast<unsigned char>(name[i]);
    if (alnum(c) || (!extension && (c == '-' || c == '_' || c == '.'))) continue;
    // Name the offending character itself (a whole UTF-8 sequence when non-ASCII).
    std::size_t n = 1;
    while (c >= 0xc0 && i + n < name.size() &&
           (static_cast<unsigned char>(name[i + n]) & 0xc0) == 0x80)
      ++n;
    if (c == ' ') fail("a space is not allowed");
    if (c < 0x20 || c == 0x7f) {
      const char* hex = "0123456789abcdef";
      fail(std::string("'\\x") + hex[c >> 4] + hex[c & 15] + "' is not allowed");
    }
    fail(quoted(name.substr(i, n)) + " is not allowed");
  }
  if (!alnum(static_cast<unsigned char>(name.front())))
    fail("starts with " + quoted(name.substr(0, 1)));
  if (name.find("..") != std::string_view::npos) fail("contains '..'");
  if (name.back() == '.') fail("ends with '.'");
  if (name.size() >= 5 && name.substr(name.size() - 5) == ".lock")
    fail("ends with '.lock' (git reserves it)");
  if (kind == "report id") {
    if (ascii_lower(name) == "index") fail("reserved (yoy summary writes index.md and index.html)");
  }
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

void check_edition_names(const Edition& edition) {
  const std::string where = edition.series + " " + std::to_string(edition.year);
  check_name("series", edition.series, where);
  check_year(edition.year, where);
  if (edition.files.empty()) throw InputError(where + ": an edition needs at least one report");
  // Ids become file names: two that differ only by case collide on macOS and Windows.
  std::map<std::string, std::string> seen;  // lower-cased id -> id
  for (const EditionFile& file : edition.files) {
    const std::string& source = file.source.empty() ? file.id : file.source;
    check_name("report id", file.id, source);
    check_name("extension", file.extension, source);
    auto [it, fresh] = seen.emplace(ascii_lower(file.id), file.id);
    if (!fresh) {
      throw InputError(source + ": report id " + quoted(file.id) +
                       (it->second == file.id
                            ? " appears twice in " + where
                            : " and " + quoted(it->second) + " differ only by case in " + where));
    }
  }
}

void check_edition(const Edition& edition) {
  check_edition_names(edition);
  for (const EditionFile& file : edition.files)
    check_report_bytes(file.bytes, edition.max_file_bytes,
                       file.source.empty() ? file.id : file.source);
}

}  // namespace yoy
