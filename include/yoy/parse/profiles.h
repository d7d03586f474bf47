#pragma once
// Report families. Each turns clean paragraphs (or structured JSON) into a Document.
#include <cstddef>
#include <string_view>

#include "yoy/model/model.h"
#include "yoy/model/rating.h"
#include "yoy/normalize/normalize.h"

namespace yoy {

// TIP country narrative: title/year, country + tier heading, known sections,
// recommendations as list items, statistics per sentence.
Document parse_tip(const CleanText& text);

// Any text with headings: sections by heading, paragraphs as blocks.
Document parse_generic(const CleanText& text);

// World Factbook JSON profile (nested objects, leaves {"text": ...}).
// Throws InputError with line and column on malformed JSON.
// analyze = false leaves sentences and statistics empty (the differ analyzes what it looks into:
// diff_documents, diff/diff.h).
Document parse_factbook(std::string_view json, std::string_view where, bool analyze = true);
// What parse_factbook refuses (malformed, too deep, over limits::kMaxBlocks
// fields and sections, paths over kMaxFactbookPathBytes), found without building anything.
void check_factbook_shape(std::string_view json, std::string_view where);
// Every field keeps its path ("Economy > Real GDP"): all of them together at
// most this many bytes (the largest profile in the shared corpus holds 20 KB).
inline constexpr std::size_t kMaxFactbookPathBytes = std::size_t{16} << 20;

// A clean text block as a model block (paragraph, list item or labelled field), not yet analyzed.
Block block_from_text(const TextBlock& text);
// Fills sentences, compare forms and statistics of a block from its text.
void analyze_block(Block& block);
// analyze_block as the document's profile does it (factbook statistics carry
// the field path as their context).
void analyze_block_for(std::string_view profile, Block& block);
// For a document parsed with ParseOptions::analyze = false (or analyzed in
// part, as an edition diff does): analyzes every block still without
// sentences, giving what a full parse gives. Text profiles are analyzed while
// parsing and left as they are.
void analyze_remaining_blocks(Document& document);

}  // namespace yoy
