#pragma once
// A pager for long output on a terminal, as git does: $YOY_PAGER, else $PAGER,
// else `less -FRX` (quits at once when the output fits one screen). Never when
// stdout is not a terminal, with --no-pager, or when the pager is "" or "cat".
#include <string>

namespace yoy::cli {

// Set once by main from --no-pager.
void allow_pager(bool allowed);

// The pager command to run for stdout now, or "" for none.
std::string pager_command();

// Writes `content` through the pager when there is one; returns false when there
// is none (the caller writes stdout itself). A pager the user quits early is no error.
bool write_through_pager(const std::string& content);

}  // namespace yoy::cli
