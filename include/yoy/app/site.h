#pragma once
// `yoy site`: a static site of a whole series — an index (the tier heat map,
// the latest changes, every edition pair), one page per report (tier timeline,
// statistics charts, its changes edition by edition) and one page per pair of
// consecutive editions.
#include <functional>
#include <string>
#include <vector>

#include "yoy/app/site_result.h"

namespace yoy {

class Archive;

// Called after each report is read and compared (done of total).
using SiteProgress = std::function<void(int done, int total)>;

// Throws InputError for an unknown series, or a report id that cannot be a file name.
SiteModel build_site_model(const Archive& archive, const std::string& series,
                           const SiteProgress& progress = {});

}  // namespace yoy
