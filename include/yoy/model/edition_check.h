#pragma once
// Validation of everything that goes into an edition, before anything is written.
// Each check throws InputError("<where>: <what is wrong>").
#include <cstddef>
#include <string_view>

#include "yoy/model/edition.h"

namespace yoy {

inline constexpr int kFirstYear = 1900;
inline constexpr int kLastYear = 2200;

// Report ids and series names become file and ref names: no '/', '\\', "..",
// control characters, spaces at either end, leading '.', or git-reserved forms.
void check_name(std::string_view kind, std::string_view name, std::string_view where);
void check_year(int year, std::string_view where);
// Non-empty, under max_bytes, not binary (no NUL), valid UTF-8.
void check_report_bytes(std::string_view bytes, std::size_t max_bytes, std::string_view where);
// All of the above for every file, plus no id twice in one edition.
void check_edition(const Edition& edition);

}  // namespace yoy
