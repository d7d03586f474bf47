#pragma once
// Vocabularies of the statistics extractor (all take ASCII lower-case words).
#include <string_view>

namespace yoy::stats {

// "one" … "nineteen", "twenty" … "ninety", "twenty-five"; -1 when not a number word.
int small_number(std::string_view word);
// "hundred" 100, "thousand" 1e3, "million" 1e6, "billion" 1e9, "trillion" 1e12; 0 otherwise.
double scale_word(std::string_view word);
// "dozens" 12, "tens" 10, "hundreds" 100, "thousands" 1e3, "millions" 1e6, "billions" 1e9; 0
// otherwise.
double vague_plural(std::string_view word);

bool is_month(std::string_view word);
// Words that make the number after them a name, not a quantity: "UNSCR 2397", "Article 5", "Tier
// 3".
bool is_identifier_word(std::string_view word);
// Function words that never start a unit: "the", "in", "were", ...
bool is_stopword(std::string_view word);
// "day", "days", "week", "month", "year", "hour", "shift" (singular or plural).
bool is_time_unit(std::string_view word);
// Plural-looking nouns: "persons", "children", "women", "days".
bool is_plural_noun(std::string_view word);

}  // namespace yoy::stats
