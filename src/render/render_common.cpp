// Formatting shared by the renderers (see render_common.h).
#include "render/render_common.h"

#include <cmath>
#include <cstdio>

#include "yoy/util/ascii.h"
#include "yoy/util/printable.h"

namespace yoy::render_common {

std::string section_label(std::string section) {
  while (!section.empty() &&
         (section.back() == ':' || section.back() == '.' || section.back() == ' '))
    section.pop_back();
  return section;
}

namespace {

// "1234567" -> "1,234,567" (digits only, no sign).
std::string group_thousands(const std::string& digits) {
  std::string out;
  int count = 0;
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    if (count > 0 && count % 3 == 0) out.insert(out.begin(), ',');
    out.insert(out.begin(), *it);
    ++count;
  }
  return out;
}

}  // namespace

std::string format_number(double value) {
  if (!std::isfinite(value)) return "?";
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.2f", std::fabs(value));
  std::string text = buffer;
  std::size_t dot = text.find('.');
  std::string whole = text.substr(0, dot), fraction = text.substr(dot + 1);
  while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
  std::string out = group_thousands(whole);
  if (!fraction.empty()) out += "." + fraction;
  if (value < 0 && out != "0") out.insert(out.begin(), '-');
  return out;
}

std::string format_values(const std::vector<double>& values) {
  std::string out;
  for (double v : values) {
    if (!out.empty()) out += " / ";
    out += format_number(v);
  }
  return out;
}

std::string format_signed(double value) {
  std::string text = format_number(value);
  if (value > 0) return "+" + text;
  return text;
}

std::string format_percent(double percent) {
  if (!std::isfinite(percent)) return "?";
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.1f", std::fabs(percent));
  std::string text = buffer;
  if (text.size() > 2 && text.compare(text.size() - 2, 2, ".0") == 0) text.resize(text.size() - 2);
  if (text == "0") return "0%";
  return (percent > 0 ? "+" : "-") + text + "%";
}

std::string rank(int index) {
  std::string out;
  if (index >= 0) out.append("#").append(std::to_string(index + 1));
  return out;
}

std::string rating_phrase(const RatingChange& rating) {
  const std::string from = rating.from.empty() ? "no rating" : rating.from;
  const std::string to = rating.to.empty() ? "no rating" : rating.to;
  switch (rating.direction) {
    case Direction::unchanged:
      return to + " (unchanged)";
    case Direction::new_rating:
      return from + " → " + to + " (new rating)";
    case Direction::dropped:
      return from + " → " + to + " (rating dropped)";
    case Direction::none:
      return from + " → " + to;
    default:
      return from + " → " + to + " (" + direction_name(rating.direction) + ")";
  }
}

std::string contradiction_phrase(const RatingChange& rating) {
  if (!rating.stated_contradicts) return "";
  std::string shown;
  switch (rating.direction) {
    case Direction::upgrade:
      shown = "an upgrade";
      break;
    case Direction::downgrade:
      shown = "a downgrade";
      break;
    case Direction::unchanged:
      shown = "no change";
      break;
    case Direction::new_rating:
      shown = "a new rating";
      break;
    case Direction::dropped:
      shown = "the rating dropped";
      break;
    default:
      shown = "a different movement";
  }
  return "the new text says \"" + std::string(stated_name(rating.stated)) +
         "\", but the editions show " + shown;
}

std::string reversed_phrase(const ChangeSet& changes) {
  if (!changes.reversed) return "";
  const std::string from = edition_label(changes.from), to = edition_label(changes.to);
  return "This diff runs backwards in time: " + from + " is later than " + to +
         ", so \"added\" means present in " + to + " only and \"removed\" means present in " +
         from + " only.";
}

namespace {

// "1 added, 2 reworded" from (count, word) pairs, skipping zeros.
std::string tally(std::initializer_list<std::pair<int, const char*>> parts) {
  std::string out;
  for (const auto& [count, word] : parts) {
    if (count == 0) continue;
    if (!out.empty()) out += ", ";
    out += std::to_string(count) + " " + word;
  }
  return out;
}

}  // namespace

std::vector<std::string> counts_groups(const ChangeCount& c) {
  std::vector<std::string> groups;
  auto add = [&](const char* name, const std::string& parts) {
    if (!parts.empty()) groups.push_back(std::string(name) + ": " + parts);
  };
  add("recommendations", tally({{c.items_added, "added"},
                                {c.items_removed, "removed"},
                                {c.items_reworded, "reworded"},
                                {c.items_moved, "moved"}}));
  add("statistics", tally({{c.statistics_changed, "changed"},
                           {c.statistics_added, "added"},
                           {c.statistics_removed, "removed"}}));
  add("paragraphs", tally({{c.blocks_modified, "modified"},
                           {c.blocks_added, "added"},
                           {c.blocks_removed, "removed"},
                           {c.blocks_moved, "moved"}}));
  return groups;
}

std::string counts_phrase(const ChangeCount& c) {
  std::string out;
  for (const std::string& group : counts_groups(c)) out += (out.empty() ? "" : "; ") + group;
  return out;
}

