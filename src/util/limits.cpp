#include "yoy/util/limits.h"

#include <string>

#include "yoy/util/error.h"

namespace yoy::limits {

void check_input_size(std::size_t size, std::size_t max_bytes, std::string_view where,
                      std::string_view limit) {
  if (size > max_bytes)
    throw InputError(std::string(where) + ": " + std::to_string(size) + " bytes, over the " +
                     std::to_string(max_bytes) + "-byte " + std::string(limit));
}

void check_block_count(std::size_t count, std::string_view where, std::size_t max_blocks) {
  if (count > max_blocks)
    throw InputError(std::string(where) + ": " + std::to_string(count) +
                     " blocks (paragraphs, items or fields), over the limit of " +
                     std::to_string(max_blocks) + " per report");
}

}  // namespace yoy::limits
