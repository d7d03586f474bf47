#pragma once
// Reading rendered text in tests: its lines, and where a column starts as a
// terminal shows it.
#include <cstddef>
#include <string>
#include <vector>

namespace yoy::test {

// The lines of `text`, each without its '\n' (a last line without one is left out).
std::vector<std::string> lines(const std::string& text);

// Code points before `needle` in `line` (the column a terminal shows it at).
std::size_t column_of(const std::string& line, const std::string& needle);

}  // namespace yoy::test
