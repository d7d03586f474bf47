// normalize_text: a text or Markdown report page → the report's paragraphs.
// Lines are grouped into units (paragraphs, headings, bullets); page chrome is
// dropped; paragraphs a page break cut mid-sentence are joined again.
#include <string>

#include "normalize/markdown_inline.h"
#include "normalize/page_chrome.h"
#include "yoy/normalize/normalize.h"

namespace yoy {

namespace {

struct Line {
  std::string_view text;  // without the line break, trimmed
  std::size_t begin = 0, end = 0;
};

struct Unit {
  std::string text;  // lines joined by single spaces, as written
  ByteSpan span;
  int heading_level = 0;
  bool list_item = false;
};

bool is_blank_char(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_blank_char(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_blank_char(s.back())) s.remove_suffix(1);
  return s;
}

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  lines.reserve(text.size() / 40 + 1);
  std::size_t begin = 0;
  while (begin <= text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view raw = text.substr(begin, end - begin);
    const std::string_view t = trim(raw);
    const std::size_t lead = t.empty() ? 0 : static_cast<std::size_t>(t.data() - raw.data());
    lines.push_back({t, begin + lead, begin + lead + t.size()});
    if (end == text.size()) break;
    begin = end + 1;
  }
  return lines;
}

// "## Heading ##" → level 2 and "Heading"; 0 when not an ATX heading.
int atx_heading(std::string_view& line) {
  int level = 0;
  while (level < static_cast<int>(line.size()) && line[level] == '#') ++level;
  if (level == 0 || level > 6) return 0;
  if (static_cast<std::size_t>(level) < line.size() && line[level] != ' ') return 0;
  std::string_view rest = trim(line.substr(level));
  while (!rest.empty() && rest.back() == '#') rest.remove_suffix(1);
  line = trim(rest);
  return level;
}

// "- item", "* item", "• item", "1. item", "2) item" → the item text; empty view when no marker.
bool strip_bullet(std::string_view& line) {
  if (line.size() >= 2 && (line[0] == '-' || line[0] == '*' || line[0] == '+') && line[1] == ' ') {
    line = trim(line.substr(2));
    return true;
  }
  if (line.rfind("\xE2\x80\xA2", 0) == 0) {  // •
    line = trim(line.substr(3));
    return true;
  }
  std::size_t d = 0;
  while (d < line.size() && d < 3 && line[d] >= '0' && line[d] <= '9') ++d;
  if (d > 0 && d + 1 < line.size() && (line[d] == '.' || line[d] == ')') && line[d + 1] == ' ') {
    line = trim(line.substr(d + 2));
    return true;
  }
  return false;
}

bool is_rule(std::string_view line, char c) {
  if (line.size() < 3) return false;
  for (char ch : line)
    if (ch != c && ch != ' ') return false;
  return true;
}

std::vector<Unit> group_units(const std::vector<Line>& lines) {
  std::vector<Unit> units;
  bool open = false;  // the last unit still takes continuation lines
  bool skip_next = false;
  for (const Line& line : lines) {
    std::string_view t = line.text;
    if (t.empty()) {
      open = false;
      continue;
    }
    if (skip_next) {  // the line after "IN THIS SECTION /" repeats the page heading
      skip_next = false;
      continue;
    }
    if (chrome::classify(t) == chrome::Kind::in_this_section) {
      skip_next = true;
      open = false;
      continue;
    }
    // Setext underline: the previous single-line paragraph becomes a heading.
    if (open && (is_rule(t, '=') || is_rule(t, '-')) && !units.empty() &&
        units.back().heading_level == 0 && !units.back().list_item &&
        units.back().text.find('\n') == std::string::npos) {
      units.back().heading_level = t[0] == '=' ? 1 : 2;
      units.back().span.end = line.end;
      open = false;
      continue;
    }
    if (is_rule(t, '-') || is_rule(t, '*') || is_rule(t, '_')) {  // thematic break
      open = false;
      continue;
    }
    if (const int level = atx_heading(t); level > 0) {
      units.push_back({std::string(t), {line.begin, line.end}, level, false});
      open = false;
      continue;
    }
    if (strip_bullet(t)) {
      units.push_back({std::string(t), {line.begin, line.end}, 0, true});
      open = true;
      continue;
    }
    if (open) {
      Unit& u = units.back();
      u.text += ' ';
      u.text.append(t);
      u.span.end = line.end;
      continue;
    }
    units.push_back({std::string(t), {line.begin, line.end}, 0, false});
    open = true;
  }
  return units;
}

bool is_lower_ascii(char c) { return c >= 'a' && c <= 'z'; }

// Does the paragraph end like a finished sentence or heading?
bool ends_finished(std::string_view s) {
  while (!s.empty() && (s.back() == '"' || s.back() == '\'' || s.back() == ')' || s.back() == '*'))
    s.remove_suffix(1);
  if (s.size() >= 3 &&
      (s.substr(s.size() - 3) == "\xE2\x80\x9D" || s.substr(s.size() - 3) == "\xE2\x80\x99"))
    s.remove_suffix(3);
  if (s.empty()) return true;
  const char c = s.back();
  return c == '.' || c == '!' || c == '?' || c == ':' || c == ';';
}

bool has_lower(std::string_view s) {
  for (char c : s)
    if (is_lower_ascii(c)) return true;
  return false;
}

// A page break cut this paragraph in the middle of a sentence: it does not end
// finished, it is body text (long, mixed case) and the next one starts lower-case.
bool cut_mid_sentence(const Unit& a, const Unit& b) {
  if (a.heading_level || b.heading_level || a.list_item || b.list_item) return false;
  if (a.text.size() < 40 || !has_lower(a.text) || ends_finished(a.text)) return false;
  return !b.text.empty() && is_lower_ascii(b.text[0]);
}

std::string display_form(std::string_view s) {
  std::string t = strip_markdown_links(s);
  if (t.find('&') != std::string::npos) t = decode_entities(t);
  return nfc(t);
}

}  // namespace

