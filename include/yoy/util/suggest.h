#pragma once
// "Did you mean": the known word closest to a mistyped one, as git suggests commands
// (commands, options, report ids, sections, policy rules).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace yoy {

// Edit distance with transpositions (Damerau–Levenshtein, optimal string alignment).
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidates close enough to `typed` to suggest (distance at most a third of the
// longer word, at least 1; or `typed` is a prefix of exactly one candidate), best first.
std::vector<std::string> suggestions(std::string_view typed,
                                     const std::vector<std::string>& candidates);

// "; did you mean 'north-korea'?" (or "'a' or 'b'"), "" when nothing is close:
// the tail of a one-line message about an unknown name.
std::string did_you_mean(std::string_view typed, const std::vector<std::string>& candidates);

}  // namespace yoy
