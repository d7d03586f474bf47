#pragma once
// "Did you mean" for what a user types that names the archive's contents:
// report ids and edition years (commands and options have theirs in cli/).
#include <string>
#include <vector>

namespace yoy {

class Archive;

// The ids closest to `typed` (any case; edit distance, a word of the id such
// as "korea", or a country's other name such as "myanmar" or "dprk"), best
// first, at most three; none when nothing is close.
std::vector<std::string> close_ids(const std::string& typed, const std::vector<std::string>& ids);

// Every report id of a series, in any edition, sorted.
std::vector<std::string> series_ids(const Archive& archive, const std::string& series);

// "; did you mean 'north-korea'?" (or "... 'north-korea' or 'south-korea'?"),
// "" when nothing is close: to end a message about an unknown id.
std::string id_hint(const std::string& typed, const std::vector<std::string>& ids);

// "; the nearest are 2015 and 2017" / "; the nearest is 2025", "" when there are
// no years or `year` is one of them.
std::string year_hint(int year, const std::vector<int>& years);

// "2008, 2009, 2014–2015, 2017–2025": a series' edition years, runs folded.
std::string years_text(const std::vector<int>& years);

}  // namespace yoy
