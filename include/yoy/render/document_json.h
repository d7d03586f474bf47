#pragma once
// Renders a Document for `yoy parse` (JSON for tools, text for people).
#include <string>

#include "yoy/model/model.h"

namespace yoy {

std::string document_to_json(const Document& document);  // pretty, deterministic
std::string document_to_text(const Document& document);  // outline with blocks and statistics

}  // namespace yoy
