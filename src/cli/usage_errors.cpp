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

// "a, b or c".
std::string either(const std::vector<std::string>& words) {
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i)
    out += (i == 0 ? "" : i + 1 == words.size() ? " or " : ", ") + words[i];
  return out;
}

// The option or positional CLI11 names in a message ("--since", "ID").
const OptionSpec* named(const CliSpec& cli, const CommandSpec* command, const std::string& name) {
  if (command) {
    if (const OptionSpec* option = find_option(command->options, name)) return option;
    for (const OptionSpec& positional : command->positionals)
      if (positional.value == name) return &positional;
  }
  return find_option(cli.globals, name);
}

// What a value should be, by its name in the usage ("YEAR" → "a year, e.g. 2024").
std::string value_kind(const std::string& value) {
  if (value == "YEAR") return "a year, e.g. 2024";
  if (value == "BYTES") return "a number of bytes";
  if (value == "PERCENT") return "a percentage, e.g. 50";
  if (value == "SECONDS") return "a number of seconds";
  return "a number";
}

bool starts_with(const std::string& text, const std::string& prefix) {
  return text.compare(0, prefix.size(), prefix) == 0;
}

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

std::string parse_error_message(const CliSpec& cli, const CommandSpec* command,
                                const std::string& error_name, const std::string& what,
                                const std::vector<std::string>& args) {
  const std::string who = cli.name + (command ? " " + command->name : "");
  const std::string usage =
      " (usage: " + (command ? usage_line(cli, *command) : cli.name + " COMMAND [ARGS]") + ")";
  const std::string help = " See '" + who + " --help'.";
  const std::size_t colon = what.find(": ");
  const std::string name = colon == std::string::npos ? "" : what.substr(0, colon);
  const OptionSpec* option = name.empty() ? nullptr : named(cli, command, name);
  if (error_name == "ArgumentMismatch" && option && what.find(" required ") != std::string::npos) {
    // "--format: 1 required TEXT:{text,md,markdown,html,json} missing"
    const std::string wanted = !option->choices.empty() ? ": " + either(option->choices)
                                                        : " (" + option_label(*option) + ")";
    // Named as typed ("-o" or "--output"), CLI11 names it by its long name.
    std::string typed = name;
    for (const std::string& arg : args)
      for (const std::string& alias : option->names)
        if (arg == alias) typed = alias;
    return who + ": " + typed + " needs a value" + wanted + "." + help;
  }
  if (error_name == "ConversionError" && starts_with(what, "Could not convert: ")) {
    // "Could not convert: --since = abc"
    const std::string rest = what.substr(19);
    const std::size_t eq = rest.find(" = ");
    if (eq != std::string::npos) {
      const std::string option_name = rest.substr(0, eq), value = rest.substr(eq + 3);
      const OptionSpec* converted = named(cli, command, option_name);
      return who + ": " + option_name + " takes " + value_kind(converted ? converted->value : "") +
             ", not '" + value + "'." + help;
    }
  }
  if (error_name == "ConversionError" && option &&
      (what.find("too many inputs for a flag") != std::string::npos ||
       what.find("Should be true/false") != std::string::npos))
    return who + ": " + name + " takes no value." + help;
  if (error_name == "RequiredError" && what.size() > 12 &&
      what.compare(what.size() - 12, 12, " is required") == 0)
    return who + ": " + what.substr(0, what.size() - 12) + " is missing" + usage;
  if (error_name == "ExtrasError") {
    // Options are named with the closest known one; a positional is simply one too many.
    std::string message = unexpected_arguments(cli, command, args);
    if (!message.empty()) return message;
    const std::size_t list = what.find(": ");
    const std::string extras = list == std::string::npos ? what : what.substr(list + 2);
    std::vector<std::string> words;
    std::string word;
    for (char c : extras + " ") {
      if (c != ' ') {
        word += c;
      } else if (!word.empty()) {
        words.push_back("'" + word + "'");
        word.clear();
      }
    }
    return who + ": unexpected argument" + (words.size() == 1 ? " " : "s ") + either(words) + usage;
  }
  if (error_name == "ValidationError") return who + ": " + what;  // yoy's own words (one_of)
  return who + ": " + what + usage;
}

}  // namespace yoy::cli
