#pragma once
// `yoy site` written out: the pages of a series' site, rendered
// (render/site_render) from what app/site computed.
#include <vector>

#include "yoy/app/site_result.h"
#include "yoy/util/output_dir.h"

namespace yoy {

// index.html, one page per pair of consecutive editions, one per report, and
// feed.xml (the Atom feed of the changes).
std::vector<OutputFile> render_site_pages(const SiteModel& model);

}  // namespace yoy