std::string summary_phrase(const ChangeSummary& s) {
  std::string out = std::to_string(s.changed) + " of " + std::to_string(s.reports) +
                    (s.reports == 1 ? " report" : " reports") + " changed";
  std::string extra = tally({{s.added, "added"}, {s.removed, "removed"}});
  if (!extra.empty()) out += " (" + extra + ")";
  if (s.rating_changes > 0)
    out += ", " + std::to_string(s.rating_changes) +
           (s.rating_changes == 1 ? " rating change" : " rating changes");
  ChangeCount c;
  c.items_added = s.items_added;
  c.items_removed = s.items_removed;
  c.items_reworded = s.items_reworded;
  c.items_moved = s.items_moved;
  c.statistics_changed = s.statistics_changed;
  c.statistics_added = s.statistics_added;
  c.statistics_removed = s.statistics_removed;
  c.blocks_added = s.blocks_added;
  c.blocks_removed = s.blocks_removed;
  c.blocks_modified = s.blocks_modified;
  c.blocks_moved = s.blocks_moved;
  std::string details = counts_phrase(c);
  if (!details.empty()) out += "; " + details;
  return out;
}

bool report_is_quiet(const ReportChange& report) { return report.change == Change::unchanged; }

namespace {

// Does UTF-8 text start with one of the given (possibly multi-byte) marks?
bool starts_with_any(std::string_view text, std::initializer_list<std::string_view> marks) {
  for (std::string_view m : marks)
    if (text.substr(0, m.size()) == m) return true;
  return false;
}

bool ends_with_any(std::string_view text, std::initializer_list<std::string_view> marks) {
  for (std::string_view m : marks)
    if (text.size() >= m.size() && text.substr(text.size() - m.size()) == m) return true;
  return false;
}

struct Boundary {
  std::size_t end;   // just after the sentence's final punctuation (and closing quotes)
  std::size_t next;  // where the next sentence starts (after the spaces)
};

// Sentence ends inside an unchanged run: [.!?] + closers + space (or end of run),
// not followed by a lower-case letter (so "U.S. government" stays whole).
std::vector<Boundary> sentence_boundaries(std::string_view text) {
  std::vector<Boundary> out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '.' && text[i] != '!' && text[i] != '?') continue;
    std::size_t j = i + 1;
    while (j < text.size()) {
      if (text[j] == '"' || text[j] == '\'' || text[j] == ')')
        ++j;
      else if (starts_with_any(text.substr(j), {"\u201d", "\u2019"}))
        j += 3;
      else
        break;
    }
    if (j < text.size() && !is_ascii_space(text[j])) continue;
    std::size_t k = j;
    while (k < text.size() && is_ascii_space(text[k])) ++k;
    if (k < text.size() && text[k] >= 'a' && text[k] <= 'z') continue;
    out.push_back({j, k});
    i = k > 0 ? k - 1 : k;
  }
  return out;
}

}  // namespace

bool needs_space(std::string_view before, std::string_view after) {
  if (before.empty() || after.empty()) return false;
  if (is_ascii_space(before.back()) || is_ascii_space(after.front())) return false;
  if (starts_with_any(after, {",", ".", ";", ":", "!", "?", ")", "]", "\u201d", "\u2019"}))
    return false;
  if (ends_with_any(before, {"(", "[", "\u201c", "\u2018"})) return false;
  return true;
}

std::vector<WordRun> around_changes(const std::vector<WordRun>& words) {
  std::vector<WordRun> out;
  const std::size_t n = words.size();
  bool any_change = false;
  for (const WordRun& w : words) any_change = any_change || w.op != '=';
  if (!any_change) return words;
  for (std::size_t k = 0; k < n; ++k) {
    WordRun run = words[k];
    if (run.op == '=') {
      const bool first = k == 0, last = k + 1 == n;
      std::vector<Boundary> b = sentence_boundaries(run.text);
      if (first && !b.empty()) {
        std::size_t start = b.back().next;
        run.text = start >= run.text.size() ? "…" : "… " + run.text.substr(start);
      } else if (last && !b.empty()) {
        std::size_t end = b.front().end;
        if (b.front().next < run.text.size()) run.text = run.text.substr(0, end) + " …";
      } else if (!first && !last && b.size() >= 2) {
        std::string head = run.text.substr(0, b.front().end);
        std::size_t tail_start = b.back().next;
        run.text = head + " … " + run.text.substr(tail_start);
      }
    }
    out.push_back(std::move(run));
  }
  return out;
}

std::string plural(int n, std::string_view word) {
  return std::to_string(n) + " " + std::string(word) + (n == 1 ? "" : "s");
}

std::size_t text_width(std::string_view text) {
  std::size_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

std::string pad(std::string text, std::size_t width, bool right) {
  const std::size_t w = text_width(text);
  if (w >= width) return text;
  return right ? std::string(width - w, ' ') + text : text + std::string(width - w, ' ');
}

std::string clip(const std::string& text, std::size_t width) {
  if (text_width(text) <= width) return text;
  std::string out;
  std::size_t n = 0;
  for (char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80 && ++n > width - 1) break;
    out += c;
  }
  return out + "…";
}

std::string csv_field(const std::string& text) {
  std::string shown;  // hidden controls made visible, as on every other output
  shown.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const TextUnit unit = text_unit(text, i);
    if (unit.control)
      append_visible(shown, std::string_view(text).substr(i, unit.bytes));
    else
      shown.append(text, i, unit.bytes);
    i += unit.bytes;
  }
  if (shown.find_first_of(",\"\n\r") == std::string::npos) return shown;
  std::string out = "\"";
  for (char c : shown) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string index_tier_text(const IndexRow& row) {
  if (row.direction == Direction::none) return "—";
  if (row.direction == Direction::unchanged) return row.tier_to;
  auto or_dash = [](const std::string& text) { return text.empty() ? std::string("—") : text; };
  const char* arrow = row.direction == Direction::upgrade     ? " ↑"
                      : row.direction == Direction::downgrade ? " ↓"
                                                              : "";
  return or_dash(row.tier_from) + " → " + or_dash(row.tier_to) + arrow;
}

}  // namespace yoy::render_common
