#pragma once
// How wide the terminal that shows stdout is, for output wrapped to it.
#include <cstddef>

namespace yoy::cli {

// 0 when stdout is no terminal (a pipe, a file: output is never wrapped there);
// else $COLUMNS when it holds a width (at least 20), else the terminal's own
// width (TIOCGWINSZ), else 80.
std::size_t terminal_width();

}  // namespace yoy::cli
