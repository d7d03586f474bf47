#pragma once
// Normalizer: raw text (text or Markdown conversions of report pages) to clean
// paragraphs, and the comparison form of any display string.
#include <string>
#include <string_view>
#include <vector>

#include "yoy/model/model.h"

namespace yoy {

// A paragraph of the cleaned report, before any profile gives it meaning.
struct TextBlock {
  std::string text;         // display text (entities decoded, NFC, soft breaks joined)
  ByteSpan span;            // where it came from in the source bytes
  int heading_level = 0;    // 0 = body; 1..6 = a heading (from HTML or Markdown '#')
  bool list_item = false;   // a bullet or <li>
  std::string field_label;  // table rows / definition fields: the label ("" otherwise)
};

struct CleanText {
  std::string title;  // page title line when found ("2025 Trafficking in Persons Report: ...")
  std::vector<std::string> tags;  // the page's TAGS list (kept as metadata)
  std::vector<TextBlock> blocks;  // report paragraphs in order, chrome removed
};

// Throws InputError("<where>: invalid UTF-8 at byte N") on malformed input.
// Strips a UTF-8 BOM; refuses binary (NUL bytes) with a clear message.
void check_utf8(std::string_view bytes, std::string_view where);

// Text / Markdown report → clean paragraphs (drops page chrome, rejoins
// paragraphs a page break cut mid-sentence, strips Markdown link syntax).
CleanText normalize_text(std::string_view utf8);

// Comparison form: HTML entities decoded, NFC, typographic quotes/dashes folded
// to ASCII, whitespace collapsed and trimmed. Case is kept.
std::string compare_form(std::string_view display);

// Heading key: compare form, lower-cased, trailing colon/period dropped,
// non-alphanumerics to '-': "PRIORITIZED RECOMMENDATIONS:" → "prioritized-recommendations".
std::string section_key(std::string_view heading);

// Decodes HTML character references (&amp; &mdash; &#8212; &#x2014; ...).
std::string decode_entities(std::string_view s);

// Unicode NFC (utf8proc). Input must be valid UTF-8.
std::string nfc(std::string_view s);

// Splits display text into sentences (abbreviation-aware: "U.S.", "e.g.", "Dr.").
std::vector<std::string> split_sentences(std::string_view text);

}  // namespace yoy
