// gumbo under a byte budget (html_budget.h), and the checks of html_limits.h
// that need it.
#include "read/html_budget.h"

#include <csetjmp>
#include <cstdlib>
#include <limits>
#include <string>

#include "yoy/read/html_limits.h"
#include "yoy/util/error.h"

namespace yoy::html {

// Each block behind a header that links it into the arena's list, so that an
// abandoned parse can free what gumbo never will.
struct alignas(std::max_align_t) Block {
  Block* prev;
  Block* next;
  std::size_t size;
};

struct Arena {
  std::size_t budget = 0;
  std::size_t held = 0;
  std::size_t peak = 0;
  bool over_budget = false;
  bool out_of_memory = false;
  Block* head = nullptr;
  std::jmp_buf abandon;

  void free_all() {
    while (head) {
      Block* next = head->next;
      std::free(head);
      head = next;
    }
    held = 0;
  }
};

namespace {

// What a block costs beyond what was asked: its header and malloc's own
// (gumbo's blocks are mostly a few dozen bytes, so this is half the memory).
constexpr std::size_t kBlockOverhead = sizeof(Block) + 16;

// Called from gumbo's C code: owns no object with a destructor, so leaving
// it by longjmp skips nothing that needed to run.
void* arena_allocate(void* user, std::size_t asked) {
  Arena& arena = *static_cast<Arena*>(user);
  const std::size_t size = asked + kBlockOverhead;
  if (asked > arena.budget || size > arena.budget - arena.held) {
    arena.over_budget = true;
    std::longjmp(arena.abandon, 1);
  }
  auto* block = static_cast<Block*>(std::malloc(sizeof(Block) + asked));
  if (!block) {
    arena.out_of_memory = true;
    std::longjmp(arena.abandon, 1);
  }
  block->prev = nullptr;
  block->next = arena.head;
  block->size = size;
  if (arena.head) arena.head->prev = block;
  arena.head = block;
  arena.held += size;
  if (arena.held > arena.peak) arena.peak = arena.held;
  return block + 1;
}

void arena_free(void* user, void* pointer) {
  if (!pointer) return;
  Arena& arena = *static_cast<Arena*>(user);
  Block* block = static_cast<Block*>(pointer) - 1;
  if (block->prev)
    block->prev->next = block->next;
  else
    arena.head = block->next;
  if (block->next) block->next->prev = block->prev;
  arena.held -= block->size;
  std::free(block);
}

// The only frame between setjmp and gumbo: nothing here has a destructor.
GumboOutput* parse_or_abandon(Arena& arena, const GumboOptions& options, std::string_view text) {
  if (setjmp(arena.abandon) != 0) return nullptr;
  return gumbo_parse_with_options(&options, text.data(), text.size());
}

}  // namespace

BudgetedTree::BudgetedTree(std::string_view text, std::size_t budget)
    : arena_(std::make_unique<Arena>()), options_(kGumboDefaultOptions) {
  arena_->budget = budget;
  options_.allocator = arena_allocate;
  options_.deallocator = arena_free;
  options_.userdata = arena_.get();
  options_.max_errors = 0;  // we never read parse errors; do not keep millions of them
  output = parse_or_abandon(*arena_, options_, text);
  peak = arena_->peak;
  over_budget = arena_->over_budget;
  out_of_memory = arena_->out_of_memory;
  if (!output) arena_->free_all();
}

BudgetedTree::~BudgetedTree() {
  if (output) gumbo_destroy_output(&options_, output);
  arena_->free_all();
}

}  // namespace yoy::html

namespace yoy {

std::size_t html_tree_bytes(std::string_view html) {
  return html::BudgetedTree(html, std::numeric_limits<std::size_t>::max()).peak;
}

void check_html_scan(std::string_view html, std::string_view where) {
  const std::string at(where);
  const HtmlWork work = measure_html(html);
  if (work.most_open > kMaxOpenElements)
    throw InputError(at + ": HTML nested too deeply (" + std::to_string(work.most_open) +
                     " elements open at byte " + std::to_string(work.open_at) +
                     "); not a report page");
  if (work.most_attributes > kMaxHtmlAttributes)
    throw InputError(at + ": a tag with " + std::to_string(work.most_attributes) +
                     " attributes at byte " + std::to_string(work.attributes_at) + " (at most " +
                     std::to_string(kMaxHtmlAttributes) + "); not a report page");
  if (work.tags > kMaxHtmlTags)
    throw InputError(at + ": more than " + std::to_string(kMaxHtmlTags) + " HTML tags (tag " +
                     std::to_string(kMaxHtmlTags + 1) + " at byte " +
                     std::to_string(work.tags_passed_at) + "); not a report page");
}

}  // namespace yoy

namespace yoy::html {

void refuse_abandoned(const BudgetedTree& tree, std::string_view where, std::size_t page_bytes) {
  if (tree.output) return;
  const std::string at(where);
  if (tree.out_of_memory)
    throw InputError(at + ": out of memory while parsing the HTML (" + std::to_string(tree.peak) +
                     " bytes of tree)");
  throw InputError(at + ": parsing this HTML would take more than " +
                   std::to_string(html_tree_budget(page_bytes)) + " bytes of tree (" +
                   std::to_string(kHtmlTreeBytesPerByte) + " per byte of the page, at least " +
                   std::to_string(kMinHtmlTreeBudget >> 20) + " MiB, at most " +
                   std::to_string(kMaxHtmlTreeBudget >> 20) +
                   " MiB; formatting elements left open and rebuilt in every paragraph do "
                   "this); not a report page");
}

}  // namespace yoy::html

namespace yoy {

void check_html_work(std::string_view html, std::string_view where) {
  check_html_scan(html, where);
  const html::BudgetedTree tree(html, html_tree_budget(html.size()));
  html::refuse_abandoned(tree, where, html.size());
}

}  // namespace yoy
