#pragma once
// The subcommands. Each file registers one command on the app; its callback
// stores the action that main() runs once parsing succeeded.
#include <functional>
#include <string>

#include "output.h"

namespace CLI {
class App;
}

namespace yoy {
struct SplitReport;
class Archive;
}  // namespace yoy

namespace yoy::cli {

struct Globals {
  std::string archive;         // --archive (else $YOY_ARCHIVE, else .yoy)
  std::string color = "auto";  // auto | always | never
  bool quiet = false;
  bool no_cache = false;  // --no-cache: the archive's analysis cache is neither read nor kept
  bool no_pager = false;  // --no-pager
  bool version = false;   // --version
};

struct Context {
  Globals globals;
  std::function<int()> action;  // returns the exit code
};

// Colour on stdout/stderr: --color always|never, NO_COLOR, else whether fd is a TTY.
bool use_color(const Globals& globals, int fd);
// The archive of --archive / $YOY_ARCHIVE / .yoy, for reading (with the cache unless --no-cache).
Archive open_archive(const Globals& globals);

// Registers the global options and every command on the app (main, and the
// generators of man pages and completions, read the same definitions).
void define_commands(CLI::App& app, Context& context);

void add_parse_command(CLI::App& app, Context& context);
void add_compare_command(CLI::App& app, Context& context);
void add_ingest_command(CLI::App& app, Context& context);
void add_import_git_command(CLI::App& app, Context& context);
void add_list_command(CLI::App& app, Context& context);
void add_log_command(CLI::App& app, Context& context);
void add_cat_command(CLI::App& app, Context& context);
void add_blame_command(CLI::App& app, Context& context);
void add_diff_command(CLI::App& app, Context& context);
void add_summary_command(CLI::App& app, Context& context);
void add_check_command(CLI::App& app, Context& context);
void add_split_command(CLI::App& app, Context& context);
// One line a narrative of a split PDF on stdout: id, title, tier, pages.
void print_narratives(const SplitReport& report);
void add_tiers_command(CLI::App& app, Context& context);
void add_stats_command(CLI::App& app, Context& context);
void add_site_command(CLI::App& app, Context& context);
void add_sharing_commands(CLI::App& app, Context& context);  // clone, pull, push
void add_rm_command(CLI::App& app, Context& context);
void add_help_command(CLI::App& app, Context& context);
void add_generator_commands(CLI::App& app, Context& context);  // hidden: __generate, __complete

}  // namespace yoy::cli
