// Words hyphenated at line ends. The document's own words decide first: a
// report that writes "trafficking" forty times and never "traf-ficking" has
// split one word; one that writes "state-sponsored" mid-line keeps the
// hyphen. Unseen words fall back to a list of common English words, then to
// the shape of a compound (a known prefix, or two words).
#include <algorithm>
#include <array>

#include "pdf_internal.h"
#include "yoy/util/ascii.h"

namespace yoy::pdf {

extern const char* const kEnglishWords[];
extern const int kEnglishWordChunks;

namespace {

bool is_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80;
}

// The word inside punctuation: "(trafficking)," → "trafficking"; "victims'" → "victims".
std::string_view core(std::string_view w) {
  while (!w.empty() && !is_letter(w.front()) && !(w.front() >= '0' && w.front() <= '9'))
    w.remove_prefix(1);
  while (!w.empty() && !is_letter(w.back()) && !(w.back() >= '0' && w.back() <= '9'))
    w.remove_suffix(1);
  for (std::string_view s : {"'s", "\xE2\x80\x99s"})
    if (w.size() > s.size() && w.substr(w.size() - s.size()) == s) w.remove_suffix(s.size());
  return w;
}

bool ends_with_break(std::string_view t) {
  return (!t.empty() && t.back() == '-') ||
         (t.size() >= 2 && t.substr(t.size() - 2) == "\xC2\xAD") ||
         (t.size() >= 3 && t.substr(t.size() - 3) == "\xE2\x80\x90");
}

using Table = std::vector<std::pair<std::string, int>>;

Table tally(std::vector<std::string>& words) {
  std::sort(words.begin(), words.end());
  Table out;
  for (std::string& w : words) {
    if (!out.empty() && out.back().first == w)
      ++out.back().second;
    else
      out.push_back({std::move(w), 1});
  }
  return out;
}

const std::vector<std::string_view>& english() {
  static const std::vector<std::string_view> words = [] {
    std::vector<std::string_view> out;
    out.reserve(70000);
    for (int c = 0; c < kEnglishWordChunks; ++c) {
      std::string_view chunk = kEnglishWords[c];
      while (!chunk.empty()) {
        const std::size_t nl = chunk.find('\n');
        out.push_back(chunk.substr(0, nl));
        chunk.remove_prefix(nl == std::string_view::npos ? chunk.size() : nl + 1);
      }
    }
    std::sort(out.begin(), out.end());
    return out;
  }();
  return words;
}

// Prefixes that keep their hyphen when the joined word is not known.
constexpr std::array<std::string_view, 8> kCompoundPrefixes = {"anti",  "non",  "self",  "ex",
                                                               "cross", "well", "quasi", "pro"};

}  // namespace

bool is_english_word(std::string_view w) {
  const auto& words = english();
  return std::binary_search(words.begin(), words.end(), w);
}

Hyphens::Hyphens(const std::vector<Line>& lines) {
  std::vector<std::string> joined, compound;
  bool after_break = false;
  for (const Line& line : lines) {
    std::string_view text = line.text;
    bool first = true;
    while (!text.empty()) {
      const std::size_t sp = text.find(' ');
      const std::string_view token = text.substr(0, sp);
      text.remove_prefix(sp == std::string_view::npos ? text.size() : sp + 1);
      const bool last = text.empty();
      if ((first && after_break) || (last && ends_with_break(token))) {
        first = false;
        continue;
      }
      first = false;
      const std::string_view w = core(token);
      if (w.empty()) continue;
      const std::size_t dash = w.find('-');
      (dash != std::string_view::npos ? compound : joined).push_back(ascii_lower(w));
    }
    after_break = ends_with_break(line.text);
  }
  joined_ = tally(joined);
  compound_ = tally(compound);
}

int Hyphens::count(const Table& table, std::string_view w) const {
  const auto it = std::lower_bound(table.begin(), table.end(), w,
                                   [](const auto& e, std::string_view k) { return e.first < k; });
  return it != table.end() && it->first == w ? it->second : 0;
}

bool Hyphens::keep(std::string_view head_raw, std::string_view tail_raw) const {
  const std::string_view head_core = core(head_raw);
  const std::string_view tail_core = core(tail_raw);
  if (head_core.empty() || tail_core.empty()) return true;
  // The part after an earlier hyphen decides: "sub-dis-" + "trict".
  const std::string head = ascii_lower(head_core);
  const std::string tail = ascii_lower(tail_core);
  const int joined = count(joined_, head + tail);
  const int compound = count(compound_, head + "-" + tail);
  if (joined != compound) return compound > joined;
  const std::size_t dash = head.rfind('-');
  const std::string last_part = dash == std::string::npos ? head : head.substr(dash + 1);
  if (is_english_word(last_part + tail)) return false;
  const bool capital = head_core.front() >= 'A' && head_core.front() <= 'Z';
  if (capital) return false;  // "Pyong-" "yang": a name split in two
  for (std::string_view p : kCompoundPrefixes)
    if (last_part == p) return true;
  return last_part.size() >= 3 && tail.size() >= 3 && is_english_word(last_part) &&
         is_english_word(tail);
}

}  // namespace yoy::pdf
