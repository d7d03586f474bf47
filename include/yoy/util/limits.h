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
inline constexpr int kMaxJsonDepth = 256;
// Most blocks (paragraphs, list items, fields) in one report: a TIP narrative
// has about a hundred, a Factbook profile about a thousand.
inline constexpr std::size_t kMaxBlocks = 100'000;

// Throws InputError("<where>: JSON nested deeper than N levels at line L, column C")
// when objects/arrays nest deeper than max_depth. Does not validate the JSON.
void check_json_depth(std::string_view json, std::string_view where, int max_depth = kMaxJsonDepth);

// Throws InputError("<where>: N blocks, over the limit of M ...") when count > max_blocks.
void check_block_count(std::size_t count, std::string_view where,
                       std::size_t max_blocks = kMaxBlocks);

}  // namespace yoy::limits
