#pragma once
// A cheap guard run before gumbo: some malformed pages (tens of thousands of
// elements left open) make an HTML5 tree builder quadratic. This counts start
// and end tags without building anything, so such pages are refused up front.
#include <cstddef>
#include <string_view>

namespace yoy {

struct OpenElements {
  std::size_t most = 0;  // the most elements open at once (upper estimate)
  std::size_t at = 0;    // byte offset where that peak was reached
};

// Skips comments, void elements, elements closed implicitly (p, li, td, ...)
// and the raw text of script/style/textarea/title.
OpenElements count_open_elements(std::string_view html);

// Past this many open elements read_html refuses the page.
inline constexpr std::size_t kMaxOpenElements = 4000;

}  // namespace yoy
