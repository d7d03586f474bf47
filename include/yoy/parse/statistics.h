#pragma once
// Finds the figures in a sentence: counts, ranges, percents, money,
// spelled-out numbers — with their qualifier, unit and identity. Years, spans of
// years, dates, ages, ranks and resolution/law numbers are not statistics.
#include <string_view>
#include <vector>

#include "yoy/model/model.h"

namespace yoy {

// Where a sentence comes from: running prose, or a structured report's field
// text, where a label before a figure names its subject ("China 53%, Senegal 11%").
enum class StatisticText { prose, field };

// Statistics of one sentence with their identity (measure, subject, period as
// the sentence says them; a relative period is left for the differ to resolve);
// `sentence_index` and `context` are filled in.
std::vector<Statistic> extract_statistics(std::string_view sentence, std::size_t sentence_index,
                                          StatisticText text = StatisticText::prose);

// A structured report's field statistics take their identity from the field's
// path ("Economy > Unemployment rate > Unemployment rate 2024": measure
// "unemployment rate", period 2024; "People and Society > Age structure > 0-14
// years": subject "0-14 years"), and a field's note holds none.
void name_field_statistics(std::string_view path, std::vector<Statistic>& statistics);

}  // namespace yoy
