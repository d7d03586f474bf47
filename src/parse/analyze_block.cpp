// analyze_block: a block's sentences, comparison forms and statistics.
#include <string_view>
#include <unordered_map>
#include <vector>

#include "yoy/normalize/normalize.h"
#include "yoy/parse/profiles.h"
#include "yoy/parse/statistics.h"

namespace yoy {

Block block_from_text(const TextBlock& t) {
  Block b;
  b.kind = !t.field_label.empty() ? BlockKind::field
           : t.list_item          ? BlockKind::list_item
                                  : BlockKind::paragraph;
  b.text = t.text;
  b.span = t.span;
  b.path = t.field_label;
  return b;
}

void analyze_block(Block& block) {
  block.compare = compare_form(block.text);
  block.sentences.clear();
  block.statistics.clear();
  std::vector<std::string> sentences = split_sentences(block.text);
  block.sentences.reserve(sentences.size());
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    for (Statistic& s : extract_statistics(sentences[i], i))
      block.statistics.push_back(std::move(s));
    Sentence sentence;
    sentence.compare = compare_form(sentences[i]);
    sentence.text = std::move(sentences[i]);
    block.sentences.push_back(std::move(sentence));
  }
}

void analyze_block_for(std::string_view profile, Block& block) {
  analyze_block(block);
  if (profile == "factbook")
    for (Statistic& statistic : block.statistics) statistic.context = block.path;
}

namespace {

void analyze_all(Document& document) {
  for (Section& section : document.sections)
    for (Block& block : section.blocks)
      if (block.sentences.empty()) analyze_block_for(document.profile, block);
}

// How often each comparison form occurs in a section.
std::unordered_map<std::string_view, int> counts_of(const Section& section) {
  std::unordered_map<std::string_view, int> counts;
  counts.reserve(section.blocks.size());
  for (const Block& block : section.blocks) ++counts[block.compare];
  return counts;
}

const Section* only_section_keyed(const Document& document, const std::string& key) {
  const Section* found = nullptr;
  for (const Section& section : document.sections) {
    if (section.key != key) continue;
    if (found) return nullptr;
    found = &section;
  }
  return found;
}

}  // namespace

void analyze_remaining_blocks(Document& document) {
  // Text profiles are analyzed while parsing; only structured ones defer it.
  if (document.profile == "factbook") analyze_all(document);
}

void analyze_differing_blocks(Document& from, Document& to) {
  // Text profiles are analyzed while parsing; only structured ones defer it.
  if (from.profile != "factbook" || to.profile != "factbook") {
    analyze_all(from);
    analyze_all(to);
    return;
  }
  auto analyze_side = [](Document& document, const Document& other) {
    for (Section& section : document.sections) {
      const Section* twin = only_section_keyed(other, section.key);
      const bool unique_here = only_section_keyed(document, section.key) == &section;
      if (!twin || !unique_here || section.is_list || twin->is_list) {
        // Renamed, duplicated or list sections are aligned by content: everything is needed.
        for (Block& block : section.blocks)
          if (block.sentences.empty()) analyze_block_for(document.profile, block);
        continue;
      }
      // Chosen first, analyzed after: analysis rewrites the strings the counts point into.
      std::vector<Block*> differing;
      {
        const auto mine = counts_of(section);
        const auto theirs = counts_of(*twin);
        for (Block& block : section.blocks) {
          auto it = theirs.find(block.compare);
          if (it == theirs.end() || it->second != mine.at(block.compare))
            differing.push_back(&block);
        }
      }
      for (Block* block : differing)
        if (block->sentences.empty()) analyze_block_for(document.profile, *block);
    }
  };
  analyze_side(from, to);
  analyze_side(to, from);
}

}  // namespace yoy
