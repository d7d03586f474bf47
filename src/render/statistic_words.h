#pragma once
// How every renderer says a statistic change in words: what it measures, of
// whom, and for which periods. Only words what the ChangeSet says.
#include <string>

#include "yoy/model/changeset.h"

namespace yoy::render_common {

// "convictions", "share of exports (Senegal)", "age structure (0-14 years, male)";
// "" when the engine named no measure.
std::string statistic_name(const StatisticChange& change);
// "2022 → 2023" (changed), "2023" (revised, restated, added, removed, or both
// sides' the same); "" when no period is known.
std::string statistic_periods(const StatisticChange& change);
// A figure with its period: "six (2022)", "11%" without one.
std::string with_period(const std::string& figure, const std::string& period);
// revised / restated: "revised: the new edition gives another figure for 2023",
// "restated: the new edition's figure for 2022 differs from the old edition's";
// "" for other changes.
std::string statistic_revision_note(const StatisticChange& change);

}  // namespace yoy::render_common
