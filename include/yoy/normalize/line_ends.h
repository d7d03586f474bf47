#pragma once
// How a line or paragraph ends: shared by the text normalizer and the PDF
// reader, which both decide from it whether a break ends a paragraph.
#include <string_view>

namespace yoy {

// Does the text end like a finished sentence or heading (., !, ?, : or ;),
// looking past closing quotes, brackets and Markdown emphasis?
bool ends_finished(std::string_view s);

}  // namespace yoy