CleanText normalize_text(std::string_view utf8) {
  if (utf8.size() >= 3 && utf8.substr(0, 3) == "\xEF\xBB\xBF") {
    // Keep byte spans true to the source: lines are found after the BOM.
    CleanText clean = normalize_text(utf8.substr(3));
    for (TextBlock& b : clean.blocks) b.span.begin += 3, b.span.end += 3;
    return clean;
  }
  std::vector<Unit> units = group_units(split_lines(utf8));
  CleanText clean;
  bool in_tags = false;
  std::vector<Unit> kept;
  kept.reserve(units.size());
  for (Unit& u : units) {
    u.text = display_form(u.text);
    const chrome::Kind kind = chrome::classify(u.text);
    if (kind == chrome::Kind::tags_heading) {
      in_tags = true;
      continue;
    }
    if (kind != chrome::Kind::none) continue;
    if (in_tags) {
      if (chrome::looks_like_tag(u.text)) {
        clean.tags.push_back(u.text);
        continue;
      }
      in_tags = false;
    }
    if (clean.title.empty() && u.heading_level <= 1 && u.text.size() < 200 &&
        u.text.find("Trafficking in Persons Report") != std::string::npos && u.text.size() > 4 &&
        u.text[0] >= '1' && u.text[0] <= '2') {
      clean.title = u.text;  // "2025 Trafficking in Persons Report: ..."
      continue;
    }
    if (!kept.empty() && cut_mid_sentence(kept.back(), u)) {
      kept.back().text += ' ';
      kept.back().text += u.text;
      kept.back().span.end = u.span.end;
      continue;
    }
    kept.push_back(std::move(u));
  }
  clean.blocks.reserve(kept.size());
  for (Unit& u : kept) {
    TextBlock b;
    b.text = std::move(u.text);
    b.span = u.span;
    b.heading_level = u.heading_level;
    b.list_item = u.list_item;
    clean.blocks.push_back(std::move(b));
  }
  return clean;
}

}  // namespace yoy
