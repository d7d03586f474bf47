// yoy import-git: not built yet (see the issue tracker).
#include <CLI/CLI.hpp>
#include <iostream>

#include "commands.h"

namespace yoy::cli {

void add_import_git_command(CLI::App& app, Context& context) {
  auto* sub = app.add_subcommand("import-git", "(not built yet)");
  sub->allow_extras();
  sub->callback([&context] {
    context.action = [] {
      std::cerr << "yoy: import-git is not built yet\n";
      return 2;
    };
  });
}

}  // namespace yoy::cli
