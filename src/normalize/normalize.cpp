// normalize_text: a text or Markdown report page → the report's paragraphs.
// Lines are grouped into units (paragraphs, headings, bullets); page chrome is
// dropped; paragraphs a page break cut mid-sentence are joined again.
#include <algorithm>
#include <string>

#include "normalize/markdown_inline.h"
#include "normalize/page_chrome.h"
#include "yoy/normalize/headings.h"
#include "yoy/normalize/line_ends.h"
#include "yoy/normalize/normalize.h"
#include "yoy/util/ascii.h"

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

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  lines.reserve(text.size() / 40 + 1);
  std::size_t begin = 0;
  while (begin <= text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view raw = text.substr(begin, end - begin);
    const std::string_view t = ascii_trim(raw);
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
  std::string_view rest = ascii_trim(line.substr(level));
  while (!rest.empty() && rest.back() == '#') rest.remove_suffix(1);
  line = ascii_trim(rest);
  return level;
}

// "- item", "* item", "• item", "1. item", "2) item" → the item text; empty view when no marker.
bool strip_bullet(std::string_view& line) {
  if (line.size() >= 2 && (line[0] == '-' || line[0] == '*' || line[0] == '+') && line[1] == ' ') {
    line = ascii_trim(line.substr(2));
    return true;
  }
  if (line.rfind("\xE2\x80\xA2", 0) == 0) {  // •
    line = ascii_trim(line.substr(3));
    return true;
  }
  std::size_t d = 0;
  while (d < line.size() && d < 3 && line[d] >= '0' && line[d] <= '9') ++d;
  if (d > 0 && d + 1 < line.size() && (line[d] == '.' || line[d] == ')') && line[d + 1] == ' ') {
    line = ascii_trim(line.substr(d + 2));
    return true;
  }
  return false;
}

// Does the line end with the word "Tier" (any case)?
bool ends_with_word_tier(std::string_view line) {
  if (line.size() < 4 || !ascii_iequals(line.substr(line.size() - 4), "tier")) return false;
  return line.size() == 4 || line[line.size() - 5] == ' ';
}

bool is_rule(std::string_view line, char c) {
  if (line.size() < 3) return false;
  for (char ch : line)
    if (ch != c && ch != ' ') return false;
  return true;
}

// How a run of lines (no blank line between them) is laid out. Web copies put
// a paragraph on one line, and some leave no blank line between paragraphs;
// PDF copies and hard-wrapped sources cut paragraphs into lines of about one
// width, and may leave no blank line between paragraphs either.
struct RunLayout {
  bool wrapped = false;   // lines of about one width: a paragraph goes on across them
  std::size_t width = 0;  // the usual line length of a wrapped run
};

