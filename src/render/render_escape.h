#pragma once
// Escaping of report text for the markup renderers write, in one place: HTML
// and XML (the same five characters, each dialect's own rules for the rest),
// Markdown and link targets.
#include <string>
#include <string_view>

namespace yoy {

// Every byte that is special in HTML text or attributes: & < > " ' (NUL → U+FFFD).
std::string escape_html(std::string_view text);
// XML 1.0 text and attributes (JUnit): & < > " ', line breaks and tabs as
// character references (kept inside attributes), every other control
// character and U+FFFE / U+FFFF (not XML characters) as U+FFFD.
std::string escape_xml(std::string_view text);
// Inline Markdown text, safe inside table cells (pipes), emphasis and HTML-aware renderers;
// line breaks become spaces.
std::string escape_markdown(std::string_view text);
// A name as a relative link target (Markdown and HTML): every byte but A-Z a-z
// 0-9 - . _ ~ percent-encoded, so no name can close the link, add an
// attribute, or read as a scheme ("javascript:"). "north-korea" stays as it is.
std::string escape_link_target(std::string_view name);

}  // namespace yoy
