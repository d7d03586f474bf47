#pragma once
// Text from reports and archives on its way to a terminal, a CI log, a page or
// a message: the one definition of the controls no output shows raw, so a
// report can neither paint the screen (ESC, BEL, CSI) nor forge a line of
// yoy's output (a newline before "OK: 0 errors") nor reorder what is shown
// (U+202E). printable() (text), the HTML, XML and Markdown escapers and CSV
// fields all step through text with text_unit() and spell a control with
// append_visible(); only line breaks and tabs are each output's own business.
#include <cstddef>
#include <string>
#include <string_view>

namespace yoy {

// One character of text at text[i]: its length in bytes (a byte that is not
// UTF-8 stands alone) and whether it is a hidden control: a C0 control other
// than tab, LF and CR; DEL; a C1 control (U+0080-U+009F); a bidirectional
// embedding, override or isolate (U+202A-U+202E, U+2066-U+2069); a byte that
// is not UTF-8.
struct TextUnit {
  std::size_t bytes = 1;
  bool control = false;
};
TextUnit text_unit(std::string_view text, std::size_t i);

// The visible spelling of a hidden control (the bytes text_unit found): a
// single byte as "\x1b", a code point as "\u202e". Plain ASCII, so every
// output can carry it.
void append_visible(std::string& out, std::string_view control);

// `text` with every control made visible or harmless: tab kept; CR and LF
// become a space (a field stays on its line); every hidden control its
// visible spelling ("\x1b", "\u202e", "\xff"). Everything else passes unchanged.
std::string printable(std::string_view text);

// 'name' with printable() applied: names quoted in messages.
std::string quoted(std::string_view name);

}  // namespace yoy
