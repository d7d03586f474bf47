// read_pdf: the PDF reader's stages in order (poppler → lines → chrome out →
// reading order → paragraphs), and its result as a CleanText.
#include <cmath>
#include <map>

#include "pdf_internal.h"
#include "yoy/normalize/line_ends.h"
#include "yoy/util/error.h"

namespace yoy {

namespace {

// A paragraph that stops mid-sentence before one that starts in lower case
// was cut by a break the geometry could not see through (the text reader
// joins the same, so a narrative and its text file agree).
void join_cut_paragraphs(std::vector<PdfBlock>& blocks) {
  std::vector<PdfBlock> out;
  for (PdfBlock& b : blocks) {
    // Across a caption or chart set between the two parts.
    std::size_t before = out.size();
    while (before > 0 && out[before - 1].aside) --before;
    if (before > 0 && !b.aside) {
      PdfBlock& a = out[before - 1];
      const std::string& t = a.block.text;
      const bool body = a.block.heading_level == 0 && !a.block.list_item &&
                        b.block.heading_level == 0 && !b.block.list_item;
      if (body && t.size() >= 40 && !ends_finished(t) && !b.block.text.empty() &&
          b.block.text[0] >= 'a' && b.block.text[0] <= 'z') {
        a.block.text += ' ';
        a.block.text += b.block.text;
        a.last_page = b.last_page;
        continue;
      }
    }
    out.push_back(std::move(b));
  }
  blocks = std::move(out);
}

}  // namespace

bool is_pdf(std::string_view bytes) { return bytes.substr(0, 5) == "%PDF-"; }

PdfText read_pdf(std::string_view bytes, std::string_view where, const PdfOptions& options) {
  pdf::Extracted extracted = pdf::extract_pages(bytes, where, options);
  std::vector<pdf::Page>& pages = extracted.pages;
  std::size_t chars = 0;
  for (const pdf::Page& p : pages)
    for (const pdf::Line& l : p.lines) chars += l.chars;
  if (chars == 0) {
    throw InputError(std::string(where) + ": no text in any of its " +
                     std::to_string(pages.size()) + (pages.size() == 1 ? " page" : " pages") +
                     " (scanned images?); run OCR on it first, e.g. ocrmypdf IN.pdf OUT.pdf");
  }
  PdfText out;
  out.pages = static_cast<int>(pages.size());
  out.words = extracted.words;
  out.glyphs = extracted.glyphs;
  out.most_words_on_a_page = extracted.most_words_on_a_page;
  pdf::drop_chrome(pages);
  const std::vector<pdf::Line> lines = pdf::reading_order(pages);
  std::map<long, std::size_t> sizes;
  for (const pdf::Line& l : lines) sizes[std::lround(l.size * 10)] += l.chars;
  std::size_t best = 0;
  for (const auto& [size, n] : sizes)
    if (n > best) best = n, out.body_size = static_cast<double>(size) / 10;
  const pdf::Hyphens hyphens(lines);
  out.blocks = pdf::make_blocks(lines, out.body_size, hyphens);
  join_cut_paragraphs(out.blocks);
  for (PdfBlock& b : out.blocks) b.block.text = nfc(b.block.text);
  return out;
}

CleanText pdf_clean_text(const PdfText& text) {
  CleanText clean;
  clean.blocks.reserve(text.blocks.size());
  for (const PdfBlock& b : text.blocks)
    if (!b.aside) clean.blocks.push_back(b.block);
  return clean;
}

}  // namespace yoy
