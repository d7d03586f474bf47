// The overview of `yoy summary` as Markdown and as one self-contained HTML page.
// Formatting only: the rows and their order come from build_summary_index.
#include <string>

#include "render/render_common.h"
#include "render/render_escape.h"
#include "yoy/render/check_output.h"
#include "yoy/render/index_render.h"
#include "yoy/render/render.h"

namespace yoy {

namespace {

std::string markdown_cell(const std::string& text) { return escape_markdown(text); }

std::string html_escape(const std::string& text) { return escape_html(text); }

std::string items_text(const IndexRow& row) {
  std::string out;
  auto add = [&out](int n, const std::string& what) {
    if (n == 0) return;
    if (!out.empty()) out += ", ";
    out += what + std::to_string(n);
  };
  add(row.items_added, "+");
  add(row.items_removed, "−");
  add(row.items_reworded, "~");
  add(row.items_moved, "↕");
  return out.empty() ? "—" : out;
}

// A row's report is unchanged, changed, added or removed.
std::string change_text(const IndexRow& row) { return change_name(row.change); }

std::string name_of(const IndexRow& row) { return row.title.empty() ? row.id : row.title; }

std::string headline(const SummaryIndex& index) {
  return "Changes " + edition_label(index.from) + " → " + edition_label(index.to);
}

std::string counts(const SummaryIndex& index) {
  return std::to_string(index.changed) + " changed, " + std::to_string(index.added) + " added, " +
         std::to_string(index.removed) + " removed, " + std::to_string(index.unchanged) +
         " unchanged.";
}

const char* kReversedNote =
    "Reversed: FROM is later than TO, so these changes run backwards in time.";
const char* kLegend =
    "Recommendations: + added, − removed, ~ reworded, ↕ moved. Biggest changes first: tier moves, "
    "then reports added or removed, then by number of changes.";

}  // namespace

std::string render_index_markdown(const SummaryIndex& index) {
  std::string out = "# " + headline(index) + "\n\n";
  if (index.reversed) out += std::string("**") + kReversedNote + "**\n\n";
  out += counts(index) + "\n\n";
  out += "| Report | Change | Tier | Recommendations | Statistics changed | Sections changed |\n";
  out += "|---|---|---|---|---|---|\n";
  for (const IndexRow& row : index.rows) {
    std::string name = markdown_cell(name_of(row));
    if (row.has_pages) name = markdown_link(name, summary_report_page(row.id, "md"));
    if (!row.title.empty() && row.title != row.id) name += " (" + markdown_cell(row.id) + ")";
    out += "| " + name + " | " + change_text(row) + " | " +
           markdown_cell(render_common::index_tier_text(row)) + " | " + items_text(row) + " | " +
           std::to_string(row.statistics_changed) + " | " + std::to_string(row.sections_changed) +
           " |\n";
  }
  out += std::string("\n") + kLegend + "\n";
  return out;
}

std::string render_index_html(const SummaryIndex& index) {
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
      html_escape(headline(index)) +
      "</title>\n<style>\n"
      "body{font-family:system-ui,sans-serif;margin:1rem auto;max-width:60rem;padding:0 1rem;"
      "color:#222;line-height:1.4}\n"
      ".wrap{overflow-x:auto}table{border-collapse:collapse;width:100%}\n"
      "th,td{border-bottom:1px solid #ddd;padding:.4rem .5rem;text-align:left;vertical-align:top}\n"
      "th{background:#f4f4f4}td.n{text-align:right}.down{color:#b00020}.up{color:#1b7a1b}\n"
      ".note{background:#fff4d6;padding:.5rem}.legend{color:#555;font-size:.9rem}\n"
      "</style>\n</head>\n<body>\n<h1>" +
      html_escape(headline(index)) + "</h1>\n";
  if (index.reversed) out += std::string("<p class=\"note\">") + kReversedNote + "</p>\n";
  out += "<p>" + html_escape(counts(index)) + "</p>\n<div class=\"wrap\"><table>\n";
  out +=
      "<thead><tr><th>Report</th><th>Change</th><th>Tier</th><th>Recommendations</th>"
      "<th>Statistics changed</th><th>Sections changed</th></tr></thead>\n<tbody>\n";
  for (const IndexRow& row : index.rows) {
    std::string name = html_escape(name_of(row));
    if (row.has_pages) name = html_link(summary_report_page(row.id, "html"), "", name);
    if (!row.title.empty() && row.title != row.id)
      name += " <small>" + html_escape(row.id) + "</small>";
    const char* tier_class = row.direction == Direction::downgrade ? " class=\"down\""
                             : row.direction == Direction::upgrade ? " class=\"up\""
                                                                   : "";
    out += "<tr><td>" + name + "</td><td>" + change_text(row) + "</td><td" + tier_class + ">" +
           html_escape(render_common::index_tier_text(row)) + "</td><td>" +
           html_escape(items_text(row)) + "</td><td class=\"n\">" +
           std::to_string(row.statistics_changed) + "</td><td class=\"n\">" +
           std::to_string(row.sections_changed) + "</td></tr>\n";
  }
  out += "</tbody>\n</table></div>\n<p class=\"legend\">" + html_escape(kLegend) +
         "</p>\n</body>\n</html>\n";
  return out;
}

}  // namespace yoy
