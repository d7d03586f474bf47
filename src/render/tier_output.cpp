// `yoy tiers` as text, CSV, JSON, Markdown and an HTML heat map.
#include "yoy/render/tier_output.h"

#include <nlohmann/json.hpp>

#include "render/html_page.h"
#include "render/render_common.h"
#include "render/render_escape.h"
#include "render/tier_heatmap.h"
#include "yoy/render/render.h"
#include "yoy/util/error.h"
#include "yoy/util/printable.h"

namespace yoy {

namespace {

using json = nlohmann::ordered_json;
using render_common::clip;
using render_common::csv_field;
using render_common::pad;
using render_common::text_width;

std::string h(std::string_view text) { return escape_html(text); }

std::string arrow(Direction direction) {
  if (direction == Direction::upgrade) return "↑";
  if (direction == Direction::downgrade) return "↓";
  if (direction == Direction::changed) return "~";
  return "";
}

std::string name_of(const TierRow& row) {
  return row.title.empty() || row.title == row.id ? row.id : row.title + " (" + row.id + ")";
}

std::string missing_years(const TierTable& table) {
  std::string out;
  for (std::size_t i = 0; i < table.years.size(); ++i)
    if (!table.in_archive[i]) out += (out.empty() ? "" : ", ") + std::to_string(table.years[i]);
  return out;
}

std::string span_label(const TierTable& table) {
  std::string span = std::to_string(table.years.front());
  if (table.years.size() > 1) span += "–" + std::to_string(table.years.back());
  return span;
}

std::string rows_phrase(const TierTable& table) {
  std::string out =
      std::to_string(table.rows.size()) + " report" + (table.rows.size() == 1 ? "" : "s");
  if (table.unrated) out += " (" + std::to_string(table.unrated) + " never rated, not shown)";
  return out;
}

const char* kLegend =
    "1, 2, 2WL, 3, SC: Tier 1, Tier 2, Tier 2 Watch List, Tier 3, Special Case; ↑ upgrade, "
    "↓ downgrade, ~ changed, against the edition before; – no rating; blank: not in that "
    "edition; · no edition that year.";
const char* kLegendText =
    "1, 2, 2WL, 3, SC: Tier 1, Tier 2, Tier 2 Watch List, Tier 3, Special Case\n"
    "↑ upgrade, ↓ downgrade, ~ changed (against the edition before); – no rating;\n"
    "blank: not in that edition; · no edition that year\n";

constexpr std::size_t kNameWidth = 40;

// "Title (id)" in at most `width` code points: the title is cut, the id kept;
// through printable() (a title is report text, on its way to a terminal).
std::string text_name(const TierRow& row, std::size_t width) {
  if (row.title.empty() || row.title == row.id) return clip(printable(row.id), width);
  const std::size_t id_width = text_width(printable(row.id)) + 3;
  if (id_width + 4 > width) return clip(printable(row.id), width);
  return clip(printable(row.title), width - id_width) + " (" + printable(row.id) + ")";
}

// One cell as text: "2WL↓", "–" (no rating), "" (absent), "·" (no edition).
std::string cell_text(const TierTable& table, const TierRow& row, std::size_t i) {
  if (!table.in_archive[i]) return "·";
  const TierCell& cell = row.cells[i];
  if (!cell.present) return "";
  if (cell.tier.empty()) return "–";
  return tier_short(cell.tier) + arrow(cell.direction);
}

const char* rank_class(const TierCell& cell) {
  if (!cell.present) return "absent";
  if (cell.tier.empty()) return "none";
  switch (cell.rank) {
    case 0:
      return "t1";
    case 1:
      return "t2";
    case 2:
      return "t2wl";
    case 3:
      return "t3";
    default:
      return "tsc";
  }
}

}  // namespace

const char* const kHeatmapStyle = R"css(
.tier-tools{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin:.5rem 0}
.tier-tools input{font:inherit;padding:.3rem .5rem;border:1px solid var(--line);border-radius:6px;
min-width:0;flex:1 1 12rem;max-width:20rem}
.tier-tools button{font:inherit;font-size:.85rem;padding:.3rem .6rem;border:1px solid var(--line);
border-radius:6px;background:#f6f8fa;cursor:pointer}
.tier-tools button[aria-pressed=true]{background:var(--move-bg);border-color:var(--move)}
table.tiers{border-collapse:separate;border-spacing:2px;font-size:.85rem}
table.tiers th,table.tiers td{border:0;padding:.2rem .35rem;text-align:center;white-space:nowrap}
table.tiers thead th{font-size:.75rem;letter-spacing:0}
table.tiers th.gap{color:#8c959f;font-style:italic;font-weight:400}
table.tiers th[scope=row]{position:sticky;left:0;z-index:1;background:var(--card);text-align:left;
text-transform:none;letter-spacing:0;font-size:.85rem;color:var(--ink);font-weight:400;
max-width:13rem;overflow:hidden;text-overflow:ellipsis}
table.tiers td{min-width:2.4rem;border-radius:3px;font-variant-numeric:tabular-nums}
td.t1{background:#2da44e;color:#fff}td.t2{background:#aceebb}td.t2wl{background:#f5d565}
td.t3{background:#d1242f;color:#fff}td.tsc{background:#c3c9d0}
td.none{background:#eef1f4;color:#8c959f}td.absent{background:transparent}
td.gap{min-width:.8rem;background:repeating-linear-gradient(135deg,#eaeef2 0 3px,transparent 3px 6px)}
td.last{color:var(--muted)}
.legend{font-size:.85rem;color:var(--muted)}
)css";

const char* const kHeatmapScript = R"js(
(function(){
var table=document.querySelector('table.tiers');if(!table)return;
var body=table.tBodies[0],filter=document.getElementById('tier-filter'),
count=document.getElementById('tier-count'),total=body.rows.length;
function name(r){return r.cells[0].textContent.toLowerCase();}
function show(){var q=filter.value.trim().toLowerCase(),n=0;
for(var i=0;i<body.rows.length;i++){var r=body.rows[i],hit=!q||name(r).indexOf(q)>=0;
r.hidden=!hit;if(hit)n++;}
var noun=total===1?' report':' reports';
count.textContent=n===total?total+noun:n+' of '+total+noun;}
filter.addEventListener('input',show);
var buttons=document.querySelectorAll('.tier-tools button[data-sort]');
buttons.forEach(function(b){b.addEventListener('click',function(){
var key=b.getAttribute('data-sort'),rows=Array.prototype.slice.call(body.rows);
rows.sort(function(x,y){if(key==='change'){var d=(+y.getAttribute('data-change'))-
(+x.getAttribute('data-change'));if(d)return d;}return name(x).localeCompare(name(y));});
rows.forEach(function(r){body.appendChild(r);});
buttons.forEach(function(o){o.setAttribute('aria-pressed',o===b?'true':'false');});});});
show();
})();
)js";

TableFormat table_format_from_name(std::string_view name) {
  if (name == "text") return TableFormat::text;
  if (name == "csv") return TableFormat::csv;
  if (name == "json") return TableFormat::json;
  if (name == "md" || name == "markdown") return TableFormat::md;
  if (name == "html") return TableFormat::html;
  throw InputError("--format: unknown format '" + std::string(name) +
                   "' (known: text, csv, json, md, html)");
}

std::string tier_short(const std::string& tier) {
  if (tier == "Tier 1") return "1";
  if (tier == "Tier 2") return "2";
  if (tier == "Tier 2 Watch List") return "2WL";
  if (tier == "Tier 3") return "3";
  if (tier == "Special Case") return "SC";
  return tier;
}

std::string render_tiers_text(const TierTable& table, bool color) {
  const char* bold = color ? "\x1b[1m" : "";
  const char* reset = color ? "\x1b[0m" : "";
  std::string out = std::string(bold) + table.series + " tiers " + span_label(table) + ": " +
                    rows_phrase(table) + reset + "\n";
  if (!missing_years(table).empty())
    out += "no edition in the archive: " + missing_years(table) + "\n";
  std::size_t name_width = 6;
  for (const TierRow& row : table.rows)
    name_width = std::max(name_width, std::min(kNameWidth, text_width(printable(name_of(row)))));
  out += pad("report", name_width);
  for (int year : table.years) out += "  " + pad(std::to_string(year), 4);
  out += "  last change\n";
  for (const TierRow& row : table.rows) {
    out += pad(text_name(row, name_width), name_width);
    for (std::size_t i = 0; i < table.years.size(); ++i) {
      std::string text = cell_text(table, row, i);
      const Direction d = row.cells[i].direction;
      const char* tint = !color                      ? ""
                         : d == Direction::upgrade   ? "\x1b[32m"
                         : d == Direction::downgrade ? "\x1b[31m"
                                                     : "";
      out += "  " + std::string(tint) + pad(text, 4) + (*tint ? reset : "");
    }
    out += "  " + (row.last_change ? std::to_string(row.last_change) : std::string("-"));
    while (!out.empty() && out.back() == ' ') out.pop_back();
    out += "\n";
  }
  return out + kLegendText;
}

std::string render_tiers_csv(const TierTable& table) {
  std::string out = "id,title,last_change";
  for (std::size_t i = 0; i < table.years.size(); ++i)
    if (table.in_archive[i]) out += "," + std::to_string(table.years[i]);
  out += "\n";
  for (const TierRow& row : table.rows) {
    out += csv_field(row.id) + "," + csv_field(row.title) + "," +
           (row.last_change ? std::to_string(row.last_change) : "");
    for (std::size_t i = 0; i < table.years.size(); ++i) {
      if (!table.in_archive[i]) continue;
      const TierCell& cell = row.cells[i];
      out += "," + csv_field(!cell.present ? "" : cell.tier.empty() ? "none" : cell.tier);
    }
    out += "\n";
  }
  return out;
}

std::string render_tiers_json(const TierTable& table) {
  json root;
  root["format"] = "yoy.tiers/1";
  root["series"] = table.series;
  json years = json::array(), missing = json::array();
  for (std::size_t i = 0; i < table.years.size(); ++i)
    (table.in_archive[i] ? years : missing).push_back(table.years[i]);
  root["years"] = years;
  root["missing_years"] = missing;
  root["unrated"] = table.unrated;
  json reports = json::array();
  for (const TierRow& row : table.rows) {
    json r;
    r["id"] = row.id;
    r["title"] = row.title;
    r["last_change"] = row.last_change ? json(row.last_change) : json(nullptr);
    json tiers = json::array();
    for (std::size_t i = 0; i < table.years.size(); ++i) {
      if (!table.in_archive[i]) continue;
      const TierCell& cell = row.cells[i];
      json c;
      c["year"] = table.years[i];
      c["present"] = cell.present;
      if (cell.present) {
        c["tier"] = cell.tier.empty() ? json(nullptr) : json(cell.tier);
        c["direction"] = cell.direction == Direction::none ? json(nullptr)
                                                           : json(direction_name(cell.direction));
      }
      tiers.push_back(c);
    }
    r["tiers"] = tiers;
    reports.push_back(r);
  }
  root["reports"] = reports;
  return root.dump(2) + "\n";
}

std::string render_tiers_markdown(const TierTable& table) {
  std::string out = "# Tiers " + escape_markdown(table.series) + " " + span_label(table) + "\n\n";
  out += escape_markdown(rows_phrase(table)) + ".";
  if (!missing_years(table).empty())
    out += " No edition in the archive: " + missing_years(table) + ".";
  out += "\n\n| Report |";
  std::string rule = "|---|";
  for (int year : table.years) out += " " + std::to_string(year) + " |", rule += "---|";
  out += " Last change |\n" + rule + "---|\n";
  for (const TierRow& row : table.rows) {
    out += "| " + escape_markdown(name_of(row)) + " |";
    for (std::size_t i = 0; i < table.years.size(); ++i)
      out += " " + escape_markdown(cell_text(table, row, i)) + " |";
    out += " " + (row.last_change ? std::to_string(row.last_change) : std::string("—")) + " |\n";
  }
  out += std::string("\n") + kLegend + "\n";
  return out;
}

std::string tier_heatmap_html(const TierTable& table,
                              const std::map<std::string, std::string>& links) {
  std::string out =
      "<div class=\"tier-tools\"><input type=\"search\" id=\"tier-filter\" "
      "placeholder=\"Filter by name or id\" aria-label=\"Filter reports\">"
      "<button type=\"button\" data-sort=\"country\" aria-pressed=\"true\">By name</button>"
      "<button type=\"button\" data-sort=\"change\" aria-pressed=\"false\">By last change</button>"
      "<span id=\"tier-count\" class=\"muted\"></span></div>\n"
      "<div class=\"scroll\"><table class=\"tiers\">\n<thead><tr><th>Report</th>";
  for (std::size_t i = 0; i < table.years.size(); ++i)
    out += table.in_archive[i]
               ? "<th scope=\"col\">" + std::to_string(table.years[i]) + "</th>"
               : "<th scope=\"col\" class=\"gap\" title=\"no edition in the archive\">" +
                     std::to_string(table.years[i]) + "</th>";
  out += "<th scope=\"col\">Last change</th></tr></thead>\n<tbody>\n";
  for (const TierRow& row : table.rows) {
    std::string name = h(row.title.empty() ? row.id : row.title);
    auto link = links.find(row.id);
    if (link != links.end()) name = html_link(link->second, "", name);
    if (!row.title.empty() && row.title != row.id) name += " <small>" + h(row.id) + "</small>";
    out += "<tr data-change=\"" + std::to_string(row.last_change) + "\"><th scope=\"row\">" + name +
           "</th>";
    for (std::size_t i = 0; i < table.years.size(); ++i) {
      const std::string year = std::to_string(table.years[i]);
      if (!table.in_archive[i]) {
        out += "<td class=\"gap\"></td>";
        continue;
      }
      const TierCell& cell = row.cells[i];
      std::string title = year + ": " +
                          (!cell.present       ? std::string("not in this edition")
                           : cell.tier.empty() ? std::string("no rating")
                                               : cell.tier);
      if (cell.direction == Direction::upgrade || cell.direction == Direction::downgrade)
        title += std::string(" (") + direction_name(cell.direction) + ")";
      out += "<td class=\"" + std::string(rank_class(cell)) + "\" title=\"" + h(title) + "\">" +
             h(cell_text(table, row, i)) + "</td>";
    }
    out += "<td class=\"last\">" + (row.last_change ? std::to_string(row.last_change) : "") +
           "</td></tr>\n";
  }
  out += "</tbody>\n</table></div>\n<p class=\"legend\">" + h(kLegend) + "</p>\n";
  return out;
}

std::string render_tiers_html(const TierTable& table) {
  const std::string title = "Tiers " + table.series + " " + span_label(table);
  std::string out = html_page::start(title, "", kHeatmapStyle);
  out += "<section class=\"card\">\n<h1>" + h(title) + "</h1>\n<p>" + h(rows_phrase(table)) +
         ".</p>\n";
  const std::string gaps = missing_years(table);
  if (!gaps.empty()) out += "<p class=\"muted\">No edition in the archive: " + h(gaps) + ".</p>\n";
  out += tier_heatmap_html(table, {}) + "</section>\n";
  return out + html_page::end(kHeatmapScript);
}

std::string render_tiers(const TierTable& table, TableFormat format, bool color) {
  switch (format) {
    case TableFormat::text:
      return render_tiers_text(table, color);
    case TableFormat::csv:
      return render_tiers_csv(table);
    case TableFormat::json:
      return render_tiers_json(table);
    case TableFormat::md:
      return render_tiers_markdown(table);
    case TableFormat::html:
      return render_tiers_html(table);
  }
  return "";
}

}  // namespace yoy
