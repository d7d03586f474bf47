// Wrapping text for terminals (see wrap.h).
#include "yoy/render/wrap.h"

#include <vector>

namespace yoy {

namespace {

bool utf8_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The length of the ANSI colour sequence at `i`, or 0.
std::size_t escape_at(std::string_view text, std::size_t i) {
  if (text[i] != '\x1b' || i + 1 >= text.size() || text[i + 1] != '[') return 0;
  std::size_t j = i + 2;
  while (j < text.size() && ((text[j] >= '0' && text[j] <= '9') || text[j] == ';')) ++j;
  return j < text.size() && text[j] == 'm' ? j + 1 - i : 0;
}

struct Word {
  std::string text;
  std::size_t width = 0;
  std::size_t gap = 1;  // spaces before it in the line (a table's padding is kept)
};

// The colour in force at the end of `text` ("" when none): the last SGR sequence
// unless it was a reset.
void track_colour(std::string_view text, std::string& colour) {
  for (std::size_t i = 0; i < text.size(); ++i)
    if (const std::size_t n = escape_at(text, i)) {
      const std::string_view seq = text.substr(i, n);
      colour = seq == "\x1b[0m" || seq == "\x1b[m" ? "" : std::string(seq);
      i += n - 1;
    }
}

std::string wrap_line(std::string_view line, std::size_t width, std::size_t hang) {
  std::size_t indent = 0;
  while (indent < line.size() && line[indent] == ' ') ++indent;
  std::size_t continuation = hang != std::string_view::npos ? hang : indent + 2;
  if (continuation * 2 > width) continuation = indent < width / 2 ? indent : 0;
  std::vector<Word> words;
  Word current;
  std::size_t spaces = 0;
  for (std::size_t i = indent; i < line.size(); ++i) {
    if (line[i] == ' ') {
      if (!current.text.empty()) words.push_back(current);
      current = {};
      ++spaces;
      continue;
    }
    if (current.text.empty()) {
      current.gap = spaces;
      spaces = 0;
    }
    if (const std::size_t n = escape_at(line, i)) {
      current.text.append(line.substr(i, n));
      i += n - 1;
      continue;
    }
    current.text += line[i];
    if (!utf8_continuation(line[i])) ++current.width;
  }
  if (!current.text.empty()) words.push_back(current);

  std::string out(indent, ' '), colour;
  std::size_t column = indent;
  bool first_on_line = true;
  for (const Word& word : words) {
    if (!first_on_line && column + word.gap + word.width > width) {
      if (!colour.empty()) out += "\x1b[0m";
      out += "\n" + std::string(continuation, ' ') + colour;
      column = continuation;
      first_on_line = true;
    }
    if (!first_on_line) {
      out += std::string(word.gap, ' ');
      column += word.gap;
    }
    out += word.text;
    column += word.width;
    track_colour(word.text, colour);
    first_on_line = false;
  }
  return out;
}

}  // namespace

std::size_t display_width(std::string_view line) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (const std::size_t n = escape_at(line, i)) {
      i += n - 1;
      continue;
    }
    if (!utf8_continuation(line[i])) ++width;
  }
  return width;
}

std::string wrap_text(std::string_view text, std::size_t width, std::size_t hang) {
  if (width == 0) return std::string(text);
  std::string out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    const bool newline = end != std::string_view::npos;
    if (!newline) end = text.size();
    const std::string_view line = text.substr(start, end - start);
    out += display_width(line) > width ? wrap_line(line, width, hang) : std::string(line);
    if (newline) out += '\n';
    start = end + 1;
  }
  return out;
}

}  // namespace yoy
