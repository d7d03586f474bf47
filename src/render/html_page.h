#pragma once
// The frame shared by yoy's own HTML pages (tiers, stats, the site): one
// self-contained document, inline CSS, no network. Private to render/.
#include <string>
#include <string_view>

namespace yoy::html_page {

// The stylesheet every page starts from (colours, cards, tables that scroll
// inside their box instead of widening the page).
extern const char* const kBaseStyle;

// "<!DOCTYPE html>…<body><main>" with the page's own <title>; `nav` (HTML,
// may be empty) is a row of links up and across, shown above the content;
// `extra_style` is appended to the base stylesheet.
std::string start(std::string_view title, std::string_view nav, std::string_view extra_style = {});
// "</main>…</html>", with an inline script when one is given.
std::string end(std::string_view script = {});

}  // namespace yoy::html_page
