#pragma once
// A cheap look at a text's shape before normalizing it, so that hostile inputs
// (a million paragraphs, a 60 MB paragraph) are refused in one pass, without
// building anything.
#include <cstddef>
#include <string_view>

namespace yoy {

// No report paragraph comes near this; a longer one is not a report.
inline constexpr std::size_t kMaxParagraphBytes = std::size_t{1} << 20;

// Throws InputError("<where>: ...") when the text has more blank-line-separated
// paragraphs than limits::kMaxBlocks or one longer than kMaxParagraphBytes.
void check_text_shape(std::string_view text, std::string_view where);

}  // namespace yoy
