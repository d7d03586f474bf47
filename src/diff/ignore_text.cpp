// --ignore: matches of the user's patterns are cut from both documents before the diff.
#include "yoy/diff/ignore_text.h"

#include <regex.h>

#include <algorithm>

#include "yoy/normalize/normalize.h"
#include "yoy/util/error.h"

namespace yoy {

struct IgnoredText::Compiled {
  regex_t regex{};
  ~Compiled() { ::regfree(&regex); }
};

IgnoredText::IgnoredText(const std::vector<std::string>& patterns) {
  for (const std::string& pattern : patterns) {
    if (pattern.empty()) throw InputError("--ignore: empty pattern (it would match everywhere)");
    auto compiled = std::make_unique<Compiled>();
    const int rc = ::regcomp(&compiled->regex, pattern.c_str(), REG_EXTENDED);
    if (rc != 0) {
      char why[256];
      ::regerror(rc, &compiled->regex, why, sizeof why);
      throw InputError("--ignore: bad regular expression '" + pattern + "': " + why);
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
    regmatch_t match;
    int flags = 0;
    while (at <= current.size() &&
           ::regexec(&compiled->regex, current.c_str() + at, 1, &match, flags) == 0) {
      const auto begin = static_cast<std::size_t>(match.rm_so);
      const auto end = static_cast<std::size_t>(match.rm_eo);
      out.append(current, at, begin);
      if (end == begin) {
        // An empty match cuts nothing: step over one character.
        if (at + begin < current.size()) out += current[at + begin];
        at += begin + 1;
      } else {
        out += ' ';
        at += end;
      }
      flags = REG_NOTBOL;
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
