#pragma once
// yoy fetch (sources → the archive) and yoy notify (the archive → channels),
// registered by define_commands beside the others.
#include "commands.h"

namespace yoy::cli {

void add_fetch_command(CLI::App& app, Context& context);
void add_notify_command(CLI::App& app, Context& context);

}  // namespace yoy::cli
