#pragma once
// Documents built by hand for differ tests: sections of paragraphs (or list
// items), each analyzed by the real block analyzer (sentences, compare form,
// statistics), so the differ sees what a parse would give it.
#include <string>
#include <vector>

#include "yoy/model/model.h"

namespace yoy::testing {

struct SectionSpec {
  std::string heading;
  std::vector<std::string> blocks;
  bool is_list = false;
};

Document make_document(const std::string& id, const std::string& tier,
                       const std::vector<SectionSpec>& sections);

}  // namespace yoy::testing
