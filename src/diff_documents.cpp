// Semantic differ (not built yet).
#include <stdexcept>
#include "yoy/diff.h"

namespace yoy {
ReportChange diff_documents(const Document*, const Document*, const DiffOptions&) { throw std::logic_error("not built yet"); }
}  // namespace yoy
