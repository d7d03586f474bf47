#include "choices.h"

#include "yoy/util/suggest.h"

namespace yoy::cli {

CLI::Validator one_of(const std::string& what, const std::vector<std::string>& words) {
  std::string description = "{", known;
  for (const std::string& word : words) {
    description += (description.size() > 1 ? "," : "") + word;
    known += (known.empty() ? "" : ", ") + word;
  }
  description += "}";
  return CLI::Validator(
      [what, words, known](std::string& value) -> std::string {
        for (const std::string& word : words)
          if (value == word) return "";
        std::string message = "unknown " + what + " '" + value + "' (known: " + known + ")";
        const std::vector<std::string> close = suggestions(value, words);
        if (!close.empty()) message += "; did you mean '" + close.front() + "'?";
        return message;
      },
      description, "one_of");
}

}  // namespace yoy::cli
