// html renderer (not built yet).
#include <stdexcept>

#include "yoy/render.h"

namespace yoy {
std::string render_html(const ChangeSet&, const RenderOptions&) { throw std::logic_error("not built yet"); }
}  // namespace yoy
