// name_field_statistics: a structured report's field says what its figures
// measure by its path. "Economy > Unemployment rate > Unemployment rate 2024"
// holds the unemployment rate of 2024; "People and Society > Age structure >
// 0-14 years" the age structure of 0-14 years; "Economy > Exports - partners"
// the share of exports of each labelled partner ("China 74%"). A field's note
// ("Economy > Exports - partners > note", "Geography > Geography - note")
// describes the field and counts nothing.
#include <string>
#include <vector>

#include "yoy/parse/statistics.h"
#include "yoy/util/ascii.h"

namespace yoy {

namespace {

std::vector<std::string_view> components(std::string_view path) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = path.find(" > ", start);
    out.push_back(path.substr(start, end == std::string_view::npos ? end : end - start));
    if (end == std::string_view::npos) break;
    start = end + 3;
  }
  return out;
}

bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

bool is_year(std::string_view s) {
  if (s.size() != 4) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return s >= "1800" && s <= "2100";
}

// "Unemployment rate 2024" → "2024" (the year a component names), "" when none.
std::string_view trailing_year(std::string_view component) {
  if (component.size() < 4) return "";
  const std::string_view tail = component.substr(component.size() - 4);
  if (!is_year(tail)) return "";
  if (component.size() > 4 && component[component.size() - 5] != ' ') return "";
  return tail;
}

std::string_view without_year(std::string_view component) {
  if (trailing_year(component).empty()) return component;
  return component.size() > 5 ? component.substr(0, component.size() - 5) : std::string_view();
}

// A field name as a measure: "Unemployment rate" → "unemployment rate"; "Real GDP
// per capita" keeps its acronym; the partner lists say what their shares are of.
std::string measure_of(std::string_view field) {
  if (field == "Exports - partners") return "share of exports";
  if (field == "Imports - partners") return "share of imports";
  std::string out(field);
  if (out.size() > 1 && out[0] >= 'A' && out[0] <= 'Z' && !(out[1] >= 'A' && out[1] <= 'Z'))
    out[0] = static_cast<char>(out[0] - 'A' + 'a');
  return out;
}

}  // namespace

void name_field_statistics(std::string_view path, std::vector<Statistic>& statistics) {
  const std::vector<std::string_view> parts = components(path);
  if (ends_with(parts.back(), "note") || ends_with(parts.back(), "note:")) {
    statistics.clear();  // a note describes its field
    return;
  }
  const std::string_view field = parts.size() > 1 ? parts[1] : parts[0];
  const std::string measure = measure_of(without_year(field));
  std::string subject;
  std::string_view year = trailing_year(field);
  for (std::size_t i = 2; i < parts.size(); ++i) {
    std::string_view part = parts[i];
    if (!trailing_year(part).empty()) {
      // "Unemployment rate 2024", "Military Expenditures 2019": the field's year;
      // "Total energy consumption per capita 2023": a part of it, of that year.
      year = trailing_year(part);
      part = without_year(part);
      if (part.empty() || ascii_iequals(part, without_year(field))) continue;
    }
    if (part == "total" || part == "text") continue;  // the whole is no part
    subject += (subject.empty() ? "" : ", ") + std::string(part);
  }
  for (Statistic& s : statistics) {
    s.measure = measure;
    s.measure_from_unit = false;
    // The label of a list item ("China 53%") after the path's own part, unless the
    // path says it already ("improved: urban" with "urban: 96.9%").
    std::string label = std::move(s.subject);
    if (!label.empty() && !ends_with(subject, label))
      s.subject = subject.empty() ? label : subject + ", " + label;
    else
      s.subject = subject;
    if (s.period.empty() && s.relative == RelativePeriod::none && !year.empty())
      s.period = std::string(year);
    s.relative = RelativePeriod::none;  // a field's periods are stated, never relative
  }
  // "11.2% (2024 est.) (male 1,099,676/female 1,855,175)" splits into two
  // sentences; the parenthesis continues the figure before it, of its period.
  for (std::size_t i = 1; i < statistics.size(); ++i) {
    Statistic& s = statistics[i];
    const Statistic& before = statistics[i - 1];
    if (s.period.empty() && !s.context.empty() && s.context.front() == '(' &&
        (s.sentence == before.sentence || s.sentence == before.sentence + 1))
      s.period = before.period;
  }
  // Prose in a field ("Geographic overview", "Background") holds many figures the
  // path cannot tell apart: they are known only by their noun and sentence.
  for (std::size_t i = 0; i < statistics.size(); ++i)
    for (std::size_t j = i + 1; j < statistics.size(); ++j) {
      Statistic& a = statistics[i];
      Statistic& b = statistics[j];
      if (a.subject == b.subject && a.unit == b.unit && a.period == b.period)
        a.measure_from_unit = b.measure_from_unit = true;
    }
}

}  // namespace yoy
