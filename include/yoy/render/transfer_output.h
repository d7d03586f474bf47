#pragma once
// What yoy rm, clone, pull and push did, one line per series. Formatting only.
#include <string>

#include "yoy/archive/transfer.h"

namespace yoy {

// "tip: fast-forward, new 2026" per series; "everything up to date" when nothing moved.
std::string render_transfer_text(const TransferResult& result, const std::string& verb);
// "removed north-korea from tip 2024; 1 later edition rebuilt; the old head is refs/yoy/replaced/1"
std::string render_remove_text(const RemoveResult& result);

}  // namespace yoy
