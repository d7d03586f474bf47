// yoy: what changed between editions of annual reports, by meaning.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <new>

#include "commands.h"
#include "yoy/archive/archive.h"
#include "yoy/util/error.h"
#include "yoy/util/files.h"

namespace yoy::cli {

Archive open_archive(const Globals& globals) {
  Archive archive = Archive::open(archive_location(globals.archive), false);
  archive.set_caching(!globals.no_cache);
  return archive;
}

bool use_color(const Globals& globals, int fd) {
  if (globals.color == "always") return true;
  if (globals.color == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  return ::isatty(fd) == 1;
}

void emit(const std::string& output_path, const std::string& content) {
  if (output_path.empty()) {
    std::fwrite(content.data(), 1, content.size(), stdout);
    std::fflush(stdout);
  } else {
    write_file_atomic(output_path, content);
  }
}

}  // namespace yoy::cli

namespace {

int run(int argc, char** argv) {
  using namespace yoy::cli;
  Context context;
  CLI::App app{"yoy: what changed between editions of annual reports, by meaning", "yoy"};
  app.fallthrough();  // global options are accepted after the subcommand too
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string("yoy ") + YOY_VERSION);
  app.add_option("--archive", context.globals.archive,
                 "Archive directory (default: $YOY_ARCHIVE, else .yoy)");
  app.add_option("--color", context.globals.color, "Colour: auto, always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_flag("-q,--quiet", context.globals.quiet, "Only results and errors");
  app.add_flag("--no-cache", context.globals.no_cache,
               "Parse every report afresh: neither read nor keep the archive's analysis cache");

  add_parse_command(app, context);
  add_compare_command(app, context);
  add_ingest_command(app, context);
  add_import_git_command(app, context);
  add_list_command(app, context);
  add_log_command(app, context);
  add_cat_command(app, context);
  add_blame_command(app, context);
  add_diff_command(app, context);
  add_summary_command(app, context);
  add_check_command(app, context);
  add_split_command(app, context);

  // `yoy help COMMAND` = `yoy COMMAND --help`.
  std::string help_topic;
  auto* help = app.add_subcommand("help", "Show help for a command");
  help->add_option("command", help_topic, "Command to explain");
  help->callback([&] {
    context.action = [&]() -> int {
      if (help_topic.empty()) {
        std::cout << app.help();
        return 0;
      }
      for (auto* sub : app.get_subcommands({})) {
        if (sub->get_name() == help_topic) {
          std::cout << sub->help();
          return 0;
        }
      }
      std::cerr << "yoy: no command named '" << help_topic << "' (see yoy --help)\n";
      return 2;
    };
  });

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    std::cout << (app.get_subcommands().empty() ? app.help() : app.get_subcommands()[0]->help());
    return 0;
  } catch (const CLI::CallForAllHelp&) {
    std::cout << app.help("", CLI::AppFormatMode::All);
    return 0;
  } catch (const CLI::CallForVersion&) {
    std::cout << "yoy " << YOY_VERSION << "\n";
    return 0;
  } catch (const CLI::ParseError& e) {
    std::cerr << "yoy: " << e.what() << " (see yoy --help)\n";
    return 2;
  }
  if (!context.action) return 2;
  return context.action();
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const yoy::InputError& e) {
    std::cerr << "yoy: " << e.what() << "\n";
  } catch (const yoy::ArchiveError& e) {
    std::cerr << "yoy: archive: " << e.what() << "\n";
  } catch (const std::bad_alloc&) {
    std::cerr << "yoy: out of memory\n";
  } catch (const std::exception& e) {
    std::cerr << "yoy: internal error: " << e.what() << "\n";
  }
  return 2;
}
