#pragma once
// Text for a terminal of a given width: long lines broken at spaces, the
// continuation indented, so a paragraph reads as one block instead of running
// past the edge (the terminal's own wrap breaks words and indentation).
#include <cstddef>
#include <string>
#include <string_view>

namespace yoy {

// The columns a line takes on a terminal: UTF-8 code points, ANSI colour
// sequences (ESC [ ... m) taking none.
std::size_t display_width(std::string_view line);

// Every line wider than `width` is broken at spaces into lines of at most
// `width` columns (a word longer than that stays whole on its own line). The
// continuation lines are indented by the line's own indent plus two, or by
// `hang` columns when given (a table's last column: "text" of yoy blame). An
// open colour is closed at each break and reopened on the next line. width 0:
// the text as it is.
std::string wrap_text(std::string_view text, std::size_t width,
                      std::size_t hang = std::string_view::npos);

}  // namespace yoy
