// Hidden commands: `yoy __generate man|completions DIR` (run at build time: the man
// pages and shell completions come from the same definitions as --help) and
// `yoy __complete KIND` (the archive's editions, reports and remotes for completions).
#include <CLI/CLI.hpp>
#include <filesystem>

#include "cli_spec.h"
#include "commands.h"
#include "completions.h"
#include "man_pages.h"
#include "yoy/archive/archive.h"
#include "yoy/util/error.h"
#include "yoy/util/files.h"
#include "yoy/util/version.h"

namespace yoy::cli {

void add_generator_commands(CLI::App& app, Context& context) {
  struct Args {
    std::string what, dir, kind;
  };
  auto args = std::make_shared<Args>();
  auto* generate = app.add_subcommand("__generate", "Write man pages or shell completions");
  generate->group("");  // hidden from help, man pages and completions
  generate->add_option("WHAT", args->what, "man or completions")->required();
  generate->add_option("DIR", args->dir, "Directory to write into")->required();
  generate->callback([&app, &context, args] {
    context.action = [&app, args] {
      const CliSpec cli = describe(app);
      std::error_code ec;
      std::filesystem::create_directories(args->dir, ec);
      if (ec) throw InputError(args->dir + ": cannot create: " + ec.message());
      if (args->what == "man") {
        for (const auto& [name, page] : man_pages(cli, YOY_VERSION))
          write_file_atomic(args->dir + "/" + name, page);
      } else if (args->what == "completions") {
        write_file_atomic(args->dir + "/yoy.bash", bash_completion(cli));
        write_file_atomic(args->dir + "/_yoy", zsh_completion(cli));
        write_file_atomic(args->dir + "/yoy.fish", fish_completion(cli));
      } else {
        throw InputError("__generate: '" + args->what + "' is not man or completions");
      }
      return 0;
    };
  });

  auto* complete = app.add_subcommand("__complete", "Archive words for shell completion");
  complete->group("");
  complete->add_option("KIND", args->kind, "editions, reports, report-at-year, rm-targets, remotes")
      ->required();
  complete->callback([&context, args] {
    context.action = [&context, args] {
      const Archive archive = open_archive(context.globals);
      std::string out;
      for (const std::string& word : archive_words(archive, args->kind)) out += word + "\n";
      emit("", out);
      return 0;
    };
  });
}

}  // namespace yoy::cli
