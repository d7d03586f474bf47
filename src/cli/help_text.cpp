#include "help_text.h"

#include <algorithm>

#include "yoy/render/wrap.h"

namespace yoy::cli {

namespace {

constexpr std::size_t kMaxLabel = 26;  // wider labels put their description on the next line

std::string table(const std::vector<std::pair<std::string, std::string>>& rows, std::size_t width) {
  std::size_t label_width = 0;
  for (const auto& [label, text] : rows)
    if (label.size() <= kMaxLabel) label_width = std::max(label_width, label.size());
  std::string out;
  for (const auto& [label, text] : rows) {
    out += "  " + label;
    if (label.size() > kMaxLabel) {
      out += "\n  " + std::string(label_width + 2, ' ');
    } else {
      out += std::string(label_width + 2 - label.size(), ' ');
    }
    out += text + "\n";
  }
  // On a terminal, a long description continues under itself.
  return wrap_text(out, width, label_width + 4);
}

std::string options_table(const std::vector<OptionSpec>& options, std::size_t width) {
  std::vector<std::pair<std::string, std::string>> rows;
  for (const OptionSpec& option : options)
    rows.emplace_back(option_label(option), describe_option(option));
  rows.emplace_back("-h, --help", "Show this help");
  return table(rows, width);
}

}  // namespace

const CommandSpec* find_command(const CliSpec& cli, const std::string& name) {
  for (const CommandSpec& command : cli.commands)
    if (command.name == name) return &command;
  return nullptr;
}

std::string main_help(const CliSpec& cli, std::size_t width) {
  std::string out = "usage: " + cli.name +
                    " [--archive DIR] [-q] [--color WHEN] [--no-pager] "
                    "COMMAND [ARGS]\n\n" +
                    cli.description + "\n\nCommands:\n";
  std::vector<std::pair<std::string, std::string>> rows;
  for (const CommandSpec& command : cli.commands)
    rows.emplace_back(command.name, command.description);
  out += table(rows, width);
  out += "\nGlobal options (before or after the command):\n";
  std::vector<std::pair<std::string, std::string>> globals;
  for (const OptionSpec& option : cli.globals)
    globals.emplace_back(option_label(option), describe_option(option));
  globals.emplace_back("-h, --help", "Show help (yoy help COMMAND for one command)");
  out += table(globals, width);
  out +=
      "\nExit status: 0 success, 1 differences (--exit-code) or policy violated (check),\n"
      "2 bad usage, bad input or archive error.\n"
      "See '" +
      cli.name + " help COMMAND' or 'man " + cli.name + "-COMMAND' for one command.\n";
  return out;
}

std::string command_help(const CliSpec& cli, const CommandSpec& command, std::size_t width) {
  std::string out = "usage: " + usage_line(cli, command) + "\n\n" + command.description + "\n";
  if (!command.positionals.empty()) {
    std::vector<std::pair<std::string, std::string>> rows;
    for (const OptionSpec& positional : command.positionals)
      rows.emplace_back(positional.value, describe_option(positional));
    out += "\nArguments:\n" + table(rows, width);
  }
  out += "\nOptions:\n" + options_table(command.options, width);
  std::vector<std::pair<std::string, std::string>> globals;
  for (const OptionSpec& option : cli.globals)
    globals.emplace_back(option_label(option), describe_option(option));
  out += "\nGlobal options:\n" + table(globals, width);
  if (!command.footer.empty()) out += "\n" + wrap_text(command.footer, width) + "\n";
  return out;
}

}  // namespace yoy::cli
