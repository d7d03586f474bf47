// "Did you mean": edit distance and the known names closest to a mistyped one.
#include "yoy/util/suggest.h"

#include <algorithm>

namespace yoy {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  const std::size_t n = a.size(), m = b.size();
  std::vector<std::vector<std::size_t>> d(n + 1, std::vector<std::size_t>(m + 1));
  for (std::size_t i = 0; i <= n; ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= m; ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    for (std::size_t j = 1; j <= m; ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[n][m];
}

std::vector<std::string> suggestions(std::string_view typed,
                                     const std::vector<std::string>& candidates) {
  if (typed.empty()) return {};
  std::vector<std::pair<std::size_t, std::string>> scored;
  for (const std::string& candidate : candidates) {
    const std::size_t longer = std::max(typed.size(), candidate.size());
    const std::size_t limit = std::max<std::size_t>(1, longer / 3);
    const std::size_t distance = edit_distance(typed, candidate);
    if (distance <= limit) scored.emplace_back(distance, candidate);
  }
  if (scored.empty()) {
    // An unambiguous prefix ("comp" for "compare") is a suggestion too.
    std::vector<std::string> prefixed;
    for (const std::string& candidate : candidates)
      if (candidate.size() > typed.size() && candidate.compare(0, typed.size(), typed) == 0)
        prefixed.push_back(candidate);
    if (prefixed.size() == 1) return prefixed;
    return {};
  }
  std::stable_sort(scored.begin(), scored.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  const std::size_t best = scored.front().first;
  std::vector<std::string> out;
  for (const auto& [distance, candidate] : scored)
    if (distance == best) out.push_back(candidate);
  return out;
}

std::string did_you_mean(std::string_view typed, const std::vector<std::string>& candidates) {
  const std::vector<std::string> found = suggestions(typed, candidates);
  if (found.empty()) return "";
  std::string out = "; did you mean ";
  for (std::size_t i = 0; i < found.size(); ++i)
    out += (i == 0 ? "" : i + 1 == found.size() ? " or " : ", ") + ("'" + found[i] + "'");
  return out + "?";
}

}  // namespace yoy
