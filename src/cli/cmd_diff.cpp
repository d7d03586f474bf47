// yoy diff: not built yet (see the issue tracker).
#include <CLI/CLI.hpp>
#include <iostream>

#include "commands.h"

namespace yoy::cli {

void add_diff_command(CLI::App& app, Context& context) {
  auto* sub = app.add_subcommand("diff", "(not built yet)");
  sub->allow_extras();
  sub->callback([&context] {
    context.action = [] {
      std::cerr << "yoy: diff is not built yet\n";
      return 2;
    };
  });
}

}  // namespace yoy::cli
