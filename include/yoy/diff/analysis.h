#pragma once
// What the differ asks of the parser: the analysis of one block (sentences,
// comparison forms, statistics) as its report's profile makes it. The differ
// declares it and asks only for the blocks it looks into, as xdiff has its
// caller prepare what it compares; parse implements it (parse/block_analysis.h).
#include <string_view>

#include "yoy/model/model.h"

namespace yoy {

class BlockAnalysis {
 public:
  virtual ~BlockAnalysis() = default;
  // Fills `block`'s sentences, comparison forms and statistics from its text,
  // as the profile named `profile` ("tip", "factbook", ...) does.
  virtual void analyze(std::string_view profile, Block& block) const = 0;
};

}  // namespace yoy
