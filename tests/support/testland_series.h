#pragma once
// Three hand-built editions of one TIP-shaped report ("testland", 2021-2023)
// for the history use cases (timeline and blame), with known answers:
// 2021: two recommendations. 2022: one added, one sentence added.
// 2023: the added one reworded and moved to the top, a sentence reworded, a statistic changed.
#include <string>
#include <vector>

#include "yoy/app/history_result.h"
#include "yoy/model/model.h"

namespace yoy::testing {

extern const std::string kForcedLabor, kCriminalize, kAssistance, kAssistanceReworded;
extern const std::string kNoEfforts, kFairTrials, kFairTrialsReworded, kExecutions;

struct Series {
  Document y2021, y2022, y2023;
  Series();
  std::vector<ReportEdition> editions() const {
    return {{2021, &y2021}, {2022, &y2022}, {2023, &y2023}};
  }
};

}  // namespace yoy::testing
