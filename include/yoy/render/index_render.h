#pragma once
// The overview page of `yoy summary` (index.md, index.html). Formatting only.
#include <string>

#include "yoy/app/summary_index_result.h"

namespace yoy {

std::string render_index_markdown(const SummaryIndex& index);
std::string render_index_html(const SummaryIndex& index);

}  // namespace yoy
