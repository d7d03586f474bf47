#include "yoy/util/limits.h"

#include <string>

#include "yoy/util/error.h"

namespace yoy::limits {

void check_json_depth(std::string_view json, std::string_view where, int max_depth) {
  int depth = 0;
  bool in_string = false, escaped = false;
  std::size_t line = 1, column = 0;
  for (char c : json) {
    ++column;
    if (c == '\n') {
      ++line;
      column = 0;
    }
    if (in_string) {
      if (escaped)
        escaped = false;
      else if (c == '\\')
        escaped = true;
      else if (c == '"')
        in_string = false;
      continue;
    }
    if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      if (++depth > max_depth)
        throw InputError(std::string(where) + ": JSON nested deeper than " +
                         std::to_string(max_depth) + " levels at line " + std::to_string(line) +
                         ", column " + std::to_string(column));
    } else if ((c == '}' || c == ']') && depth > 0) {
      --depth;
    }
  }
}

void check_block_count(std::size_t count, std::string_view where, std::size_t max_blocks) {
  if (count > max_blocks)
    throw InputError(std::string(where) + ": " + std::to_string(count) +
                     " blocks (paragraphs, items or fields), over the limit of " +
                     std::to_string(max_blocks) + " per report");
}

}  // namespace yoy::limits
