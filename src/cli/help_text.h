#pragma once
// --help and `yoy help`, written from the command-line description (cli_spec.h).
#include <cstddef>
#include <string>

#include "cli_spec.h"

namespace yoy::cli {

// `yoy help` / `yoy --help`: usage, the commands one line each, the global options.
// width: the terminal's (descriptions wrapped under themselves), 0 for none.
std::string main_help(const CliSpec& cli, std::size_t width = 0);
// `yoy CMD --help` / `yoy help CMD`: "usage: yoy CMD ...", arguments, options, global options,
// footer.
std::string command_help(const CliSpec& cli, const CommandSpec& command, std::size_t width = 0);

const CommandSpec* find_command(const CliSpec& cli, const std::string& name);

}  // namespace yoy::cli
