// Edition diff over the archive (not built yet).
#include "yoy/edition_diff.h"

#include <stdexcept>

namespace yoy {
EditionRef parse_edition_ref(std::string_view, const Archive&) { throw std::logic_error("not built yet"); }
ChangeSet diff_editions(const Archive&, const EditionRef&, const EditionRef&,
                        const std::vector<std::string>&, const DiffOptions&) {
  throw std::logic_error("not built yet");
}
}  // namespace yoy
