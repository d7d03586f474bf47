#pragma once
// The pages of `yoy site` (formatting only; the model comes from app/site).
// Every page has its own <title>, a row of links up (the index) and across
// (previous / next report or edition pair), inline CSS, no network.
#include <cstddef>
#include <string>

#include "yoy/app/site_result.h"

namespace yoy {

std::string render_site_index(const SiteModel& model);
std::string render_site_pair(const SiteModel& model, std::size_t pair);
std::string render_site_report(const SiteModel& model, std::size_t report);

}  // namespace yoy
