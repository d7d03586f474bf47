// analyze_block: a block's sentences, comparison forms and statistics.
#include <cctype>
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

// Where a field's own note starts ("... (landlocked); note - Kazakhstan borders
// the Aral Sea (1,070 km)", "note 1: ..."): what follows describes the field and
// counts nothing. npos when the text has none.
std::size_t note_start(std::string_view text) {
  for (std::size_t at = 0; (at = text.find("note", at)) != std::string_view::npos; at += 4) {
    if (at > 0 && std::isalnum(static_cast<unsigned char>(text[at - 1]))) continue;
    std::size_t k = at + 4;
    while (k < text.size() && (text[k] == ' ' || std::isdigit(static_cast<unsigned char>(text[k]))))
      ++k;
    if (k < text.size() && (text[k] == ':' || text[k] == '-')) return at;
    if (text.compare(k, 3, "\xE2\x80\x93") == 0) return at;  // an en dash
  }
  return std::string_view::npos;
}

void analyze(Block& block, StatisticText text) {
  block.compare = compare_form(block.text);
  block.sentences.clear();
  block.statistics.clear();
  std::vector<std::string> sentences = split_sentences(block.text);
  block.sentences.reserve(sentences.size());
  const std::size_t note =
      text == StatisticText::field ? note_start(block.text) : std::string_view::npos;
  std::size_t from = 0;  // where the next sentence is looked for in the text
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    std::string_view counted = sentences[i];
    if (note != std::string_view::npos) {
      const std::size_t at = block.text.find(sentences[i], from);
      if (at != std::string::npos) {
        from = at + sentences[i].size();
        counted = at >= note ? std::string_view()
                             : counted.substr(0, std::min(counted.size(), note - at));
      }
    }
    for (Statistic& s : extract_statistics(counted, i, text)) {
      s.context = sentences[i];
      block.statistics.push_back(std::move(s));
    }
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
