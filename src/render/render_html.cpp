// html renderer: one self-contained page (inline CSS, no scripts, no network).
// Summary on top, then per report: rating, tier timeline (inline SVG, when the
// caller knows more than two years), recommendation and statistics tables, and
// a redline of every changed section. Every piece of report text goes through
// escape_html, so nothing in a report can become markup.
#include <algorithm>
#include <string>

#include "render/render_common.h"
#include "render/render_escape.h"
#include "render/statistic_words.h"
#include "render/timeline_svg.h"
#include "yoy/render/render.h"

namespace yoy {
namespace {

using namespace render_common;

std::string h(std::string_view text) { return escape_html(text); }

constexpr const char* kStyle = R"css(
:root{--ink:#1b1f24;--muted:#57606a;--line:#d0d7de;--page:#f6f8fa;--card:#fff;
--del-bg:#ffebe9;--del:#a40e26;--ins-bg:#dafbe1;--ins:#116329;--move:#0550ae;--move-bg:#ddf4ff;
--warn-bg:#fff8c5;--warn:#9a6700}
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;
color:var(--ink);background:var(--page);-webkit-text-size-adjust:100%}
main{max-width:54rem;margin:0 auto;padding:1rem}
.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:1rem 1.25rem;
margin:0 0 1rem}
h1{font-size:1.45rem;line-height:1.25;margin:0 0 .5rem}
h2{font-size:1.3rem;line-height:1.3;margin:0 0 .4rem}
h2 small{font-weight:400;color:var(--muted);font-size:.85rem}
h3{font-size:1.08rem;margin:1.5rem 0 .5rem;padding-bottom:.25rem;border-bottom:1px solid var(--line)}
h4{font-size:1rem;margin:1.25rem 0 .4rem}
p{margin:.5rem 0}
a{color:var(--move)}
.muted{color:var(--muted)}
.rating{display:inline-block;padding:.15rem .65rem;border-radius:999px;font-weight:600;
background:#eaeef2}
.rating.downgrade,.rating.dropped{background:var(--del-bg);color:var(--del)}
.rating.upgrade,.rating.new{background:var(--ins-bg);color:var(--ins)}
.note{border-left:4px solid var(--warn);background:var(--warn-bg);padding:.5rem .75rem;
border-radius:4px}
.overview{padding-left:1.2rem}
.overview li{margin:.25rem 0}
.counts{list-style:none;padding:0;margin:.5rem 0;display:flex;flex-wrap:wrap;gap:.35rem}
.counts li{background:#eaeef2;border-radius:6px;padding:.1rem .5rem;font-size:.88rem}
del{background:var(--del-bg);color:var(--del);text-decoration:line-through}
ins{background:var(--ins-bg);color:var(--ins);text-decoration:underline}
.block{margin:.6rem 0;padding:.45rem .75rem;border-left:4px solid var(--line);
overflow-wrap:anywhere}
.block.added{border-color:var(--ins)}
.block.removed{border-color:var(--del)}
.block.moved{border-color:var(--move);background:var(--move-bg)}
.tag{display:inline-block;font-size:.72rem;font-weight:700;text-transform:uppercase;
letter-spacing:.04em;color:var(--muted);margin-right:.4rem}
.moved .tag{color:var(--move)}
table{border-collapse:collapse;width:100%;font-size:.95rem}
th,td{text-align:left;vertical-align:top;padding:.4rem .5rem;border-bottom:1px solid var(--line);
overflow-wrap:break-word}
th{font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
td.kind{white-space:nowrap;font-weight:600}
table.statistics{table-layout:fixed}
.statistics td{overflow-wrap:anywhere}
.statistics td.num{white-space:normal}
.statistics col.section{width:11%}.statistics col.measure{width:13%}.statistics col.period{width:9%}
.statistics col.value{width:10%}.statistics col.unit{width:8%}.statistics col.change{width:11%}
.timeline svg{display:block;width:100%;max-width:36rem;height:auto}
figure{margin:.75rem 0}
details.report>summary{cursor:pointer;list-style-position:outside;margin-left:1rem}
details.report>summary h2{display:inline;margin-right:.5rem}
details.report>summary .headline{display:block;font-size:.9rem;color:var(--muted)}
details.report[open]>summary{margin-bottom:.5rem}
details.report[open]>summary .headline{display:none}
.toc h2 small{font-weight:400}
@media (max-width:40rem){
main{padding:.5rem}
.card{padding:.75rem}
table,thead,tbody,tr,td{display:block}
thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
tr{border:1px solid var(--line);border-radius:6px;margin:.5rem 0;padding:.3rem .6rem}
td{border:none;padding:.15rem 0;text-align:left;white-space:normal}
td.num{text-align:left;white-space:normal}
td:empty{display:none}
.items td.kind,.items td.num{display:inline-block;margin-right:.6rem}
.statistics td::before{font-weight:600;color:var(--muted)}
.statistics td:nth-child(1)::before{content:"Section: "}
.statistics td:nth-child(2)::before{content:"Statistic: "}
.statistics td:nth-child(3)::before{content:"Period: "}
.statistics td:nth-child(4)::before{content:"Old: "}
.statistics td:nth-child(5)::before{content:"New: "}
.statistics td:nth-child(6)::before{content:"Unit: "}
.statistics td:nth-child(7)::before{content:"Change: "}
.statistics td:nth-child(8)::before{content:"Context: "}
}
)css";

// Following a link to a collapsed report (or arriving with one in the URL) opens it.
constexpr const char* kOpenTargetScript =
    "function yoyOpen(){var id=decodeURIComponent(location.hash.slice(1));"
    "var e=id&&document.getElementById(id);if(e&&e.tagName==='DETAILS'){e.open=true;"
    "e.scrollIntoView();}}addEventListener('hashchange',yoyOpen);yoyOpen();";

// Inline redline of word runs: <del>old</del> <ins>new</ins>.
std::string html_words(const std::vector<WordRun>& runs) {
  std::string out, previous;
  for (const WordRun& run : runs) {
    if (run.text.empty()) continue;
    if (needs_space(previous, run.text)) out += ' ';
    if (run.op == '-')
      out += "<del>" + h(run.text) + "</del>";
    else if (run.op == '+')
      out += "<ins>" + h(run.text) + "</ins>";
    else
      out += h(run.text);
    previous = run.text;
  }
  return out;
}

// A report's element id, the #fragment the contents link to (no spaces: an
// HTML id cannot hold one). Escaped where it is written: h() in id="…",
// html_link() in href="#…".
std::string anchor(std::string_view id) {
  std::string clean;
  for (char c : id) clean += (c == ' ' || c == '\t' || c == '\n' || c == '\r') ? '-' : c;
  return "report-" + clean;
}

// A cell. On a phone the statistics table's cells stack, each labelled by the
// stylesheet from its column (no label per cell: a whole edition has 30,000 rows).
std::string td(const std::string& html, const char* cls = nullptr) {
  std::string out = "<td";
  if (cls) out += std::string(" class=\"") + cls + "\"";
  return out + ">" + html + "</td>";
}

// The tier timeline of the archive's editions (true time axis, gaps, no
// timeline at all for a report never rated).
std::string timeline_figure(const std::vector<TierPoint>& points) {
  std::vector<TimelineYear> years;
  for (const TierPoint& p : points) years.push_back({p.year, true, true, p.tier, p.rank});
  const std::string svg = tier_timeline_svg(years);
  if (svg.empty()) return "";
  return "<figure class=\"timeline\">" + svg + "</figure>\n";
}

class HtmlWriter {
 public:
  explicit HtmlWriter(const RenderOptions& options) : options_(options) {}

  // One report's card alone, for pages that hold several (the site).
  std::string card(const ReportChange& report) {
    report_card(report);
    return std::move(out_);
  }

  std::string render(const ChangeSet& changes) {
    const std::string title =
        "What changed: " + edition_label(changes.from) + " → " + edition_label(changes.to);
    out_ += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
    out_ += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out_ += "<meta name=\"generator\" content=\"yoy\">\n";
    out_ += "<title>" + h(title) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n";
    out_ += "<main>\n<header class=\"card summary\">\n<h1>" + h(title) + "</h1>\n";
    if (changes.reversed) out_ += "<p class=\"note\">" + h(reversed_phrase(changes)) + "</p>\n";

    std::vector<const ReportChange*> shown;
    for (const ReportChange& report : changes.reports)
      if (options_.include_unchanged || !report_is_quiet(report)) shown.push_back(&report);
    if (shown.empty()) {
      out_ += "<p>No changes.</p>\n</header>\n</main>\n</body>\n</html>\n";
      return out_;
    }
    out_ += "<p>" + h(summary_phrase(changes.summary)) + ".</p>\n";
    // Several reports: a table of contents, and each report a collapsed section
    // (closed sections cost the browser nothing to lay out, so a whole edition opens
    // quickly); a link to one opens it. One report: its card right below says it all.
    const bool many = shown.size() > 1;
    if (many) {
      out_ += "<nav class=\"toc\"><h2>Contents <small>" + std::to_string(shown.size()) +
              " reports</small></h2>\n<ul class=\"overview\">\n";
      for (const ReportChange* report : shown)
        out_ += "<li>" +
                html_link("", anchor(report->id),
                          h(report->title.empty() ? report->id : report->title)) +
                " <small>" + h(report->id) + "</small>: " + headline(*report) + "</li>\n";
      out_ += "</ul></nav>\n";
    }
    out_ += "</header>\n";
    for (const ReportChange* report : shown) report_card(*report, many);
    out_ += "</main>\n";
    if (many) out_ += std::string("<script>") + kOpenTargetScript + "</script>\n";
    out_ += "</body>\n</html>\n";
    return out_;
  }

 private:
  std::string rating_badge(const RatingChange& rating) const {
    return "<span class=\"rating " + h(direction_name(rating.direction)) + "\">" +
           h(rating_phrase(rating)) + "</span>";
  }

  // "new report" / "report removed" and the rating badge.
  std::string status(const ReportChange& report) const {
    std::string out;
    if (report.change == Change::added)
      out += "new report";
    else if (report.change == Change::removed)
      out += "report removed";
    if (report.rating) out += (out.empty() ? "" : " ") + rating_badge(*report.rating);
    return out;
  }

  std::string headline(const ReportChange& report) const {
    std::string out = status(report);
    std::string counts = counts_phrase(count(report));
    if (!counts.empty()) out += (out.empty() ? "" : " ") + h(counts);
    if (out.empty()) out = h(change_name(report.change));
    return out;
  }

  // `collapsed`: a <details> whose summary is the heading and the headline.
  void report_card(const ReportChange& report, bool collapsed = false) {
    const std::string heading = "<h2>" + h(report.title.empty() ? report.id : report.title) +
                                " <small>" + h(report.id) + "</small></h2>";
    if (collapsed)
      out_ += "<details class=\"card report\" id=\"" + h(anchor(report.id)) + "\"><summary>" +
              heading + "<span class=\"headline\">" + headline(report) + "</span></summary>\n";
    else
      out_ +=
          "<section class=\"card report\" id=\"" + h(anchor(report.id)) + "\">\n" + heading + "\n";
    if (report.change == Change::added || report.change == Change::removed || report.rating)
      out_ += "<p>" + status(report) + "</p>\n";
    std::vector<std::string> counts = counts_groups(count(report));
    if (!counts.empty()) {
      out_ += "<ul class=\"counts\">";
      for (const std::string& group : counts) out_ += "<li>" + h(group) + "</li>";
      out_ += "</ul>\n";
    }
    if (report.rating && report.rating->stated_contradicts)
      out_ += "<p class=\"note\">Note: " + h(contradiction_phrase(*report.rating)) + ".</p>\n";
    auto timeline = options_.timelines.find(report.id);
    if (timeline != options_.timelines.end() && timeline->second.size() > 2)
      out_ += timeline_figure(timeline->second);
    for (const ListChange& list : report.lists) list_table(list);
    if (!report.statistics.empty() && !options_.compact) statistics_table(report.statistics);
    redline(report.sections);
    out_ += collapsed ? "</details>\n" : "</section>\n";
  }

  void list_table(const ListChange& list) {
    std::string rows;
    for (const ItemChange& item : list.items) {
      std::string kind, where, text;
      switch (item.change) {
        case Change::added:
          kind = "added", where = rank(item.to_index), text = "<ins>" + h(item.to) + "</ins>";
          break;
        case Change::removed:
          kind = "removed", where = "was " + rank(item.from_index);
          text = "<del>" + h(item.from) + "</del>";
          break;
        case Change::reworded:
          kind = "reworded";
          where = item.from_index == item.to_index
                      ? rank(item.to_index)
                      : rank(item.from_index) + " → " + rank(item.to_index);
          text = item.words.empty() ? html_words({{'-', item.from}, {'+', item.to}})
                                    : html_words(item.words);
          break;
        case Change::moved:
          kind = "moved", where = rank(item.from_index) + " → " + rank(item.to_index);
          text = h(item.text);
          break;
        default:
          if (!options_.include_unchanged) continue;
          kind = "unchanged", where = rank(item.to_index);
          text = h(item.text.empty() ? item.to : item.text);
      }
      rows += "<tr>" + td(h(kind), "kind") + td(h(where), "num") + td(text) + "</tr>\n";
    }
    if (rows.empty()) return;
    out_ += "<h3>" + h(list.section) +
            "</h3>\n<table class=\"items\">\n<thead><tr><th>Change</th>"
            "<th>Rank</th><th>Recommendation</th></tr></thead>\n<tbody>\n" +
            rows + "</tbody>\n</table>\n";
  }

  void statistics_table(const std::vector<StatisticChange>& stats) {
    out_ +=
        "<h3>Statistics</h3>\n<table class=\"statistics\"><colgroup><col class=\"section\">"
        "<col class=\"measure\"><col class=\"period\">"
        "<col class=\"value\"><col class=\"value\"><col class=\"unit\"><col class=\"change\"><col>"
        "</colgroup>\n<thead><tr><th>Section</th><th>Statistic</th><th>Period</th>"
        "<th>Old</th><th>New</th><th>Unit</th><th>Change</th><th>Context</th></tr></thead>\n"
        "<tbody>\n";
    for (const StatisticChange& s : stats) {
      std::string change = s.delta ? format_signed(*s.delta) : change_name(s.change);
      if (s.percent) change += " (" + format_percent(*s.percent) + ")";
      const bool same_period = s.change == Change::revised || s.change == Change::restated;
      if (same_period) change = std::string(change_name(s.change)) + (s.delta ? " " + change : "");
      std::string change_cell = h(change);
      if (same_period)
        change_cell =
            "<abbr title=\"" + h(statistic_revision_note(s)) + "\">" + change_cell + "</abbr>";
      std::string from = s.change == Change::added ? "—" : "<del>" + h(s.from) + "</del>";
      std::string to = s.change == Change::removed ? "—" : "<ins>" + h(s.to) + "</ins>";
      out_ += "<tr>" + td(h(s.section)) + td(h(statistic_name(s))) + td(h(statistic_periods(s))) +
              td(from, "num") + td(to, "num") + td(h(s.unit)) + td(change_cell, "num") +
              td(s.context.empty() ? "" : "“" + h(s.context) + "”") + "</tr>\n";
    }
    out_ += "</tbody>\n</table>\n";
  }

  void redline(const std::vector<SectionChange>& sections) {
    std::string body;
    for (const SectionChange& section : sections) {
      if (section.change == Change::unchanged && !options_.include_unchanged) continue;
      std::string title = h(section.section);
      std::string tag = change_name(section.change);
      if (section.change == Change::renamed) tag = "renamed from “" + section.from_section + "”";
      body += "<h4>" + title + " <span class=\"tag\">" + h(tag) + "</span></h4>\n";
      for (const BlockChange& block : section.blocks) body += block_html(block);
    }
    if (body.empty()) return;
    out_ += "<h3>Redline</h3>\n" + body;
  }

  std::string block_html(const BlockChange& block) const {
    switch (block.change) {
      case Change::added:
        return "<p class=\"block added\"><span class=\"tag\">added</span><ins>" + h(block.to) +
               "</ins></p>\n";
      case Change::removed:
        return "<p class=\"block removed\"><span class=\"tag\">removed</span><del>" +
               h(block.from) + "</del></p>\n";
      case Change::modified:
        if (block.coarse || block.words.empty())
          return "<p class=\"block modified\"><span class=\"tag\">rewritten</span><del>" +
                 h(block.from) + "</del> <ins>" + h(block.to) + "</ins></p>\n";
        return "<p class=\"block modified\">" +
               html_words(options_.compact ? around_changes(block.words) : block.words) + "</p>\n";
      case Change::moved:
        return "<p class=\"block moved\"><span class=\"tag\">moved from paragraph " +
               std::to_string(block.from_index + 1) + " to paragraph " +
               std::to_string(block.to_index + 1) + "</span>" + h(block.text) + "</p>\n";
      default:
        if (!options_.include_unchanged) return "";
        return "<p class=\"block unchanged\">" + h(block.text.empty() ? block.to : block.text) +
               "</p>\n";
    }
  }

  const RenderOptions& options_;
  std::string out_;
};

}  // namespace

std::string render_html(const ChangeSet& changes, const RenderOptions& options) {
  return HtmlWriter(options).render(changes);
}

std::string render_report_card_html(const ReportChange& report, const RenderOptions& options) {
  return HtmlWriter(options).card(report);
}

const char* report_card_style() { return kStyle; }

}  // namespace yoy