std::size_t chars(std::string_view s) {
  std::size_t n = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

constexpr std::size_t kLongestWrappedLine = 200;  // a longer line is a paragraph of its own

RunLayout layout_of_run(const std::vector<Line>& lines, std::size_t begin, std::size_t end) {
  RunLayout layout;
  // Two lines tell nothing of a width; cut_line decides whether they are one paragraph.
  if (end - begin < 3) return layout;
  std::vector<std::size_t> lengths;
  for (std::size_t i = begin; i < end; ++i) lengths.push_back(chars(lines[i].text));
  const std::size_t longest = *std::max_element(lengths.begin(), lengths.end());
  if (longest > kLongestWrappedLine) return layout;
  // Most lines near the longest one: wrapped paragraphs (whose last lines may be short).
  std::size_t full = 0;
  for (std::size_t k = 0; k + 1 < lengths.size(); ++k)
    if (lengths[k] * 10 >= longest * 6) ++full;
  if (full * 10 < (lengths.size() - 1) * 6) return layout;
  layout.wrapped = true;
  std::sort(lengths.begin(), lengths.end());
  layout.width = lengths.size() >= 4 ? lengths[lengths.size() * 9 / 10] : 0;
  return layout;
}

bool starts_upper(std::string_view s) {
  if (s.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(s[0]);
  return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '"' || c >= 0xC0 || c == '(' ||
         c == '[';
}

// Hard-wrapped text without blank lines (PDF copies): where does a paragraph
// or a heading line end? After a short line that finishes a sentence, around a
// heading in capitals, and after a short title-like line that opens the text
// or follows a finished one, when the next line starts a new sentence.
bool wrapped_break(std::string_view before, std::string_view line, std::string_view next,
                   std::size_t width) {
  if (width == 0) return false;
  if (is_all_caps_heading(line) || is_all_caps_heading(next)) return true;
  if (!starts_upper(next) || next[0] == '(' || next[0] == '[') return false;
  // A full line: the paragraph goes on. Greedy wrapping leaves a line short by
  // up to one long word ("anti-trafficking,"), so short means well short.
  const std::size_t n = chars(line);
  if (n * 10 >= width * 7 || n + 20 >= width) return false;
  if (ends_finished(line)) return true;
  const bool title_like = line[0] >= 'A' && line[0] <= 'Z' && line.back() != ',' && n <= 120;
  return title_like && (before.empty() || ends_finished(before));
}

// Joins a continuation line: a word broken after its hyphen at the line end
// ("state-" / "sponsored") is one word again; a soft hyphen disappears.
void append_line(std::string& text, std::string_view line) {
  if (text.size() >= 2 && text.back() == '-' &&
      ((text[text.size() - 2] >= 'a' && text[text.size() - 2] <= 'z') ||
       (text[text.size() - 2] >= 'A' && text[text.size() - 2] <= 'Z')) &&
      !line.empty() && is_ascii_lower(line[0])) {
    text.append(line);
    return;
  }
  if (text.size() >= 2 && text.compare(text.size() - 2, 2, "\xC2\xAD") == 0) {
    text.resize(text.size() - 2);
    text.append(line);
    return;
  }
  text += ' ';
  text.append(line);
}

// Lines that are paragraphs of their own still break inside a sentence now and
// then: the next line goes on in lower case, or this one ends on a word that
// cannot end a sentence ("... organizations and" / "NGOs to combat ...").
bool cut_line(std::string_view line, std::string_view next) {
  if (ends_finished(line)) return false;
  if (is_ascii_lower(next[0])) return true;
  if (line.back() == ',') return true;
  std::size_t word = line.size();
  while (word > 0 && line[word - 1] != ' ') --word;
  const std::string_view last = line.substr(word);
  for (std::string_view w : {"and", "or", "of", "the", "to", "in", "with", "for", "a", "an", "by",
                             "on", "at", "from", "that", "as", "its", "their", "nor"})
    if (last == w) return true;
  return false;
}

std::vector<Unit> group_units(const std::vector<Line>& lines) {
  std::vector<RunLayout> layout(lines.size());
  for (std::size_t i = 0; i < lines.size();) {
    if (lines[i].text.empty()) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < lines.size() && !lines[end].text.empty()) ++end;
    const RunLayout run = layout_of_run(lines, i, end);
    for (std::size_t k = i; k < end; ++k) layout[k] = run;
    i = end;
  }
  // A two-line run in a hard-wrapped text is one paragraph when its first line
  // is a full line of the text's width.
  std::vector<std::size_t> widths;
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (layout[i].wrapped && layout[i].width > 0 && (i == 0 || lines[i - 1].text.empty()))
      widths.push_back(layout[i].width);
  if (!widths.empty()) {
    std::sort(widths.begin(), widths.end());
    const std::size_t width = widths[widths.size() / 2];
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
      const bool pair = !lines[i].text.empty() && !lines[i + 1].text.empty() &&
                        (i == 0 || lines[i - 1].text.empty()) &&
                        (i + 2 >= lines.size() || lines[i + 2].text.empty());
      if (!pair) continue;
      const std::size_t n = chars(lines[i].text);
      if (n * 10 >= width * 6 && n * 10 <= width * 11) layout[i] = layout[i + 1] = {true, width};
    }
  }
  std::vector<Unit> units;
  bool open = false;  // the last unit still takes continuation lines
  bool skip_next = false;
  std::string_view prev, prev_prev;
  for (std::size_t li = 0; li < lines.size(); ++li) {
    const Line& line = lines[li];
    std::string_view t = line.text;
    if (t.empty()) {
      open = false;
      prev = prev_prev = {};
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
    // "... remained on Tier" / "3. During the reporting period": the tier's number
    // wrapped onto the next line is no numbered item (gvnet.com's hard-wrapped pages).
    if (open && !units.empty() && !units.back().list_item && ends_with_word_tier(prev) &&
        !t.empty() && t[0] >= '1' && t[0] <= '3') {
      prev_prev = prev;
      prev = t;
      Unit& u = units.back();
      append_line(u.text, t);
      u.span.end = line.end;
      continue;
    }
    if (open && !prev.empty()) {
      // A line of its own (one paragraph per line), or the end of a wrapped paragraph.
      const bool new_paragraph = layout[li].wrapped
                                     ? wrapped_break(prev_prev, prev, t, layout[li].width)
                                     : !cut_line(prev, t);
      if (new_paragraph) open = false;
    }
    prev_prev = prev;
    prev = t;
    if (strip_bullet(t)) {
      units.push_back({std::string(t), {line.begin, line.end}, 0, true});
      open = true;
      continue;
    }
    if (open) {
      Unit& u = units.back();
      append_line(u.text, t);
      u.span.end = line.end;
      continue;
    }
    units.push_back({std::string(t), {line.begin, line.end}, 0, false});
    open = true;
  }
  return units;
}

bool has_lower(std::string_view s) {
  for (char c : s)
    if (is_ascii_lower(c)) return true;
  return false;
}

// A page break cut this paragraph in the middle of a sentence: it does not end
// finished, it is body text (long, mixed case) and the next one starts lower-case.
bool cut_mid_sentence(const Unit& a, const Unit& b) {
  if (a.heading_level || b.heading_level || a.list_item || b.list_item) return false;
  if (a.text.size() < 40 || !has_lower(a.text) || ends_finished(a.text)) return false;
  return !b.text.empty() && is_ascii_lower(b.text[0]);
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
