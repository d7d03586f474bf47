// Document renderers for yoy parse (not built yet).
#include <stdexcept>

#include "yoy/document_json.h"

namespace yoy {
std::string document_to_json(const Document&) { throw std::logic_error("not built yet"); }
std::string document_to_text(const Document&) { throw std::logic_error("not built yet"); }
}  // namespace yoy
