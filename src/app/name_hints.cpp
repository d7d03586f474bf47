// Did-you-mean for report ids and edition years.
#include "yoy/app/name_hints.h"

#include <algorithm>
#include <cstdlib>
#include <set>

#include "yoy/archive/archive.h"
#include "yoy/parse/country_ids.h"
#include "yoy/util/ascii.h"
#include "yoy/util/suggest.h"

namespace yoy {

namespace {

// The words of an id ("north-korea" → north, korea), as a user might type one of them.
std::vector<std::string> words_of(const std::string& id) {
  std::vector<std::string> words;
  std::string word;
  for (char c : id + "-") {
    if (c == '-' || c == '_' || c == '.') {
      if (!word.empty()) words.push_back(word);
      word.clear();
    } else {
      word += c;
    }
  }
  return words;
}

std::string quoted_list(const std::vector<std::string>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i)
    out += (i == 0 ? "" : i + 1 == names.size() ? " or " : ", ") + ("'" + names[i] + "'");
  return out;
}

}  // namespace

std::vector<std::string> close_ids(const std::string& typed, const std::vector<std::string>& ids) {
  const std::string want = ascii_lower(typed);
  if (want.empty()) return {};
  std::vector<std::string> out;
  auto add = [&](const std::string& id) {
    if (out.size() < 3 && std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
  };
  // Another spelling of the same id ("Burma") or the country's other name ("myanmar", "dprk").
  for (const std::string& id : ids)
    if (ascii_lower(id) == want) add(id);
  if (const std::string slug = country_slug(typed); !slug.empty())
    if (std::find(ids.begin(), ids.end(), slug) != ids.end()) add(slug);
  if (!out.empty()) return out;
  std::vector<std::string> lowered;
  for (const std::string& id : ids) lowered.push_back(ascii_lower(id));
  for (const std::string& found : suggestions(want, lowered))
    add(ids[static_cast<std::size_t>(std::find(lowered.begin(), lowered.end(), found) -
                                     lowered.begin())]);
  if (!out.empty()) return out;
  // A word of the id ("korea"), or close to one ("koreaa"), when the word is long enough
  // to mean something.
  if (want.size() >= 4)
    for (std::size_t i = 0; i < ids.size(); ++i)
      for (const std::string& word : words_of(lowered[i]))
        if (word.size() >= 4 && (word == want || edit_distance(word, want) <= word.size() / 4))
          add(ids[i]);
  return out;
}

std::vector<std::string> series_ids(const Archive& archive, const std::string& series) {
  std::set<std::string> ids;
  for (int year : archive.years(series))
    for (const ReportEntry& entry : archive.reports(series, year)) ids.insert(entry.id);
  return {ids.begin(), ids.end()};
}

std::string id_hint(const std::string& typed, const std::vector<std::string>& ids) {
  const std::vector<std::string> close = close_ids(typed, ids);
  return close.empty() ? "" : "; did you mean " + quoted_list(close) + "?";
}

std::string year_hint(int year, const std::vector<int>& years) {
  if (years.empty() || std::find(years.begin(), years.end(), year) != years.end()) return "";
  int best = -1;
  for (int y : years) {
    const int distance = std::abs(y - year);
    if (best < 0 || distance < best) best = distance;
  }
  std::vector<std::string> nearest;
  for (int y : years)
    if (std::abs(y - year) == best) nearest.push_back(std::to_string(y));
  return nearest.size() == 1 ? "; the nearest is " + nearest.front()
                             : "; the nearest are " + nearest.front() + " and " + nearest.back();
}

std::string years_text(const std::vector<int>& years) {
  std::string out;
  for (std::size_t i = 0; i < years.size();) {
    std::size_t j = i;
    while (j + 1 < years.size() && years[j + 1] == years[j] + 1) ++j;
    out += (out.empty() ? "" : ", ") + std::to_string(years[i]);
    if (j > i) out += (j == i + 1 ? ", " : "–") + std::to_string(years[j]);
    i = j + 1;
  }
  return out;
}

}  // namespace yoy
