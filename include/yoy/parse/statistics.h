#pragma once
// Finds the figures in a sentence: counts, ranges, percents, money,
// spelled-out numbers — with their qualifier and unit. Years, dates and
// resolution/law numbers are not statistics.
#include <string_view>
#include <vector>

#include "yoy/model/model.h"

namespace yoy {

// Statistics of one sentence; `sentence_index` and `context` are filled in.
std::vector<Statistic> extract_statistics(std::string_view sentence, std::size_t sentence_index);

}  // namespace yoy
