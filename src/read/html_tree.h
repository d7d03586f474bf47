#pragma once
// Internal to the HTML reader: helpers over gumbo's tree shared by the files
// html_reader.cpp (decoding, title, checks), html_chrome.cpp (what is page
// chrome) and html_extract.cpp (tree → clean paragraphs).
#include <gumbo.h>

#include <string>
#include <string_view>

#include "yoy/normalize/normalize.h"
#include "yoy/util/text_encoding.h"

namespace yoy::html {

bool is_element(const GumboNode* node, GumboTag tag);
std::string_view attribute(const GumboNode* node, const char* name);  // "" when absent

// All text below node, whitespace collapsed, chrome included (for titles).
std::string plain_text(const GumboNode* node);

// Collapses HTML whitespace (and no-break spaces) to single spaces, drops
// zero-width characters and soft hyphens, trims, and applies NFC.
std::string clean_inline(std::string_view raw);

// Navigation, header, footer, banners, scripts, forms, share widgets, hidden
// elements... by element, role, and class/id hints.
bool is_chrome(const GumboNode* element);
// A "tags" box (class/id like "related-tags", "tags", "tag-list").
bool is_tags_box(const GumboNode* element);
// A main-content landmark (<main>, role="main", <article>).
bool is_main_landmark(const GumboNode* element);

// Report paragraphs below `root`; tags from anywhere in the document.
CleanText extract(const GumboNode* document, const GumboNode* root, const OffsetMap& offsets);

}  // namespace yoy::html
