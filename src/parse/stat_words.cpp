// Word lists behind the statistics extractor.
#include "parse/stat_words.h"

#include <array>

namespace yoy::stats {

namespace {

// Same length and first letter before a full compare: these lists are checked
// for every word of every sentence.
inline bool same(std::string_view a, std::string_view b) {
  return a.size() == b.size() && !a.empty() && a[0] == b[0] && a == b;
}

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& list, std::string_view word) {
  for (std::string_view w : list)
    if (same(w, word)) return true;
  return false;
}

constexpr std::array<std::string_view, 20> kUnits = {
    "zero",     "one",     "two",     "three",     "four",     "five",    "six",
    "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",  "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
constexpr std::array<std::string_view, 10> kTens = {
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

int unit_or_tens(std::string_view word) {
  if (word.size() < 3 || word.size() > 9) return -1;
  for (std::size_t i = 1; i < kUnits.size(); ++i)
    if (same(kUnits[i], word)) return static_cast<int>(i);
  for (std::size_t i = 2; i < kTens.size(); ++i)
    if (same(kTens[i], word)) return static_cast<int>(i * 10);
  return -1;
}

}  // namespace

int small_number(std::string_view word) {
  const std::size_t dash = word.find('-');
  if (dash == std::string_view::npos) return unit_or_tens(word);
  const int tens = unit_or_tens(word.substr(0, dash));
  const int units = unit_or_tens(word.substr(dash + 1));
  if (tens < 20 || tens % 10 != 0 || units < 1 || units > 9) return -1;
  return tens + units;
}

double scale_word(std::string_view word) {
  if (word == "hundred") return 1e2;
  if (word == "thousand") return 1e3;
  if (word == "million") return 1e6;
  if (word == "billion") return 1e9;
  if (word == "trillion") return 1e12;
  return 0;
}

double vague_plural(std::string_view word) {
  if (word == "dozens") return 12;
  if (word == "tens") return 10;
  if (word == "hundreds") return 1e2;
  if (word == "thousands") return 1e3;
  if (word == "millions") return 1e6;
  if (word == "billions") return 1e9;
  return 0;
}

bool is_month(std::string_view word) {
  static constexpr std::array<std::string_view, 22> kMonths = {
      "january",   "february", "march",    "april",    "may",  "june", "july", "august",
      "september", "october",  "november", "december", "jan",  "feb",  "mar",  "apr",
      "jun",       "jul",      "aug",      "sep",      "sept", "oct"};
  return contains(kMonths, word) || word == "nov" || word == "dec";
}

bool is_identifier_word(std::string_view word) {
  static constexpr std::array<std::string_view, 42> kWords = {
      "proclamation", "proclamations", "unscr",     "unscrs",   "resolution", "resolutions", "article",   "articles", "art",
      "section",   "sections", "law",        "act",         "no",        "nos",      "number",
      "decree",    "chapter",  "paragraph",  "paragraphs",  "code",      "order",    "page",
      "pages",     "protocol", "convention", "tier",        "phase",     "title",    "rule",
      "annex",     "item",     "directive",  "regulation",  "ordinance", "bill",     "clause",
      "amendment", "covid",    "route",      "highway",     "level"};
  return contains(kWords, word);
}

bool is_stopword(std::string_view word) {
  static constexpr std::array<std::string_view, 72> kWords = {
      "the",   "a",      "an",      "of",      "in",        "on",    "at",    "to",    "for",
      "by",    "with",   "from",    "and",     "or",        "but",   "as",    "than",  "that",
      "which", "who",    "whom",    "were",    "was",       "are",   "is",    "be",    "been",
      "being", "there",  "their",   "its",     "it",        "this",  "these", "those", "per",
      "while", "when",   "during",  "since",   "until",     "into",  "over",  "under", "about",
      "after", "before", "between", "through", "including", "not",   "no",    "also",  "had",
      "has",   "have",   "would",   "could",   "may",       "might", "will",  "can",   "only",
      "more",  "less",   "other",   "such",    "some",      "all",   "each",  "both",  "if"};
  return contains(kWords, word);
}

bool is_time_unit(std::string_view word) {
  static constexpr std::array<std::string_view, 14> kWords = {
      "day",   "days", "week",  "weeks", "month",  "months", "year",
      "years", "hour", "hours", "shift", "shifts", "minute", "minutes"};
  return contains(kWords, word);
}

bool is_plural_noun(std::string_view word) {
  static constexpr std::array<std::string_view, 6> kIrregular = {"children", "people",  "men",
                                                                 "women",    "persons", "police"};
  if (contains(kIrregular, word)) return true;
  return word.size() > 3 && word.back() == 's' && word[word.size() - 2] != 's' &&
         word[word.size() - 2] != 'u';
}

}  // namespace yoy::stats
