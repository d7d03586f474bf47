#pragma once
// Escaping of report text for the markup renderers write, in one place: HTML
// and XML (the same five characters, each dialect's own rules for the rest),
// Markdown, and every link yoy writes. Controls (ESC, BEL, C1, bidirectional
// overrides and isolates, bytes that are not UTF-8) are what printable() calls
// them (yoy/util/printable.h) and are spelled as it spells them ("\x1b",
// "\u202e") in every dialect: the pages are printed on terminals and pasted
// into issues.
#include <string>
#include <string_view>

namespace yoy {

// Every byte that is special in HTML text or attributes: & < > " '; every
// hidden control made visible. Line breaks and tabs stay.
std::string escape_html(std::string_view text);
// XML 1.0 text and attributes (JUnit): & < > " ', line breaks and tabs as
// character references (kept inside attributes), every hidden control made
// visible, U+FFFE / U+FFFF (not XML characters) as U+FFFD.
std::string escape_xml(std::string_view text);
// Inline Markdown text, safe inside table cells (pipes), emphasis and HTML-aware renderers;
// line breaks and tabs become spaces, hidden controls visible.
std::string escape_markdown(std::string_view text);

// The one way yoy builds a link: to `page` (a file beside this one, one path
// segment; empty: this page) at `fragment` (an element id; empty: none). Both
// are percent-encoded, every byte but A-Z a-z 0-9 - . _ ~, so no name can
// leave the directory, close the link, add an attribute or read as a scheme
// ("javascript:"); "north-korea.html#y2025" stays as it is. The two below are
// its only users; pages call them, never concatenate an href.
std::string link_target(std::string_view page, std::string_view fragment = {});
// <a href="TARGET">TEXT_HTML</a>: link_target escaped for the attribute;
// `text_html` is already HTML.
std::string html_link(std::string_view page, std::string_view fragment, std::string_view text_html);
// [TEXT_MD](TARGET): `text_md` is already Markdown.
std::string markdown_link(std::string_view text_md, std::string_view page);

}  // namespace yoy
