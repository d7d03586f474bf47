#include "edition_range.h"

#include "yoy/util/error.h"

namespace yoy::cli {

EditionPair edition_pair(const std::string& from, const std::string& to,
                         std::vector<std::string>* spill) {
  const std::size_t dots = from.find("..");
  if (dots == std::string::npos) {
    if (to.empty()) throw InputError("TO is required (give FROM TO or FROM..TO, e.g. 2024..2025)");
    return {from, to};
  }
  EditionPair pair{from.substr(0, dots), from.substr(dots + 2)};
  if (pair.from.empty() || pair.to.empty() || pair.to.find('.') != std::string::npos)
    throw InputError("'" + from +
                     "': not a range of editions (expected FROM..TO, e.g. 2024..2025)");
  if (!to.empty()) {
    if (!spill)
      throw InputError("'" + to + "': unexpected after the range '" + from +
                       "' (FROM..TO is both editions)");
    spill->insert(spill->begin(), to);
  }
  return pair;
}

}  // namespace yoy::cli
