#pragma once
// --ignore REGEX: text that should never count as a change (a "last updated"
// line, a page counter), as changedetection.io's "ignore text". Matches are cut
// from both documents before they are diffed (diff_documents does it), so
// every renderer and policy sees the same answer.
#include <memory>
#include <string>
#include <vector>

#include "yoy/diff/analysis.h"
#include "yoy/model/model.h"

namespace yoy {

class IgnoredText {
 public:
  // POSIX extended regular expressions (as grep -E). Throws InputError naming a bad one.
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
