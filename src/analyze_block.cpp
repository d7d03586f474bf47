// analyze_block: a block's sentences, comparison forms and statistics.
#include "yoy/normalize.h"
#include "yoy/profiles.h"
#include "yoy/statistics.h"

namespace yoy {

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

}  // namespace yoy
