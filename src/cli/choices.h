#pragma once
// A check for options that take one of a few words (--format): the refusal names
// what was typed, the known words and the closest one; help, man pages and
// completions read the words from its description "{text,json}".
#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace yoy::cli {

// `what` names the value in the message: "unknown check format 'xml' (known: text, ...)".
CLI::Validator one_of(const std::string& what, const std::vector<std::string>& words);

}  // namespace yoy::cli
