// `yoy stats` as text, CSV, JSON, Markdown and HTML with inline SVG charts.
#include "yoy/render/stats_output.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "render/html_page.h"
#include "render/render_common.h"
#include "render/render_escape.h"
#include "yoy/render/render.h"
#include "yoy/util/printable.h"

namespace yoy {

namespace {

using json = nlohmann::ordered_json;
using render_common::clip;
using render_common::csv_field;
using render_common::format_number;
using render_common::pad;
using render_common::text_width;

std::string h(std::string_view text) { return escape_html(text); }

std::string heading(const StatisticsHistory& history) {
  std::string out = history.series + "/" + history.id;
  if (!history.title.empty() && history.title != history.id) out += " — " + history.title;
  return out;
}

std::string span(const StatisticsHistory& history) {
  if (history.years.empty()) return "";
  std::string out = std::to_string(history.years.front());
  if (history.years.size() > 1) out += "–" + std::to_string(history.years.back());
  return out;
}

int changed_rows(const StatisticsHistory& history) {
  int n = 0;
  for (const StatisticSeries& row : history.rows) n += row.changes > 0;
  return n;
}

std::string counts(const StatisticsHistory& history) {
  return std::to_string(history.rows.size()) + " statistic" +
         (history.rows.size() == 1 ? "" : "s") + " in " + std::to_string(history.years.size()) +
         " edition" + (history.years.size() == 1 ? "" : "s") + " (" + span(history) + "), " +
         std::to_string(changed_rows(history)) + " changed at least once";
}

std::string cell(const StatisticPoint& point) { return point.present ? point.surface : ""; }

// The statistic's values through the years as a small line chart: x is the
// calendar year (a true time axis), y the value; a range draws two lines; an
// edition without the figure breaks the line.
std::string chart_svg(const StatisticsHistory& history, const StatisticSeries& row) {
  const int width = 220, height = 56, pad_x = 6, pad_y = 8;
  std::size_t lines = 0;
  double low = 0, high = 0;
  bool any = false;
  int points = 0;
  for (const StatisticPoint& p : row.points) {
    if (!p.present || p.values.empty()) continue;
    ++points;
    lines = std::max(lines, std::min<std::size_t>(2, p.values.size()));
    for (std::size_t k = 0; k < p.values.size() && k < 2; ++k) {
      const double v = p.values[k];
      if (!std::isfinite(v)) continue;
      low = any ? std::min(low, v) : v;
      high = any ? std::max(high, v) : v;
      any = true;
    }
  }
  if (!any || points < 2) return "";
  const int first = history.years.front(), last = history.years.back();
  auto x_of = [&](int year) {
    return last == first ? width / 2.0
                         : pad_x + (width - 2.0 * pad_x) * (year - first) / (last - first);
  };
  auto y_of = [&](double v) {
    return high == low ? height / 2.0
                       : height - pad_y - (height - 2.0 * pad_y) * (v - low) / (high - low);
  };
  auto num = [](double v) { return std::to_string(static_cast<int>(std::lround(v))); };
  std::string label;  // the values by year (the statistic itself is named beside the chart)
  for (std::size_t i = 0; i < row.points.size(); ++i)
    if (row.points[i].present)
      label += std::to_string(history.years[i]) + " " + printable(row.points[i].surface) + "; ";
  label.resize(label.size() - 2);
  std::string svg = "<svg class=\"spark\" viewBox=\"0 0 " + std::to_string(width) + " " +
                    std::to_string(height) + "\" role=\"img\"><title>" + h(label) + "</title>";
  for (std::size_t line = 0; line < lines; ++line) {
    std::string path;
    bool pen = false;
    for (std::size_t i = 0; i < row.points.size(); ++i) {
      const StatisticPoint& p = row.points[i];
      if (!p.present || p.values.size() <= line || !std::isfinite(p.values[line])) {
        pen = false;
        continue;
      }
      path += (pen ? " L" : " M") + num(x_of(history.years[i])) + " " + num(y_of(p.values[line]));
      pen = true;
    }
    svg +=
        "<path d=\"" + path.substr(1) + "\" fill=\"none\" stroke=\"#0550ae\" stroke-width=\"2\"/>";
    for (std::size_t i = 0; i < row.points.size(); ++i) {
      const StatisticPoint& p = row.points[i];
      if (!p.present || p.values.size() <= line || !std::isfinite(p.values[line])) continue;
      svg += "<circle cx=\"" + num(x_of(history.years[i])) + "\" cy=\"" +
             num(y_of(p.values[line])) + "\" r=\"2.5\" fill=\"#0550ae\"><title>" +
             h(std::to_string(history.years[i]) + ": " + printable(p.surface)) +
             "</title></circle>";
    }
  }
  return svg + "</svg>";
}

// "120,538 (2015) → 120,538 (2025)": first and latest value.
std::string first_and_latest(const StatisticsHistory& history, const StatisticSeries& row) {
  int first = -1, last = -1;
  for (std::size_t i = 0; i < row.points.size(); ++i)
    if (row.points[i].present) {
      if (first < 0) first = static_cast<int>(i);
      last = static_cast<int>(i);
    }
  if (first < 0) return "";
  std::string out = h(printable(row.points[first].surface)) + " <small>" +
                    std::to_string(history.years[first]) + "</small>";
  if (last != first)
    out += " → " + h(printable(row.points[last].surface)) + " <small>" +
           std::to_string(history.years[last]) + "</small>";
  return out;
}

}  // namespace

const char* const kStatisticsChartStyle = R"css(
table.stats{width:100%;table-layout:fixed}
table.stats td{overflow-wrap:anywhere}
table.stats col.what{width:46%}table.stats col.chart{width:30%}
svg.spark{display:block;width:100%;max-width:220px;height:auto}
svg.spark path{fill:none;stroke:#0550ae;stroke-width:2}svg.spark circle{fill:#0550ae}
@media (max-width:40rem){table.stats,table.stats tbody,table.stats tr,table.stats td{display:block;width:auto}
table.stats thead{display:none}table.stats tr{border-bottom:1px solid var(--line);padding:.4rem 0}
table.stats td{border:0;padding:.1rem 0}}
)css";

std::string statistics_charts_html(const StatisticsHistory& history, bool changed_only) {
  std::string rows;
  for (const StatisticSeries& row : history.rows) {
    if (changed_only && row.changes == 0) continue;
    std::string what = h(clip(printable(row.label), 240));
    if (!row.section.empty() && row.label.rfind(row.section, 0) != 0)
      what = "<small>" + h(render_common::section_label(row.section)) + "</small><br>" + what;
    if (!row.unit.empty()) what += " <small>(" + h(row.unit) + ")</small>";
    rows += "<tr><td>" + what + "</td><td>" + chart_svg(history, row) + "</td><td>" +
            first_and_latest(history, row) + "</td></tr>\n";
  }
  if (rows.empty()) return "";
  return "<table class=\"stats\"><colgroup><col class=\"what\"><col class=\"chart\"><col>"
         "</colgroup>\n<thead><tr><th>Statistic</th><th>Through the years</th><th>First → "
         "latest</th></tr></thead>\n<tbody>\n" +
         rows + "</tbody></table>\n";
}

std::string render_stats_text(const StatisticsHistory& history) {
  std::string out = heading(history) + ": " + counts(history) + "\n";
  constexpr std::size_t kLabel = 48, kValue = 14;
  std::vector<std::size_t> widths(history.years.size(), 4);
  for (const StatisticSeries& row : history.rows)
    for (std::size_t i = 0; i < row.points.size(); ++i)
      widths[i] = std::max(widths[i], std::min(kValue, text_width(printable(cell(row.points[i])))));
  std::size_t unit_width = 4;
  for (const StatisticSeries& row : history.rows)
    unit_width = std::max(unit_width, std::min<std::size_t>(10, text_width(row.unit)));
  std::string header = pad("statistic", kLabel) + "  " + pad("unit", unit_width);
  for (std::size_t i = 0; i < history.years.size(); ++i)
    header += "  " + pad(std::to_string(history.years[i]), widths[i], true);
  out += header + "\n";
  for (const StatisticSeries& row : history.rows) {
    std::string line = pad(clip(printable(row.label), kLabel), kLabel) + "  " +
                       pad(clip(row.unit, unit_width), unit_width);
    for (std::size_t i = 0; i < row.points.size(); ++i)
      line += "  " + pad(clip(printable(cell(row.points[i])), kValue), widths[i], true);
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }
  return out;
}

std::string render_stats_csv(const StatisticsHistory& history) {
  std::string out = "section,statistic,unit,changes";
  for (int year : history.years) out += "," + std::to_string(year);
  out += "\n";
  for (const StatisticSeries& row : history.rows) {
    out += csv_field(row.section) + "," + csv_field(printable(row.label)) + "," +
           csv_field(row.unit) + "," + std::to_string(row.changes);
    for (const StatisticPoint& point : row.points) out += "," + csv_field(cell(point));
    out += "\n";
  }
  return out;
}

std::string render_stats_json(const StatisticsHistory& history) {
  json root;
  root["format"] = "yoy.stats/1";
  root["series"] = history.series;
  root["id"] = history.id;
  root["title"] = history.title;
  root["years"] = history.years;
  json rows = json::array();
  for (const StatisticSeries& row : history.rows) {
    json r;
    r["section"] = row.section;
    r["statistic"] = row.label;
    r["unit"] = row.unit;
    r["changes"] = row.changes;
    json values = json::array();
    for (std::size_t i = 0; i < row.points.size(); ++i) {
      const StatisticPoint& point = row.points[i];
      json v;
      v["year"] = history.years[i];
      if (point.present) {
        v["surface"] = point.surface;
        v["values"] = point.values;
      } else {
        v["surface"] = nullptr;
      }
      values.push_back(v);
    }
    r["values"] = values;
    rows.push_back(r);
  }
  root["statistics"] = rows;
  return root.dump(2) + "\n";
}

std::string render_stats_markdown(const StatisticsHistory& history) {
  std::string out = "# Statistics " + escape_markdown(heading(history)) + "\n\n" +
                    escape_markdown(counts(history)) + ".\n\n| Statistic | Unit |";
  std::string rule = "|---|---|";
  for (int year : history.years) out += " " + std::to_string(year) + " |", rule += "---:|";
  out += "\n" + rule + "\n";
  for (const StatisticSeries& row : history.rows) {
    out += "| " + escape_markdown(clip(printable(row.label), 160)) + " | " +
           escape_markdown(row.unit) + " |";
    for (const StatisticPoint& point : row.points)
      out += " " + escape_markdown(printable(cell(point))) + " |";
    out += "\n";
  }
  return out;
}

std::string render_stats_html(const StatisticsHistory& history) {
  const std::string title = "Statistics: " + heading(history);
  std::string out = html_page::start(title, "", kStatisticsChartStyle);
  out += "<section class=\"card\">\n<h1>" + h(title) + "</h1>\n<p>" + h(counts(history)) +
         ".</p>\n" + statistics_charts_html(history, false) + "</section>\n";
  return out + html_page::end();
}

std::string render_stats(const StatisticsHistory& history, TableFormat format) {
  switch (format) {
    case TableFormat::text:
      return render_stats_text(history);
    case TableFormat::csv:
      return render_stats_csv(history);
    case TableFormat::json:
      return render_stats_json(history);
    case TableFormat::md:
      return render_stats_markdown(history);
    case TableFormat::html:
      return render_stats_html(history);
  }
  return "";
}

}  // namespace yoy
