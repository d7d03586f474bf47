#pragma once
// Man pages yoy(1) and yoy-COMMAND(1), written from the command-line description
// (the same one --help reads), at build time by `yoy __generate man DIR`.
#include <map>
#include <string>

#include "cli_spec.h"

namespace yoy::cli {

// File name ("yoy.1", "yoy-diff.1") → roff text.
std::map<std::string, std::string> man_pages(const CliSpec& cli, const std::string& version);

}  // namespace yoy::cli
