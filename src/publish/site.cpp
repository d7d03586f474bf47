// The pages of a series' site, in the order they are written.
#include "yoy/publish/site.h"

#include "yoy/render/feed_render.h"
#include "yoy/render/site_render.h"

namespace yoy {

std::vector<OutputFile> render_site_pages(const SiteModel& model) {
  std::vector<OutputFile> files;
  files.push_back({"index.html", render_site_index(model)});
  for (std::size_t p = 0; p < model.pairs.size(); ++p)
    files.push_back({site_pair_page(model.pairs[p].from_year, model.pairs[p].to_year),
                     render_site_pair(model, p)});
  for (std::size_t r = 0; r < model.reports.size(); ++r)
    files.push_back({site_report_page(model.reports[r].id), render_site_report(model, r)});
  files.push_back({kSiteFeed, render_site_feed(model)});
  return files;
}

}  // namespace yoy
