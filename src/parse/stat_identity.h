#pragma once
// What each figure of a sentence measures, of whom and when: the identity two
// editions' statistics pair by (DESIGN.md, Statistic).
#include <string>
#include <vector>

#include "parse/stat_tokens.h"
#include "yoy/model/model.h"

namespace yoy::stats {

// A figure found in a sentence, before it becomes a Statistic.
struct Figure {
  std::size_t first = 0, last = 0;  // tokens of its surface, [first, last)
  std::size_t unit_end = 0;         // the token after its unit (== last without one)
  std::vector<double> values;
  std::string unit;
  bool vague = false;
  bool money = false;
  bool negated = false;  // "did not report any investigations": measure set by the matcher
  // Filled by name_figures:
  std::string measure, subject, period;
  RelativePeriod relative = RelativePeriod::none;
  bool converted = false;
  bool measure_from_unit = false;
};

// Fills measure, subject, period, relative and converted of every figure of one
// sentence (figures in token order). `field`: a structured report's field text,
// where a label before a figure ("China 53%") is its subject.
void name_figures(const std::vector<Token>& tokens, std::vector<Figure>& figures, bool field);

}  // namespace yoy::stats
