// tier_timeline_svg (see timeline_svg.h).
#include "render/timeline_svg.h"

#include <algorithm>
#include <map>

#include "render/render_escape.h"
#include "yoy/render/render.h"

namespace yoy {

namespace {

std::string h(std::string_view text) { return escape_html(text); }
std::string n(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", v);
  return buffer;
}

}  // namespace

std::string tier_timeline_svg(const std::vector<TimelineYear>& input) {
  std::vector<TimelineYear> years = input;
  std::sort(years.begin(), years.end(),
            [](const TimelineYear& a, const TimelineYear& b) { return a.year < b.year; });
  // Rows: the tiers that occur, by rank (unordered ones last, in order of appearance).
  std::vector<std::pair<int, std::string>> rows;
  for (const TimelineYear& y : years) {
    if (y.tier.empty()) continue;
    if (std::none_of(rows.begin(), rows.end(), [&](const auto& r) { return r.second == y.tier; }))
      rows.push_back({y.rank < 0 ? 1000 : y.rank, y.tier});
  }
  if (rows.empty()) return "";
  std::stable_sort(rows.begin(), rows.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  auto row_of = [&](const std::string& tier) {
    for (std::size_t i = 0; i < rows.size(); ++i)
      if (rows[i].second == tier) return static_cast<int>(i);
    return -1;
  };

  const int first = years.front().year, last = years.back().year;
  const double width = 480, left = 16, right = 16, top = 24, row_height = 34;
  const double plot = width - left - right;
  const double axis = top + rows.size() * row_height;
  const double height = axis + 26;
  auto x_of = [&](int year) {
    return last == first ? width / 2 : left + plot * (year - first) / (last - first);
  };
  auto y_of = [&](int row) { return top + row * row_height + 14; };
  const double year_step = last == first ? plot : plot / (last - first);

  std::string label = "Tier timeline: ";
  for (const TimelineYear& y : years) {
    if (!y.edition) continue;
    label += std::to_string(y.year) + " " +
             (!y.present       ? std::string("not in the edition")
              : y.tier.empty() ? std::string("no rating")
                               : y.tier) +
             ", ";
  }
  label.resize(label.size() - 2);

  std::string svg = "<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " +
                    n(width) + " " + n(height) + "\" role=\"img\" aria-label=\"" + h(label) +
                    "\"><title>" + h(label) + "</title>";
  // Years without an edition: a shaded band (every calendar year in the span that the archive
  // does not have, listed or not).
  std::map<int, const TimelineYear*> by_year;
  for (const TimelineYear& y : years) by_year[y.year] = &y;
  for (int year = first; year <= last; ++year) {
    auto it = by_year.find(year);
    if (it != by_year.end() && it->second->edition) continue;
    svg += "<rect class=\"gap\" x=\"" + n(x_of(year) - year_step / 2) + "\" y=\"" + n(top - 6) +
           "\" width=\"" + n(year_step) + "\" height=\"" + n(axis - top + 6) +
           "\" fill=\"#eaeef2\"><title>" + std::to_string(year) +
           ": no edition in the archive</title></rect>";
  }
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const double y = y_of(static_cast<int>(r));
    svg += "<line x1=\"" + n(left) + "\" x2=\"" + n(width - right) + "\" y1=\"" + n(y) +
           "\" y2=\"" + n(y) + "\" stroke=\"#d0d7de\" stroke-dasharray=\"3 3\"/>";
    svg += "<text class=\"tier\" x=\"" + n(left) + "\" y=\"" + n(y - 7) +
           "\" font-size=\"12\" fill=\"#57606a\">" + h(rows[r].second) + "</text>";
  }
  // The line joins consecutive editions that both have a rating (dashed across years
  // with no edition: nobody knows those years); a year without a rating is a gap.
  std::string path, dashed;
  const TimelineYear* previous = nullptr;
  for (const TimelineYear& y : years) {
    if (!y.edition) continue;
    const int row = row_of(y.tier);
    if (row >= 0) {
      const int before = previous ? row_of(previous->tier) : -1;
      const std::string point = n(x_of(y.year)) + " " + n(y_of(row));
      if (before >= 0 && y.year - previous->year > 1) {
        dashed += " M" + n(x_of(previous->year)) + " " + n(y_of(before)) + " L" + point;
        path += " M" + point;
      } else {
        path += (before >= 0 ? " L" : " M") + point;
      }
    }
    previous = &y;
  }
  if (!dashed.empty())
    svg += "<path class=\"unknown\" d=\"" + dashed.substr(1) +
           "\" fill=\"none\" stroke=\"#0550ae\" stroke-width=\"2\" stroke-dasharray=\"4 4\"/>";
  svg += "<path d=\"" + path.substr(1) +
         "\" fill=\"none\" stroke=\"#0550ae\" stroke-width=\"2.5\" stroke-linejoin=\"round\"/>";
  const TimelineYear* latest = nullptr;
  for (const TimelineYear& y : years)
    if (y.edition && row_of(y.tier) >= 0) latest = &y;
  for (const TimelineYear& y : years) {
    const int row = row_of(y.tier);
    if (!y.edition || row < 0) continue;
    const bool is_latest = &y == latest;
    svg += "<circle cx=\"" + n(x_of(y.year)) + "\" cy=\"" + n(y_of(row)) + "\" r=\"" +
           (is_latest ? "6" : "4.5") + "\" fill=\"" + (is_latest ? "#0550ae" : "#fff") +
           "\" stroke=\"#0550ae\" stroke-width=\"2\"><title>" +
           h(std::to_string(y.year) + ": " + y.tier) + "</title></circle>";
  }
  // Year labels: a label is about 4 digits wide (~30 units at font-size 12); every k-th
  // year so neighbours keep 8 units apart, the last year always, the one before it
  // dropped when the two would touch.
  const double label_width = 30, gap = 8;
  int k = 1;
  while (year_step * k < label_width + gap && k < last - first + 1) ++k;
  std::vector<int> labelled;
  for (int year = first; year <= last; year += k) labelled.push_back(year);
  if (labelled.back() != last) {
    if (x_of(last) - x_of(labelled.back()) < label_width + gap) labelled.pop_back();
    labelled.push_back(last);
  }
  for (int year : labelled) {
    const double x = x_of(year);
    const char* anchor = labelled.size() > 1 && year == first  ? "start"
                         : labelled.size() > 1 && year == last ? "end"
                                                               : "middle";
    const double shift = std::string(anchor) == "start" ? -4 : std::string(anchor) == "end" ? 4 : 0;
    svg += "<text class=\"year\" x=\"" + n(x + shift) + "\" y=\"" + n(axis + 18) +
           "\" font-size=\"12\" fill=\"#57606a\" text-anchor=\"" + anchor + "\">" +
           std::to_string(year) + "</text>";
  }
  return svg + "</svg>";
}

}  // namespace yoy
