// TIP profile (not built yet).
#include <stdexcept>
#include "yoy/profiles.h"

namespace yoy {
Document parse_tip(const CleanText&) { throw std::logic_error("not built yet"); }
Document parse_generic(const CleanText&) { throw std::logic_error("not built yet"); }
void analyze_block(Block&) { throw std::logic_error("not built yet"); }
std::string canonical_tier(std::string_view) { throw std::logic_error("not built yet"); }
int tier_rank(std::string_view) { throw std::logic_error("not built yet"); }
}  // namespace yoy
