#pragma once
// Messages for mistyped command lines, with git's "did you mean".
#include <optional>
#include <string>
#include <vector>

#include "cli_spec.h"

namespace yoy::cli {

// The command word of argv (the first word that is not a global option or its value),
// or "" when there is none.
std::string command_word(const CliSpec& cli, const std::vector<std::string>& args);

// "yoy: 'dif' is not a yoy command. Did you mean 'diff'?" (one line, no newline).
std::string unknown_command(const CliSpec& cli, const std::string& word);

// For arguments CLI11 did not expect: names the first unknown option with the closest
// known one, or "" when every option is known (an extra positional). `command` may be null.
std::string unexpected_arguments(const CliSpec& cli, const CommandSpec* command,
                                 const std::vector<std::string>& args);

// CLI11's refusal of a command line (its error class's name, e.g. "ArgumentMismatch",
// and its message) said in yoy's words: "yoy diff: --format needs a value: text, md,
// markdown, html or json (usage: ...)". One line, no newline. `command` may be null.
std::string parse_error_message(const CliSpec& cli, const CommandSpec* command,
                                const std::string& error_name, const std::string& what,
                                const std::vector<std::string>& args);

}  // namespace yoy::cli
