// yoy: what changed between editions of annual reports, by meaning.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <new>

#include "choices.h"
#include "cli_spec.h"
#include "commands.h"
#include "help_text.h"
#include "monitor_commands.h"
#include "pager.h"
#include "terminal.h"
#include "usage_errors.h"
#include "yoy/archive/archive.h"
#include "yoy/util/error.h"
#include "yoy/util/files.h"
#include "yoy/util/printable.h"
#include "yoy/util/version.h"

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
  const char* term = std::getenv("TERM");
  if (term && std::string(term) == "dumb") return false;
  return ::isatty(fd) == 1;
}

void define_commands(CLI::App& app, Context& context) {
  app.fallthrough();  // global options are accepted after the subcommand too
  app.require_subcommand(1);
  app.set_help_flag("-h,--help", "Show help");
  app.add_option("--archive", context.globals.archive,
                 "Archive directory (default: $YOY_ARCHIVE, else the nearest .yoy above)")
      ->option_text("DIR");
  app.add_option("--color", context.globals.color, "Colour: auto, always or never")
      ->check(one_of("colour mode", {"auto", "always", "never"}))
      ->option_text("WHEN");
  app.add_flag("-q,--quiet", context.globals.quiet, "Only results and errors");
  app.add_flag("--no-cache", context.globals.no_cache,
               "Parse every report afresh: neither read nor keep the archive's analysis cache");
  app.add_flag("--no-pager", context.globals.no_pager, "Never page output");
  app.add_flag("--version", context.globals.version, "Show the version");

  add_parse_command(app, context);
  add_compare_command(app, context);
  add_ingest_command(app, context);
  add_fetch_command(app, context);
  add_import_git_command(app, context);
  add_list_command(app, context);
  add_log_command(app, context);
  add_cat_command(app, context);
  add_blame_command(app, context);
  add_diff_command(app, context);
  add_summary_command(app, context);
  add_check_command(app, context);
  add_notify_command(app, context);
  add_split_command(app, context);
  add_tiers_command(app, context);
  add_stats_command(app, context);
  add_site_command(app, context);
  add_rm_command(app, context);
  add_sharing_commands(app, context);
  add_help_command(app, context);
  add_generator_commands(app, context);
}

void add_help_command(CLI::App& app, Context& context) {
  auto topic = std::make_shared<std::string>();
  auto* help = app.add_subcommand("help", "Show the commands, or how to use one");
  help->footer("Examples:\n  yoy help\n  yoy help diff");
  help->add_option("COMMAND", *topic, "Command to explain");
  help->callback([&app, &context, topic] {
    context.action = [&app, topic]() -> int {
      const CliSpec cli = describe(app);
      if (topic->empty()) {
        emit("", main_help(cli, terminal_width()));
        return 0;
      }
      if (const CommandSpec* command = find_command(cli, *topic)) {
        emit("", command_help(cli, *command, terminal_width()));
        return 0;
      }
      std::cerr << unknown_command(cli, *topic) << "\n";
      return 2;
    };
  });
}

}  // namespace yoy::cli

namespace {

using namespace yoy::cli;

// The command CLI11 was parsing when it stopped (null before one).
const CommandSpec* current_command(const CLI::App& app, const CliSpec& cli) {
  const auto parsed = app.get_subcommands();
  return parsed.empty() ? nullptr : find_command(cli, parsed.front()->get_name());
}

// Which refusal CLI11 made (get_name() is sometimes the subcommand's name instead).
std::string error_kind(const CLI::ParseError& e) {
  if (dynamic_cast<const CLI::ExtrasError*>(&e)) return "ExtrasError";
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&e)) return "ArgumentMismatch";
  if (dynamic_cast<const CLI::ConversionError*>(&e)) return "ConversionError";
  if (dynamic_cast<const CLI::ValidationError*>(&e)) return "ValidationError";
  if (dynamic_cast<const CLI::RequiredError*>(&e)) return "RequiredError";
  return e.get_name();
}

int run(int argc, char** argv) {
  Context context;
  CLI::App app{"yoy: what changed between editions of annual reports, by meaning", "yoy"};
  define_commands(app, context);
  const CliSpec cli = describe(app);
  const std::vector<std::string> args(argv + 1, argv + argc);

  // git's manners before CLI11's: an unknown command is named, with the closest one.
  const std::string word = command_word(cli, args);
  if (!word.empty() && !find_command(cli, word) && word != "help" && word.rfind("__", 0) != 0) {
    std::cerr << unknown_command(cli, word) << "\n";
    return 2;
  }

  // --help is answered while parsing, before the globals are read: a --no-pager
  // given with it is honoured here (help is paged on a terminal, as git's is).
  for (int i = 1; i < argc && std::string_view(argv[i]) != "--"; ++i)
    if (std::string_view(argv[i]) == "--no-pager") allow_pager(false);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    const CommandSpec* command = current_command(app, cli);
    emit("", command ? command_help(cli, *command, terminal_width())
                     : main_help(cli, terminal_width()));
    return 0;
  } catch (const CLI::CallForAllHelp&) {
    emit("", main_help(cli, terminal_width()));
    return 0;
  } catch (const CLI::ParseError& e) {
    if (context.globals.version) {
      write_stdout(std::string("yoy ") + YOY_VERSION + "\n");
      return 0;
    }
    const CommandSpec* command = current_command(app, cli);
    if (!command && word.empty()) {
      // `yoy` alone: what there is to do.
      std::cerr << main_help(cli);
      return 2;
    }
    std::cerr << parse_error_message(cli, command, error_kind(e), e.what(), args) << "\n";
    return 2;
  }
  if (context.globals.version) {
    write_stdout(std::string("yoy ") + YOY_VERSION + "\n");
    return 0;
  }
  allow_pager(!context.globals.no_pager);
  if (!context.action) return 2;
  return context.action();
}

}  // namespace

// Every message is one line: names and text quoted from reports and archives
// pass through printable(), so they can neither break the line nor paint the terminal.
int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const yoy::InputError& e) {
    std::cerr << "yoy: " << yoy::printable(e.what()) << "\n";
  } catch (const yoy::ArchiveError& e) {
    std::cerr << "yoy: archive: " << yoy::printable(e.what()) << "\n";
  } catch (const std::bad_alloc&) {
    std::cerr << "yoy: out of memory\n";
  } catch (const std::exception& e) {
    std::cerr << "yoy: internal error: " << yoy::printable(e.what()) << "\n";
  }
  return 2;
}
