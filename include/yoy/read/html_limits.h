#pragma once
// Bounds on what parsing an HTML page may cost, checked before and while gumbo
// runs. An HTML5 tree builder can be made to work far out of proportion to the
// page: tens of thousands of elements left open, formatting elements rebuilt
// in every paragraph (3,000 open <b id=N> then 3,000 <p>: nine million nodes
// from 48 KB), a tag with 150,000 attributes (each checked against the others).
// A scan that builds nothing counts tags, open elements and attributes; the
// tree gumbo builds is held to a byte budget (html_reader.cpp).
#include <cstddef>
#include <string_view>

namespace yoy {

struct HtmlWork {
  std::size_t most_open = 0;        // the most elements open at once (upper estimate)
  std::size_t open_at = 0;          // byte offset where that peak was reached
  std::size_t most_attributes = 0;  // the most attributes in one tag
  std::size_t attributes_at = 0;    // byte offset of that tag
  std::size_t tags = 0;             // start and end tags
  std::size_t tags_passed_at = 0;   // byte offset of tag number kMaxHtmlTags + 1, if any
};

// One pass over the bytes. Skips comments, void elements, elements closed
// implicitly (p, li, td, ...) and the raw text of script/style/textarea/title.
HtmlWork measure_html(std::string_view html);

// Past this many open elements read_html refuses the page.
inline constexpr std::size_t kMaxOpenElements = 4000;
// Real pages carry a handful of attributes per tag (8 at most in 330 pages of
// Debian's documentation); gumbo checks each against the others.
inline constexpr std::size_t kMaxHtmlAttributes = 100;
// Every end tag walks the open elements: tags times depth is the parser's
// time. The largest page measured (Node.js's all-in-one manual, 8.4 MB) has
// 363,524 tags.
inline constexpr std::size_t kMaxHtmlTags = 1'000'000;

// Bytes gumbo may hold while building a page's tree (each block with its
// header and malloc's overhead): 100 per byte of the page (real pages take 9
// to 30, pages of nothing but tags up to 150), at least 16 MiB, at most 256 MiB.
std::size_t html_tree_budget(std::size_t page_bytes);
inline constexpr std::size_t kHtmlTreeBytesPerByte = 100;
inline constexpr std::size_t kMinHtmlTreeBudget = std::size_t{16} << 20;
inline constexpr std::size_t kMaxHtmlTreeBudget = std::size_t{256} << 20;

// The most bytes gumbo holds while parsing `html` as it is (no budget): for
// tests and measurements.
std::size_t html_tree_bytes(std::string_view html);

// Throws InputError("<where>: ...") when measure_html passes a bound (open
// elements, attributes in one tag, tags). Offsets are those of `html`.
void check_html_scan(std::string_view html, std::string_view where);
// check_html_scan, then gumbo under html_tree_budget: refused (InputError) when
// the tree outgrows it. read_html checks the same itself; ingest calls this to
// refuse such a page at once instead of at every later diff.
void check_html_work(std::string_view html, std::string_view where);

}  // namespace yoy
