// Generic profile: any text with headings → sections of paragraphs.
#include "yoy/normalize/headings.h"
#include "yoy/parse/profiles.h"

namespace yoy {

Document parse_generic(const CleanText& text) {
  Document doc;
  doc.profile = "generic";
  doc.tags = text.tags;
  doc.title = text.title;
  Section* current = nullptr;
  for (const TextBlock& t : text.blocks) {
    const bool heading = t.field_label.empty() && !t.list_item &&
                         (t.heading_level > 0 || is_all_caps_heading(t.text));
    if (heading) {
      if (doc.title.empty() && t.heading_level == 1) doc.title = t.text;
      doc.sections.push_back(Section{t.text, section_key(t.text), false, {}});
      current = &doc.sections.back();
      continue;
    }
    if (current == nullptr) {
      // Text before any heading (or a file without structure): one untitled section.
      doc.sections.push_back(Section{"", "body", false, {}});
      current = &doc.sections.back();
    }
    Block b = block_from_text(t);
    analyze_block(b);
    current->blocks.push_back(std::move(b));
  }
  for (Section& s : doc.sections) {
    bool all_items = !s.blocks.empty();
    for (const Block& b : s.blocks) all_items = all_items && b.kind == BlockKind::list_item;
    s.is_list = all_items;
  }
  return doc;
}

}  // namespace yoy
