#pragma once
// Text from reports and archives on its way to a terminal, a CI log or a
// message: the one place control characters are neutralised, so a report can
// neither paint the screen (ESC, BEL, CSI) nor forge a line of yoy's output
// (a newline before "OK: 0 errors") nor reorder what is shown (U+202E).
#include <string>
#include <string_view>

namespace yoy {

// `text` with every control made visible or harmless: tab kept; CR and LF
// become a space (a field stays on its line); other C0 controls and DEL become
// "\x1b"; C1 controls (U+0080-U+009F), the bidirectional embeddings, overrides
// and isolates (U+202A-U+202E, U+2066-U+2069) become "\u202e"; a byte that is
// not UTF-8 becomes "\xff". Everything else passes unchanged.
std::string printable(std::string_view text);

// 'name' with printable() applied: names quoted in messages.
std::string quoted(std::string_view name);

}  // namespace yoy
