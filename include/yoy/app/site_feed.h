#pragma once
// The revisions `yoy fetch` recorded for a series, as the site's feed shows them.
#include <string>
#include <vector>

#include "yoy/app/site_result.h"

namespace yoy {

class Archive;

// Each revision in refs/yoy/fetch/<series>, diffed (stored copy before → after),
// newest first. None when nothing was fetched.
std::vector<SiteRevision> site_revisions(const Archive& archive, const std::string& series);

}  // namespace yoy
