// Format and profile detection, then parsing (not built yet).
#include <stdexcept>
#include "yoy/parse.h"

namespace yoy {
Profile profile_from_name(std::string_view) { throw std::logic_error("not built yet"); }
const char* profile_name(Profile) { throw std::logic_error("not built yet"); }
Document parse_document(std::string_view, const ParseOptions&) { throw std::logic_error("not built yet"); }
Profile detect_profile(std::string_view, std::string_view) { throw std::logic_error("not built yet"); }
}  // namespace yoy
