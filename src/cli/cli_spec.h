#pragma once
// The command line as data, read from the CLI11 definitions: help, man pages and
// shell completions are all written from this one description, so they never drift.
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace yoy::cli {

// What a shell should offer for a value.
enum class ValueKind {
  none,
  word,
  choice,
  file,
  directory,
  edition,
  report,
  report_at_year,
  rm_target,
  remote,
  command
};

struct OptionSpec {
  std::vector<std::string> names;  // "-o", "--output"; empty for a positional
  std::string value;               // "FILE", "FROM"; empty for a flag
  std::string description;
  std::vector<std::string> choices;  // --format text|md|...
  ValueKind kind = ValueKind::none;
  bool required = false;
  bool repeated = false;  // ID...
};

struct CommandSpec {
  std::string name, description, footer;
  std::vector<OptionSpec> positionals, options;
};

struct CliSpec {
  std::string name, description;
  std::vector<OptionSpec> globals;
  std::vector<CommandSpec> commands;  // visible ones, in definition order
};

CliSpec describe(const CLI::App& app);
// "FILE" for an option, "FROM" / "[ID...]" for a positional, as usage lines print them.
std::string usage_word(const OptionSpec& option);
// "yoy diff [OPTIONS] FROM TO [ID...]"
std::string usage_line(const CliSpec& cli, const CommandSpec& command);
// An option's description as help and man pages print it: with its choices
// unless the description names them itself.
std::string describe_option(const OptionSpec& option);
// "-o, --output FILE"
std::string option_label(const OptionSpec& option);

}  // namespace yoy::cli
