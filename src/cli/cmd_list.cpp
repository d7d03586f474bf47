// yoy list: not built yet (see the issue tracker).
#include <CLI/CLI.hpp>
#include <iostream>

#include "commands.h"

namespace yoy::cli {

void add_list_command(CLI::App& app, Context& context) {
  auto* sub = app.add_subcommand("list", "(not built yet)");
  sub->allow_extras();
  sub->callback([&context] {
    context.action = [] {
      std::cerr << "yoy: list is not built yet\n";
      return 2;
    };
  });
}

}  // namespace yoy::cli
