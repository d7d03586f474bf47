#pragma once
// Words, defined once: what the differ pairs and diffs, what the policy's
// section-text-change and `yoy log` count, what blame compares sentences by.
// A word is a run of letters and digits (any script) that . , ' - ’ or a
// non-breaking hyphen join when a letter or digit follows ("80,000", "U.S",
// "don't", "anti-trafficking"); a run of whitespace is one space token; any
// other character (punctuation, typographic quotes, dashes, bullets) is a mark.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace yoy {

// One token of display text: a word, a run of whitespace or one punctuation mark.
// `key` is the hash of its comparison form, so curly and straight quotes compare equal.
struct Token {
  std::string_view display;
  std::uint64_t key = 0;
  bool space = false;
  bool word = false;
};

std::vector<Token> tokenize(std::string_view display);
// FNV-1a of the bytes: keys for tokens and sentences.
std::uint64_t hash_text(std::string_view bytes);

// Number of words in a text.
std::size_t count_words(std::string_view display);
// Words of a text as sorted, lower-cased hashes (a bag), for similarity.
std::vector<std::uint64_t> word_bag(std::string_view display);
// Dice coefficient of two bags: 2·|common| / (|a| + |b|), 1 when both are empty.
double bag_similarity(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b);
// bag_similarity of the two texts' word bags.
double text_similarity(std::string_view a, std::string_view b);

}  // namespace yoy
