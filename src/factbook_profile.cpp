// Factbook profile (not built yet).
#include <stdexcept>
#include "yoy/profiles.h"

namespace yoy {
Document parse_factbook(std::string_view, std::string_view) { throw std::logic_error("not built yet"); }
}  // namespace yoy
