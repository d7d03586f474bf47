#pragma once
// The site's Atom feed (RFC 4287): one entry per pair of consecutive editions
// and per report revision, newest first, so a feed reader follows a series.
#include <string>

#include "yoy/app/site_result.h"

namespace yoy {

std::string render_site_feed(const SiteModel& model);

}  // namespace yoy
