#include "cli_spec.h"

#include <CLI/CLI.hpp>

namespace yoy::cli {

namespace {

// "TEXT:{text,md,html,json}" (an IsMember check) → its members.
std::vector<std::string> choices_of(const CLI::Option& option) {
  const std::string type = option.get_type_name();
  std::vector<std::string> out;
  const auto open = type.find('{');
  const auto close = type.find('}', open);
  if (open == std::string::npos || close == std::string::npos) return out;
  std::string item;
  for (char c : type.substr(open + 1, close - open - 1)) {
    if (c == ',') {
      out.push_back(item), item.clear();
    } else {
      item += c;
    }
  }
  if (!item.empty()) out.push_back(item);
  return out;
}

ValueKind kind_of(const std::string& value, bool has_choices) {
  if (has_choices) return ValueKind::choice;
  if (value == "FILE" || value == "PATH" || value == "OLD" || value == "NEW" || value == "POLICY")
    return ValueKind::file;
  if (value == "DIR" || value == "REPO") return ValueKind::directory;
  if (value == "FROM" || value == "TO" || value == "EDITION") return ValueKind::edition;
  if (value == "ID") return ValueKind::report;
  if (value == "ID@YEAR") return ValueKind::report_at_year;
  if (value == "TARGET") return ValueKind::rm_target;
  if (value == "REMOTE") return ValueKind::remote;
  if (value == "COMMAND") return ValueKind::command;
  if (value.empty()) return ValueKind::none;
  return ValueKind::word;
}

// Value name of an option: its option_text when set ("BYTES"), else its long name upper-cased.
std::string value_name(const CLI::Option& option) {
  if (option.get_items_expected_max() == 0) return "";
  if (!option.get_option_text().empty()) return option.get_option_text();
  std::string name =
      option.get_lnames().empty() ? option.get_snames().front() : option.get_lnames().front();
  for (char& c : name) c = c == '-' ? '_' : static_cast<char>(std::toupper(c));
  return name;
}

OptionSpec option_spec(const CLI::Option& option) {
  OptionSpec spec;
  spec.description = option.get_description();
  spec.choices = choices_of(option);
  spec.required = option.get_required();
  spec.repeated = option.get_items_expected_max() > 1;
  if (option.get_positional() && !option.nonpositional()) {
    spec.value = option.get_name(true, false);
  } else {
    for (const std::string& s : option.get_snames()) spec.names.push_back("-" + s);
    for (const std::string& l : option.get_lnames()) spec.names.push_back("--" + l);
    spec.value = value_name(option);
  }
  spec.kind = kind_of(spec.value, !spec.choices.empty());
  return spec;
}

void add_options(const CLI::App& app, CommandSpec& command) {
  for (const CLI::Option* option : app.get_options()) {
    if (option->get_group().empty()) continue;   // hidden
    if (option == app.get_help_ptr()) continue;  // every help lists -h, --help itself
    OptionSpec spec = option_spec(*option);
    if (spec.names.empty())
      command.positionals.push_back(std::move(spec));
    else
      command.options.push_back(std::move(spec));
  }
}

}  // namespace

CliSpec describe(const CLI::App& app) {
  CliSpec cli;
  cli.name = app.get_name();
  cli.description = app.get_description();
  CommandSpec root;
  add_options(app, root);
  cli.globals = std::move(root.options);
  for (const CLI::App* sub : app.get_subcommands({})) {
    if (sub->get_group().empty()) continue;  // hidden (the generators)
    CommandSpec command;
    command.name = sub->get_name();
    command.description = sub->get_description();
    command.footer = sub->get_footer();
    add_options(*sub, command);
    cli.commands.push_back(std::move(command));
  }
  return cli;
}

std::string usage_word(const OptionSpec& option) {
  std::string word = option.value;
  if (option.repeated) word += "...";
  return option.required ? word : "[" + word + "]";
}

std::string usage_line(const CliSpec& cli, const CommandSpec& command) {
  std::string line = cli.name + " " + command.name;
  if (!command.options.empty()) line += " [OPTIONS]";
  for (const OptionSpec& positional : command.positionals) line += " " + usage_word(positional);
  return line;
}

std::string option_label(const OptionSpec& option) {
  std::string label;
  for (const std::string& name : option.names) label += (label.empty() ? "" : ", ") + name;
  if (!option.value.empty()) label += " " + option.value;
  return label;
}

std::string describe_option(const OptionSpec& option) {
  // A description that names the choices in its own words ("text, md, html or json")
  // is complete; otherwise the choices follow it.
  std::string text = option.description;
  if (!option.choices.empty() && text.find(option.choices.front()) == std::string::npos) {
    std::string list;
    for (const std::string& c : option.choices) list += (list.empty() ? "" : ", ") + c;
    text += " (" + list + ")";
  }
  return text;
}

}  // namespace yoy::cli
