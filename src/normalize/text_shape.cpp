// check_text_shape: paragraph count and length in one pass over the bytes.
#include "yoy/normalize/text_shape.h"

#include <string>

#include "yoy/util/error.h"
#include "yoy/util/limits.h"

namespace yoy {

void check_text_shape(std::string_view text, std::string_view where) {
  std::size_t paragraphs = 0;
  std::size_t paragraph_begin = std::string_view::npos;  // npos: between paragraphs
  bool line_blank = true;
  const auto end_paragraph = [&](std::size_t end) {
    if (paragraph_begin == std::string_view::npos) return;
    if (end - paragraph_begin > kMaxParagraphBytes)
      throw InputError(std::string(where) + ": paragraph at byte " +
                       std::to_string(paragraph_begin) + " is longer than the " +
                       std::to_string(kMaxParagraphBytes) + "-byte limit for one paragraph");
    paragraph_begin = std::string_view::npos;
  };
  std::size_t line_begin = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    const char c = i < text.size() ? text[i] : '\n';
    if (c == '\n') {
      if (line_blank) end_paragraph(line_begin);
      line_blank = true;
      line_begin = i + 1;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\r') continue;
    if (line_blank && paragraph_begin == std::string_view::npos) {
      paragraph_begin = line_begin;
      if (++paragraphs > limits::kMaxBlocks)
        throw InputError(std::string(where) + ": more than " + std::to_string(limits::kMaxBlocks) +
                         " paragraphs, over the limit per report");
    }
    line_blank = false;
    if (i - paragraph_begin > kMaxParagraphBytes) end_paragraph(i + 1);
  }
  end_paragraph(text.size());
}

}  // namespace yoy
