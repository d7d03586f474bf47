// ChangeSet helpers (not built yet).
#include <stdexcept>
#include "yoy/changeset.h"

namespace yoy {
const char* change_name(Change) { throw std::logic_error("not built yet"); }
void summarize(ChangeSet&) { throw std::logic_error("not built yet"); }
}  // namespace yoy
