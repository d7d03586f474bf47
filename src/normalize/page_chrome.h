#pragma once
// Recognizes the web-page furniture around a report (banners, breadcrumbs,
// footer links) so the normalizer can drop it without touching report text.
#include <string_view>

namespace yoy::chrome {

enum class Kind {
  none,             // report text
  banner,           // "FEDERAL GOVERNMENT SHUTDOWN" and its explanation
  agency,           // "U.S. DEPARTMENT *of* STATE"
  breadcrumb,       // "Home > ... > ..."
  in_this_section,  // "IN THIS SECTION /" (drops the line after it too)
  tags_heading,     // "TAGS" (the lines after it are the page's tags)
  footer,           // "Privacy Policy", "FOIA", ...
};

// Classifies one paragraph or line (Markdown links already stripped).
Kind classify(std::string_view text);

// Is this line short and plain enough to be one entry of a TAGS list?
bool looks_like_tag(std::string_view text);

}  // namespace yoy::chrome
