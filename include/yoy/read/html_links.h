#pragma once
// The links of an HTML page (a report's index page lists its country pages).
#include <string>
#include <string_view>
#include <vector>

namespace yoy {

// Every <a href> of the page, in document order, as written (not resolved),
// each once. Bytes that are not HTML give none. A page past the HTML reader's
// bounds (html_limits.h) is refused: InputError("<where>: ...").
std::vector<std::string> html_links(std::string_view bytes, std::string_view where);

}  // namespace yoy
