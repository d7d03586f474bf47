#pragma once
// Validation of everything that goes into an edition, before anything is written.
// Each check throws InputError("<where>: <what is wrong>").
#include <cstddef>
#include <string_view>

#include "yoy/model/edition.h"

namespace yoy {

inline constexpr int kFirstYear = 1900;
inline constexpr int kLastYear = 2200;
inline constexpr std::size_t kMaxNameBytes = 100;
inline constexpr std::size_t kMaxExtensionBytes = 16;

// The one rule for names, used by ingest, import-git and command-line
// addresses. Series and report ids become ref names, tree entries, file names
// and Markdown/HTML links, so they are ASCII letters, digits, '-', '_' and
// '.', start with a letter or digit, hold at most kMaxNameBytes, never "..",
// a trailing '.' or ".lock"; the report id "index" (any case) is reserved.
// An extension is 1 to kMaxExtensionBytes letters and digits. `kind` is
// "series", "report id" or "extension"; the message states the rule.
void check_name(std::string_view kind, std::string_view name, std::string_view where);
void check_year(int year, std::string_view where);
// Non-empty, under max_bytes, not binary (no NUL), valid UTF-8.
void check_report_bytes(std::string_view bytes, std::size_t max_bytes, std::string_view where);
// Series, year and every id and extension, plus no id twice (or twice but
// for case) in one edition; the bytes are not looked at.
void check_edition_names(const Edition& edition);
// check_edition_names, and every file's bytes.
void check_edition(const Edition& edition);

}  // namespace yoy
