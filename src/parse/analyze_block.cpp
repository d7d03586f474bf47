// analyze_block: a block's sentences, comparison forms and statistics.
#include <string_view>
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

namespace {

void analyze(Block& block, StatisticText text) {
  block.compare = compare_form(block.text);
  block.sentences.clear();
  block.statistics.clear();
  std::vector<std::string> sentences = split_sentences(block.text);
  block.sentences.reserve(sentences.size());
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    for (Statistic& s : extract_statistics(sentences[i], i, text))
      block.statistics.push_back(std::move(s));
    Sentence sentence;
    sentence.compare = compare_form(sentences[i]);
    sentence.text = std::move(sentences[i]);
    block.sentences.push_back(std::move(sentence));
  }
}

}  // namespace

void analyze_block(Block& block) { analyze(block, StatisticText::prose); }

void analyze_block_for(std::string_view profile, Block& block) {
  if (profile != "factbook") return analyze_block(block);
  // A field's figures: labelled list items, identity from the field's path.
  analyze(block, StatisticText::field);
  name_field_statistics(block.path, block.statistics);
  for (Statistic& statistic : block.statistics) statistic.context = block.path;
}

void analyze_remaining_blocks(Document& document) {
  if (document.profile != "factbook") return;  // the only profile that defers analysis
  for (Section& section : document.sections)
    for (Block& block : section.blocks)
      if (block.sentences.empty()) analyze_block_for(document.profile, block);
}

}  // namespace yoy
