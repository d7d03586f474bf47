#pragma once
// Shell completions (bash, zsh, fish) written from the command-line description:
// commands, options, format names; editions, report ids and remotes come from the
// archive at completion time through the hidden `yoy __complete KIND`.
#include <string>
#include <vector>

#include "cli_spec.h"

namespace yoy {
class Archive;
}

namespace yoy::cli {

std::string bash_completion(const CliSpec& cli);
std::string zsh_completion(const CliSpec& cli);
std::string fish_completion(const CliSpec& cli);

// The words `yoy __complete KIND` prints: editions ("2024", "tip/2024"), reports
// ("north-korea"), report-at-year ("north-korea@2024"), remotes. SERIES/ forms are
// always offered; the bare forms when the archive has one series.
std::vector<std::string> archive_words(const Archive& archive, const std::string& kind);

}  // namespace yoy::cli
