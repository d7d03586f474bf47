#include "usage_errors.h"

#include "yoy/util/suggest.h"

namespace yoy::cli {

namespace {

const OptionSpec* find_option(const std::vector<OptionSpec>& options, const std::string& name) {
  for (const OptionSpec& option : options)
    for (const std::string& n : option.names)
      if (n == name) return &option;
  return nullptr;
}

std::string did_you_mean(const std::vector<std::string>& found) {
  if (found.empty()) return "";
  std::string out = " Did you mean ";
  for (std::size_t i = 0; i < found.size(); ++i)
    out += (i == 0 ? "" : i + 1 == found.size() ? " or " : ", ") + ("'" + found[i] + "'");
  return out + "?";
}

bool is_help(const std::string& word) { return word == "-h" || word == "--help"; }

}  // namespace

std::string command_word(const CliSpec& cli, const std::vector<std::string>& args) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& word = args[i];
    if (word == "--") return i + 1 < args.size() ? args[i + 1] : "";
    if (word.size() < 2 || word[0] != '-') return word;
    const std::string name = word.substr(0, word.find('='));
    const OptionSpec* option = find_option(cli.globals, name);
    // A global option's value is not the command ("--archive DIR").
    if (option && !option->value.empty() && name == word) ++i;
  }
  return "";
}

std::string unknown_command(const CliSpec& cli, const std::string& word) {
  std::vector<std::string> names;
  for (const CommandSpec& command : cli.commands) names.push_back(command.name);
  names.push_back("help");
  return cli.name + ": '" + word + "' is not a " + cli.name + " command." +
         did_you_mean(suggestions(word, names)) + " See '" + cli.name + " help'.";
}

std::string unexpected_arguments(const CliSpec& cli, const CommandSpec* command,
                                 const std::vector<std::string>& args) {
  const std::string who = cli.name + (command ? " " + command->name : "");
  std::vector<std::string> known;
  for (const OptionSpec& option : cli.globals)
    known.insert(known.end(), option.names.begin(), option.names.end());
  if (command)
    for (const OptionSpec& option : command->options)
      known.insert(known.end(), option.names.begin(), option.names.end());
  known.push_back("--help");
  bool after_command = command == nullptr;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& word = args[i];
    if (word == "--") break;
    if (!after_command) {
      if (command && word == command->name) after_command = true;
      continue;
    }
    if (word.size() < 2 || word[0] != '-' || is_help(word)) continue;
    const std::string name = word.substr(0, word.find('='));
    bool found = false;
    for (const std::string& k : known) found = found || k == name;
    if (found) continue;
    // A cluster of short flags ("-qo") is CLI11's to judge.
    if (name[1] != '-' && name.size() > 2) continue;
    return who + ": unknown option '" + name + "'." + did_you_mean(suggestions(name, known)) +
           " See '" + who + " --help'.";
  }
  return "";
}

}  // namespace yoy::cli
