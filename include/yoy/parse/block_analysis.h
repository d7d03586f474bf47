#pragma once
// The parser's side of the differ's BlockAnalysis (diff/analysis.h): a block
// analyzed as its profile does it (analyze_block_for).
#include "yoy/diff/analysis.h"

namespace yoy {

// The one analysis the profiles make; stateless, shared by every thread.
const BlockAnalysis& profile_analysis();

}  // namespace yoy
