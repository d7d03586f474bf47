// Renderer dispatch and the JSON renderer (not built yet).
#include <stdexcept>
#include "yoy/render.h"

namespace yoy {
Format format_from_name(std::string_view) { throw std::logic_error("not built yet"); }
std::string render_json(const ChangeSet&) { throw std::logic_error("not built yet"); }
std::string render(const ChangeSet&, Format, const RenderOptions&) { throw std::logic_error("not built yet"); }
}  // namespace yoy
