#pragma once
// `yoy log` and `yoy blame` output as text or JSON. Formatting only.
#include <string>

#include "yoy/app/history_result.h"

namespace yoy {

std::string render_timeline_text(const Timeline& timeline, bool color);
std::string render_timeline_json(const Timeline& timeline);  // "format": "yoy.log/1"
std::string render_blame_text(const Blame& blame, bool color);
std::string render_blame_json(const Blame& blame);  // "format": "yoy.blame/1"

}  // namespace yoy
