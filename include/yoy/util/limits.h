#pragma once
// Limits that turn hostile or broken inputs into one clear InputError instead
// of exhausting memory, stack or time. Modules call these checks early, before
// the work they guard. (Diff work caps live in DiffOptions, diff.h.)
#include <cstddef>
#include <string_view>

namespace yoy::limits {

// Largest input file (--max-input overrides it).
inline constexpr std::size_t kMaxInputBytes = std::size_t{64} << 20;
// Deepest JSON nesting: Factbook profiles nest 4 levels; recursive walks of
// 100,000 levels would overflow the stack.
inline constexpr std::size_t kMaxJsonDepth = 256;
// Most blocks (paragraphs, list items, fields) in one report: a TIP narrative
// has about a hundred, a Factbook profile about a thousand.
inline constexpr std::size_t kMaxBlocks = 100'000;

// Throws InputError("<where>: N bytes, over the M-byte input limit (--max-input)")
// when size > max_bytes; `limit` names another limit instead.
void check_input_size(std::size_t size, std::size_t max_bytes, std::string_view where,
                      std::string_view limit = "input limit (--max-input)");

// Throws InputError("<where>: N blocks, over the limit of M ...") when count > max_blocks.
void check_block_count(std::size_t count, std::string_view where,
                       std::size_t max_blocks = kMaxBlocks);

}  // namespace yoy::limits
