#pragma once
// --ignore REGEX: text that should never count as a change (a "last updated"
// line, a page counter), as changedetection.io's "ignore text". Matches are cut
// from both documents before they are diffed (diff_documents does it), so
// every renderer and policy sees the same answer.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "yoy/diff/analysis.h"
#include "yoy/model/model.h"

namespace yoy {

// Each pattern's compiled program and match cache stay within this budget.
inline constexpr std::int64_t kIgnorePatternMemory = std::int64_t{8} << 20;
// Every pattern is matched against every paragraph of both editions.
inline constexpr std::size_t kMaxIgnorePatterns = 16;

class IgnoredText {
 public:
  // POSIX extended regular expressions (as grep -E, without back-references),
  // matched by RE2 in time linear in the text. Throws InputError naming a bad
  // one, one too large for kIgnorePatternMemory, or more than kMaxIgnorePatterns.
  explicit IgnoredText(const std::vector<std::string>& patterns);
  ~IgnoredText();
  IgnoredText(const IgnoredText&) = delete;
  IgnoredText& operator=(const IgnoredText&) = delete;

  bool empty() const;
  // Cuts every match out of every block; a block left empty is dropped. Blocks
  // that were analyzed (sentences, statistics) are analyzed again by `analysis`.
  void apply(Document& document, const BlockAnalysis& analysis) const;
  // One paragraph with the matches cut out (whitespace around a cut collapsed).
  std::string cut(const std::string& text) const;

 private:
  struct Compiled;
  std::vector<std::unique_ptr<Compiled>> compiled_;
};

}  // namespace yoy
