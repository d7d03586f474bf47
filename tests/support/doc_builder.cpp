#include "support/doc_builder.h"

#include "yoy/normalize/normalize.h"
#include "yoy/parse/profiles.h"

namespace yoy::testing {

Document make_document(const std::string& id, const std::string& tier,
                       const std::vector<SectionSpec>& sections) {
  Document d;
  d.profile = "tip";
  d.series = "tip";
  d.id = id;
  d.title = "Title of " + id;
  if (!tier.empty()) {
    d.rating.scale = "tier";
    d.rating.value = tier;
  }
  for (const SectionSpec& spec : sections) {
    Section s;
    s.heading = spec.heading;
    s.key = section_key(spec.heading);
    s.is_list = spec.is_list;
    for (const std::string& text : spec.blocks) {
      Block b;
      b.kind = spec.is_list ? BlockKind::list_item : BlockKind::paragraph;
      b.text = text;
      analyze_block(b);
      s.blocks.push_back(std::move(b));
    }
    d.sections.push_back(std::move(s));
  }
  return d;
}

}  // namespace yoy::testing
