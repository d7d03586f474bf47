#pragma once
// Two editions as FROM TO or, as git writes ranges, FROM..TO in one argument.
#include <string>
#include <vector>

namespace yoy::cli {

struct EditionPair {
  std::string from, to;
};

// `from` "2024..2025" with `to` empty, or `from` and `to` as given. When `from`
// is a range and `to` is not empty, `to` is pushed to the front of `spill`
// (diff's report ids), or refused when there is no spill (check, summary).
// Throws InputError for "2024..", "..2025", "a..b..c" or a missing TO.
EditionPair edition_pair(const std::string& from, const std::string& to,
                         std::vector<std::string>* spill = nullptr);

}  // namespace yoy::cli
