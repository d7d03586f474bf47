// build_summary / write_summary: the use case behind `yoy summary`.
#include "yoy/publish/summary.h"

#include <set>

#include "yoy/app/edition_diff.h"
#include "yoy/app/history.h"
#include "yoy/app/summary_index.h"
#include "yoy/model/rating.h"
#include "yoy/render/index_render.h"
#include "yoy/render/render.h"
#include "yoy/tally/count.h"
#include "yoy/util/error.h"
#include "yoy/util/output_dir.h"

namespace yoy {

namespace {

// A report id becomes a file name in DIR: it must not be able to leave DIR
// or clash with the overview.
void check_file_stem(const std::string& id) {
  bool bad = id.empty() || id[0] == '.' || id == "index" || id.find("..") != std::string::npos;
  for (unsigned char c : id) bad |= c == '/' || c == '\\' || c < 0x20 || c == 0x7F;
  if (bad)
    throw InputError("report id '" + id +
                     "' cannot be used as a file name in the summary directory");
}

std::vector<std::string> ids_of(const Archive& archive, const EditionRef& edition) {
  std::vector<std::string> ids;
  for (const ReportEntry& entry : archive.reports(edition.series, edition.year))
    ids.push_back(entry.id);
  return ids;
}

// The report's tier in every edition, for the HTML tier timeline.
std::vector<TierPoint> tier_points(const Archive& archive, const std::string& series,
                                   const std::string& id) {
  std::vector<TierPoint> points;
  for (const auto& [year, tier] : rating_history(archive, series, id))
    points.push_back({year, tier, tier.empty() ? -2 : tier_rank(tier)});
  return points;
}

}  // namespace

SummaryPages build_summary(const Archive& archive, const EditionRef& from, const EditionRef& to,
                           const SummaryProgress& progress) {
  const ChangeSet changes = diff_editions(archive, from, to, {}, DiffOptions{});
  std::set<std::string> all_ids;
  for (const auto& id : ids_of(archive, from)) all_ids.insert(id);
  for (const auto& id : ids_of(archive, to)) all_ids.insert(id);

  SummaryPages pages;
  pages.index =
      build_summary_index(changes, std::vector<std::string>(all_ids.begin(), all_ids.end()));
  RenderOptions options;  // files: no colour
  int done = 0;
  for (const ReportChange& report : changes.reports) {
    if (progress) progress(done++, static_cast<int>(changes.reports.size()));
    if (report.change == Change::unchanged) continue;
    check_file_stem(report.id);
    options.timelines.clear();
    options.timelines[report.id] = tier_points(archive, to.series, report.id);
    ChangeSet one;  // this report alone (copying `changes` whole would be quadratic)
    one.from = changes.from;
    one.to = changes.to;
    one.reversed = changes.reversed;
    one.reports = {report};
    summarize(one);
    pages.files.push_back({summary_report_page(report.id, "md"), render_markdown(one, options)});
    pages.files.push_back({summary_report_page(report.id, "html"), render_html(one, options)});
  }
  pages.files.push_back({"index.md", render_index_markdown(pages.index)});
  pages.files.push_back({"index.html", render_index_html(pages.index)});
  return pages;
}

void write_summary(const std::string& dir, const SummaryPages& pages) {
  write_output_directory(dir, pages.files);
}

}  // namespace yoy
