// The pages of `yoy site`: index, edition pairs, reports.
#include "yoy/render/site_render.h"

#include <map>

#include "render/html_page.h"
#include "render/render_common.h"
#include "render/render_escape.h"
#include "render/tier_heatmap.h"
#include "render/timeline_svg.h"
#include "yoy/render/index_render.h"
#include "yoy/render/render.h"
#include "yoy/render/stats_output.h"
#include "yoy/render/tier_output.h"

namespace yoy {

namespace {

std::string h(std::string_view text) { return escape_html(text); }

// A link to another page of the site (and a place on it), its text escaped.
std::string link(const std::string& page, const std::string& text,
                 const std::string& fragment = {}) {
  return html_link(page, fragment, h(text));
}

// The element id of a report page's section for the edition pair ending in `year`.
std::string year_anchor(int year) { return "y" + std::to_string(year); }

std::string name_of(const SiteReport& report) {
  return report.title.empty() ? report.id : report.title;
}

std::string span(const TierTable& table) {
  return std::to_string(table.years.front()) +
         (table.years.size() > 1 ? "–" + std::to_string(table.years.back()) : "");
}

std::string pair_label(const SitePair& pair) {
  return std::to_string(pair.from_year) + " → " + std::to_string(pair.to_year);
}

constexpr const char* kSiteStyle = R"css(
.pairs{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4rem}
.pairs li a{display:inline-block;padding:.2rem .6rem;border:1px solid var(--line);border-radius:6px;
text-decoration:none}
table.changes{width:100%}
table.changes td,table.changes th{overflow-wrap:break-word}
@media (max-width:40rem){
table.changes thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
table.changes,table.changes tbody,table.changes tr{display:block}
table.changes tr{border-bottom:1px solid var(--line);padding:.4rem 0}
table.changes td{display:inline;border:0;padding:0 .5rem 0 0;text-align:left;white-space:normal}
table.changes td:first-child{display:block;font-weight:600}
table.changes td:nth-child(3){display:block}
table.changes td:nth-child(4)::after{content:" recommendations,"}
table.changes td:nth-child(5)::after{content:" statistics,"}
table.changes td:nth-child(6)::after{content:" sections"}
}
.year-change>h2{font-size:1.15rem}
.timeline svg{display:block;width:100%;max-width:36rem;height:auto}
section.report.card{border:0;padding:0;margin:0}
)css";

// The changed reports of one pair as a table; names link to the report's
// section for that pair.
std::string changes_table(const SitePair& pair, std::size_t limit) {
  std::string rows;
  std::size_t shown = 0;
  for (const IndexRow& row : pair.index.rows) {
    if (row.change == Change::unchanged) continue;
    if (shown++ == limit) break;
    const std::string tier = render_common::index_tier_text(row);
    const char* tier_class = row.direction == Direction::downgrade ? " class=\"down\""
                             : row.direction == Direction::upgrade ? " class=\"up\""
                                                                   : "";
    rows +=
        "<tr><td>" +
        link(site_report_page(row.id), row.title.empty() ? row.id : row.title,
             year_anchor(pair.to_year)) +
        " <small>" + h(row.id) + "</small></td><td>" + h(change_name(row.change)) + "</td><td" +
        tier_class + ">" + h(tier) + "</td><td class=\"num\">" +
        std::to_string(row.items_added + row.items_removed + row.items_reworded + row.items_moved) +
        "</td><td class=\"num\">" + std::to_string(row.statistics_changed) +
        "</td><td class=\"num\">" + std::to_string(row.sections_changed) + "</td></tr>\n";
  }
  if (rows.empty()) return "<p>No report changed.</p>\n";
  return "<div class=\"scroll\"><table class=\"changes\">\n<thead><tr><th>Report</th>"
         "<th>Change</th><th>Tier</th><th>Recom&shy;mendations</th><th>Statistics</th>"
         "<th>Sections</th></tr></thead>\n<tbody>\n" +
         rows + "</tbody></table></div>\n";
}

std::string counts(const SitePair& pair) {
  const SummaryIndex& i = pair.index;
  return std::to_string(i.changed) + " changed, " + std::to_string(i.added) + " added, " +
         std::to_string(i.removed) + " removed, " + std::to_string(i.unchanged) + " unchanged";
}

std::string pair_list(const SiteModel& model) {
  std::string out = "<ul class=\"pairs\">";
  for (auto it = model.pairs.rbegin(); it != model.pairs.rend(); ++it)
    out += "<li>" + link(site_pair_page(it->from_year, it->to_year), pair_label(*it)) + "</li>";
  return out + "</ul>\n";
}

std::vector<TimelineYear> timeline_years(const TierTable& table, const TierRow& row) {
  std::vector<TimelineYear> years;
  for (std::size_t i = 0; i < table.years.size(); ++i)
    years.push_back({table.years[i], table.in_archive[i], row.cells[i].present, row.cells[i].tier,
                     row.cells[i].rank});
  return years;
}

}  // namespace

