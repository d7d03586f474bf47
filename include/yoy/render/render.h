#pragma once
// Renderers: one ChangeSet in, one format out. They never compute changes.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "yoy/model/changeset.h"

namespace yoy {

enum class Format { text, md, html, json };
// "text" | "md" | "markdown" | "html" | "json"; throws InputError on anything else.
Format format_from_name(std::string_view name);

// One edition of a report on its rating scale, for the html tier timeline.
struct TierPoint {
  int year = 0;
  std::string tier;  // "Tier 2 Watch List"; "" when the report has no rating that year
  int rank = -2;     // position on the scale, 0 = best (tier_rank()); < 0 = unordered / none
};

struct RenderOptions {
  bool color = false;  // text: ANSI red/green
  bool include_unchanged = false;
  // Optional, filled by callers that have an archive: report id -> its tier per year,
  // oldest first. html draws it as an inline SVG timeline when it has more than two points.
  std::map<std::string, std::vector<TierPoint>> timelines;
  // html, for pages that show many reports or years: a modified paragraph shows only
  // the sentences that changed ("…" for the rest), and the statistics table is left
  // out (the page charts statistics itself).
  bool compact = false;
};

std::string render_json(const ChangeSet& changes);  // the yoy.changes/2 contract, deterministic
// render_json in pieces, for callers that render each report as soon as it is
// diffed (any thread): one element of "reports", then the document around such
// elements (in order; `changes.reports` is not read, the pieces are consumed).
// render_json is exactly render_json_around over render_json_report of each report.
std::string render_json_report(const ReportChange& report);
std::string render_json_around(const ChangeSet& changes, std::vector<std::string>& reports);
std::string render_text(const ChangeSet& changes, const RenderOptions& options);
std::string render_markdown(const ChangeSet& changes, const RenderOptions& options);
std::string render_html(const ChangeSet& changes, const RenderOptions& options);
std::string render(const ChangeSet& changes, Format format, const RenderOptions& options);

// One report of a ChangeSet as the html page shows it (a <section class="card report">),
// for pages that hold several; report_card_style() is the stylesheet it needs.
std::string render_report_card_html(const ReportChange& report, const RenderOptions& options);
const char* report_card_style();

}  // namespace yoy
