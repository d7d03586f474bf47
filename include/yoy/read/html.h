#pragma once
// HTML report pages (as downloaded) → clean paragraphs, through gumbo.
#include <string_view>

#include "yoy/normalize/normalize.h"

namespace yoy {

// Drops navigation, header, footer, banners, scripts, styles, forms and share
// widgets; headings become heading blocks, p/li blocks, table rows fields.
CleanText read_html(std::string_view bytes, std::string_view where);

// True when the bytes start like an HTML document (after BOM/whitespace).
bool looks_like_html(std::string_view bytes);

}  // namespace yoy