std::string render_site_index(const SiteModel& model) {
  const std::string title =
      model.series + ": " + std::to_string(model.reports.size()) + " reports, " + span(model.tiers);
  std::string out = html_page::start(title, "", std::string(kHeatmapStyle) + kSiteStyle);
  out += "<header class=\"card\">\n<h1>" + h(title) +
         "</h1>\n<p>Every report's rating in every "
         "edition, the latest changes, and what changed between each pair of editions.</p>\n";
  if (!model.pairs.empty()) out += pair_list(model);
  out += "</header>\n";
  if (!model.pairs.empty()) {
    const SitePair& latest = model.pairs.back();
    out += "<section class=\"card\" id=\"latest\">\n<h2>Latest changes: " + h(pair_label(latest)) +
           "</h2>\n<p>" + h(counts(latest)) + ". " +
           link(site_pair_page(latest.from_year, latest.to_year), "All changes of this edition") +
           ".</p>\n" + changes_table(latest, 15) + "</section>\n";
  }
  std::map<std::string, std::string> links;
  for (const SiteReport& report : model.reports) links[report.id] = site_report_page(report.id);
  out += "<section class=\"card\" id=\"tiers\">\n<h2>Tiers " + h(span(model.tiers)) + "</h2>\n" +
         tier_heatmap_html(model.tiers, links) + "</section>\n";
  return out + html_page::end(kHeatmapScript);
}

std::string render_site_pair(const SiteModel& model, std::size_t p) {
  const SitePair& pair = model.pairs[p];
  const std::string title = model.series + " " + pair_label(pair) + ": what changed";
  std::string nav = link("index.html", "↑ " + model.series + " index");
  if (p > 0)
    nav += link(site_pair_page(model.pairs[p - 1].from_year, model.pairs[p - 1].to_year),
                "← " + pair_label(model.pairs[p - 1]));
  if (p + 1 < model.pairs.size())
    nav += link(site_pair_page(model.pairs[p + 1].from_year, model.pairs[p + 1].to_year),
                pair_label(model.pairs[p + 1]) + " →");
  std::string out = html_page::start(title, nav, kSiteStyle);
  out += "<section class=\"card\">\n<h1>" + h(title) + "</h1>\n<p>" + h(counts(pair)) + ".</p>\n" +
         changes_table(pair, static_cast<std::size_t>(-1)) + "</section>\n";
  return out + html_page::end();
}

std::string render_site_report(const SiteModel& model, std::size_t r) {
  const SiteReport& report = model.reports[r];
  const TierRow& row = model.tiers.rows[r];
  const std::string title =
      name_of(report) + " (" + report.id + ") — " + model.series + " " + span(model.tiers);
  std::string nav = link("index.html", "↑ " + model.series + " index");
  if (r > 0)
    nav += link(site_report_page(model.reports[r - 1].id), "← " + name_of(model.reports[r - 1]));
  if (r + 1 < model.reports.size())
    nav += link(site_report_page(model.reports[r + 1].id), name_of(model.reports[r + 1]) + " →");
  std::string out = html_page::start(
      title, nav, std::string(report_card_style()) + kStatisticsChartStyle + kSiteStyle);
  out += "<header class=\"card\">\n<h1>" + h(name_of(report)) + " <small>" + h(report.id) +
         "</small></h1>\n<p>" + h(model.series) + ", editions " + h(span(model.tiers)) + ".</p>\n";
  const std::string timeline = tier_timeline_svg(timeline_years(model.tiers, row));
  if (!timeline.empty()) out += "<figure class=\"timeline\">" + timeline + "</figure>\n";
  out += "</header>\n";
  const std::string charts = statistics_charts_html(report.statistics, true);
  if (!charts.empty())
    out += "<section class=\"card\" id=\"statistics\">\n<h2>Statistics that changed</h2>\n" +
           charts + "</section>\n";
  RenderOptions options;
  options.compact = true;  // years of changes on one page: changed sentences only, charts above
  for (const SiteReportChange& change : report.changes) {
    const std::string pair =
        std::to_string(change.from_year) + " → " + std::to_string(change.to_year);
    out += "<section class=\"card year-change\" id=\"" + h(year_anchor(change.to_year)) +
           "\">\n<h2>" + link(site_pair_page(change.from_year, change.to_year), pair) + "</h2>\n" +
           render_report_card_html(change.change, options) + "</section>\n";
  }
  if (report.changes.empty()) out += "<p class=\"card\">No change between editions.</p>\n";
  return out + html_page::end();
}

}  // namespace yoy
