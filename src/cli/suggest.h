#pragma once
// "Did you mean": the known word closest to a mistyped one, as git suggests commands.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace yoy::cli {

// Edit distance with transpositions (Damerau–Levenshtein, optimal string alignment).
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidates close enough to `typed` to suggest (distance at most a third of the
// longer word, at least 1; or `typed` is a prefix of exactly one candidate), best first.
std::vector<std::string> suggestions(std::string_view typed,
                                     const std::vector<std::string>& candidates);

}  // namespace yoy::cli
