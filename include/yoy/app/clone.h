#pragma once
// `yoy clone`: an archive copied from a git remote, and what it brought, in the
// form pull and push report it (every series created, its years received).
#include <string>

#include "yoy/archive/transfer.h"

namespace yoy {

// Throws ArchiveError / InputError as Archive::clone does (nothing left at `dir`).
TransferResult clone_archive(const std::string& url, const std::string& dir,
                             const TransferProgress& progress = {});

}  // namespace yoy
