// --ignore: matches of the user's patterns are cut from both documents before the diff.
// RE2, not the C library's regex: patterns come from users and CI
// configurations, and a backtracking matcher takes minutes or all memory on
// (.*)(.*)(.*)(.*)(.*)\5\4\3\2\1z or ((a{0,200}){0,200}){0,200}. RE2 matches in
// time linear in the text and refuses a pattern whose program passes its
// memory budget. Its POSIX mode with leftmost-longest matches is grep -E's.
#include "yoy/diff/ignore_text.h"

#include <re2/re2.h>

#include <algorithm>

#include "yoy/normalize/normalize.h"
#include "yoy/util/error.h"
#include "yoy/util/printable.h"

namespace yoy {

struct IgnoredText::Compiled {
  explicit Compiled(const std::string& pattern, const RE2::Options& options)
      : regex(pattern, options) {}
  RE2 regex;
};

IgnoredText::IgnoredText(const std::vector<std::string>& patterns) {
  if (patterns.size() > kMaxIgnorePatterns)
    throw InputError("--ignore: " + std::to_string(patterns.size()) + " patterns, at most " +
                     std::to_string(kMaxIgnorePatterns));
  RE2::Options options;
  options.set_posix_syntax(true);   // extended regular expressions, as grep -E
  options.set_longest_match(true);  // leftmost-longest, as POSIX regexec
  options.set_one_line(true);       // ^ and $ at the ends of a paragraph only, as regexec
  options.set_dot_nl(true);         // . matches a line break, as regexec without REG_NEWLINE
  options.set_perl_classes(true);   // \d \s \w
  options.set_word_boundary(true);  // \b \B
  options.set_log_errors(false);
  options.set_max_mem(kIgnorePatternMemory);
  for (const std::string& pattern : patterns) {
    if (pattern.empty()) throw InputError("--ignore: empty pattern (it would match everywhere)");
    auto compiled = std::make_unique<Compiled>(pattern, options);
    if (!compiled->regex.ok()) {
      const std::string shown =
          printable(pattern.size() > 200 ? pattern.substr(0, 200) + "..." : pattern);
      if (compiled->regex.error_code() == RE2::ErrorPatternTooLarge)
        throw InputError("--ignore: pattern '" + shown +
                         "' is too large (its matcher would need over " +
                         std::to_string(kIgnorePatternMemory >> 20) + " MiB)");
      throw InputError("--ignore: bad regular expression '" + shown +
                       "': " + printable(compiled->regex.error()) +
                       " (POSIX extended syntax, as grep -E, without back-references)");
    }
    compiled_.push_back(std::move(compiled));
  }
}

IgnoredText::~IgnoredText() = default;

bool IgnoredText::empty() const { return compiled_.empty(); }

std::string IgnoredText::cut(const std::string& text) const {
  std::string current = text;
  for (const auto& compiled : compiled_) {
    std::string out;
    std::size_t at = 0;
    re2::StringPiece match;
    // Matching from `at` within the whole text: ^ holds only at its start.
    while (at <= current.size() &&
           compiled->regex.Match(current, at, current.size(), RE2::UNANCHORED, &match, 1)) {
      const auto begin = static_cast<std::size_t>(match.data() - current.data());
      const std::size_t end = begin + match.size();
      out.append(current, at, begin - at);
      if (end == begin) {
        // An empty match cuts nothing: step over one character (all its UTF-8 bytes).
        std::size_t next = begin + 1;
        while (next < current.size() && (static_cast<unsigned char>(current[next]) & 0xC0) == 0x80)
          ++next;
        if (begin < current.size()) out.append(current, begin, next - begin);
        at = next;
      } else {
        out += ' ';
        at = end;
      }
    }
    if (at < current.size()) out.append(current, at, std::string::npos);
    current = std::move(out);
  }
  // Collapse the spaces a cut left, and trim.
  std::string clean;
  for (char c : current) {
    if (c == ' ' && (clean.empty() || clean.back() == ' ')) continue;
    clean += c;
  }
  while (!clean.empty() && clean.back() == ' ') clean.pop_back();
  return clean;
}

void IgnoredText::apply(Document& document, const BlockAnalysis& analysis) const {
  if (empty()) return;
  for (Section& section : document.sections) {
    std::vector<Block> kept;
    kept.reserve(section.blocks.size());
    for (Block& block : section.blocks) {
      std::string text = cut(block.text);
      if (text == block.text) {
        kept.push_back(std::move(block));
        continue;
      }
      if (text.find_first_not_of(" \t\n") == std::string::npos) continue;  // nothing left
      block.text = std::move(text);
      if (block.sentences.empty()) {
        block.compare = compare_form(block.text);
      } else {
        analysis.analyze(document.profile, block);
      }
      kept.push_back(std::move(block));
    }
    section.blocks = std::move(kept);
  }
}

}  // namespace yoy
