// Normalizer (not built yet).
#include <stdexcept>
#include "yoy/normalize.h"

namespace yoy {
void check_utf8(std::string_view, std::string_view) { throw std::logic_error("not built yet"); }
CleanText normalize_text(std::string_view) { throw std::logic_error("not built yet"); }
std::string compare_form(std::string_view) { throw std::logic_error("not built yet"); }
std::string section_key(std::string_view) { throw std::logic_error("not built yet"); }
std::string decode_entities(std::string_view) { throw std::logic_error("not built yet"); }
std::string nfc(std::string_view) { throw std::logic_error("not built yet"); }
std::vector<std::string> split_sentences(std::string_view) { throw std::logic_error("not built yet"); }
}  // namespace yoy
