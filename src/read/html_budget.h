#pragma once
// Internal to the HTML reader: gumbo run under a byte budget. Every block
// gumbo allocates goes through an allocator that counts what it holds; past
// the budget the parse is abandoned (a longjmp out of gumbo's C code, whose
// frames own nothing) and everything it allocated is freed.
#include <gumbo.h>

#include <cstddef>
#include <memory>
#include <string_view>

namespace yoy::html {

struct Arena;  // the allocations of one parse

class BudgetedTree {
 public:
  // Parses `text`; `output` is null when the tree outgrew `budget` bytes or
  // memory ran out (then `over_budget` or `out_of_memory` says which).
  BudgetedTree(std::string_view text, std::size_t budget);
  ~BudgetedTree();
  BudgetedTree(const BudgetedTree&) = delete;
  BudgetedTree& operator=(const BudgetedTree&) = delete;

  GumboOutput* output = nullptr;
  bool over_budget = false;
  bool out_of_memory = false;
  std::size_t peak = 0;  // the most bytes held at once

 private:
  std::unique_ptr<Arena> arena_;
  GumboOptions options_;
};

// Throws InputError("<where>: ...") when `tree` was abandoned (over budget or out of memory).
void refuse_abandoned(const BudgetedTree& tree, std::string_view where, std::size_t page_bytes);

}  // namespace yoy::html
