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
  if (word == "zero") return 0;
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
  // "note": the factbook numbers its notes ("note 1: ...", "note 2: ...").
  static constexpr std::array<std::string_view, 48> kWords = {
      "proclamation", "proclamations", "unscr",     "unscrs",     "resolution",
      "resolutions",  "article",       "articles",  "art",        "section",
      "sections",     "law",           "act",       "no",         "nos",
      "number",       "decree",        "chapter",   "paragraph",  "paragraphs",
      "code",         "order",         "page",      "pages",      "protocol",
      "convention",   "tier",          "phase",     "title",      "rule",
      "annex",        "item",          "directive", "regulation", "ordinance",
      "bill",         "clause",        "amendment", "covid",      "route",
      "highway",      "level",         "note",      "notes",      "figure",
      "fig",          "table",         "map"};
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

bool is_currency(std::string_view unit) {
  static constexpr std::array<std::string_view, 24> kNames = {
      "dollars", "euros", "pounds", "yen",       "rubles",  "roubles", "won",      "yuan",
      "rupees",  "pesos", "naira",  "shillings", "francs",  "dinars",  "dirhams",  "riyals",
      "lira",    "reais", "rand",   "baht",      "ringgit", "taka",    "hryvnias", "manat"};
  const std::size_t space = unit.find_last_of(' ');
  const std::string_view last = space == std::string_view::npos ? unit : unit.substr(space + 1);
  std::string lower(last);
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return contains(kNames, lower);
}

std::string_view verb_measure(std::string_view word) {
  struct Form {
    std::string_view word, measure;
  };
  static constexpr std::array<Form, 22> kForms = {{
      {"investigate", "investigations"},
      {"investigated", "investigations"},
      {"investigating", "investigations"},
      {"investigates", "investigations"},
      {"prosecute", "prosecutions"},
      {"prosecuted", "prosecutions"},
      {"prosecuting", "prosecutions"},
      {"prosecutes", "prosecutions"},
      {"convict", "convictions"},
      {"convicted", "convictions"},
      {"convicting", "convictions"},
      {"arrest", "arrests"},
      {"arrested", "arrests"},
      {"arresting", "arrests"},
      {"indict", "indictments"},
      {"indicted", "indictments"},
      {"indicting", "indictments"},
      {"charged", "people charged"},
      {"charging", "people charged"},
      {"detained", "people detained"},
      {"detaining", "people detained"},
      {"apprehended", "arrests"},
  }};
  for (const Form& f : kForms)
    if (same(f.word, word)) return f.measure;
  return "";
}

std::string_view verb_participle(std::string_view word) {
  struct Form {
    std::string_view word, participle;
  };
  static constexpr std::array<Form, 30> kForms = {{
      {"identified", "identified"},
      {"identifying", "identified"},
      {"identify", "identified"},
      {"referred", "referred to care"},
      {"referring", "referred to care"},
      {"assisted", "assisted"},
      {"assisting", "assisted"},
      {"rescued", "rescued"},
      {"rescuing", "rescued"},
      {"repatriated", "repatriated"},
      {"repatriating", "repatriated"},
      {"screened", "screened"},
      {"screening", "screened"},
      {"trained", "trained"},
      {"training", "trained"},
      {"removed", "removed"},
      {"removing", "removed"},
      {"sheltered", "sheltered"},
      {"sheltering", "sheltered"},
      {"deported", "deported"},
      {"deporting", "deported"},
      {"served", "served"},
      {"serving", "served"},
      {"supported", "supported"},
      {"supporting", "supported"},
      {"protected", "protected"},
      {"certified", "certified"},
      {"certifying", "certified"},
      {"registered", "registered"},
      {"returned", "returned"},
  }};
  for (const Form& f : kForms)
    if (same(f.word, word)) return f.participle;
  return "";
}

std::string_view action_noun(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kNouns = {
      "investigations", "prosecutions", "convictions",   "arrests",
      "indictments",    "raids",        "inspections",   "referrals",
      "screenings",     "deportations", "repatriations", "complaints"};
  for (std::string_view n : kNouns)
    if (same(n, word) || (word.size() + 1 == n.size() && n.substr(0, word.size()) == word))
      return n;
  return "";
}

std::string plural_of(std::string_view word) {
  std::string out(word);
  if (out.empty() || is_plural_noun(out) || out.back() == 's') return out;
  if (out == "child") return "children";
  if (out == "person") return "persons";
  if (out == "man") return "men";
  if (out == "woman") return "women";
  if (out.size() > 1 && out.back() == 'y' && out[out.size() - 2] != 'a' &&
      out[out.size() - 2] != 'e' && out[out.size() - 2] != 'o')
    return out.substr(0, out.size() - 1) + "ies";
  return out + "s";
}

bool is_previous_word(std::string_view word) {
  return word == "previous" || word == "prior" || word == "preceding" || word == "last";
}

bool is_generic_head(std::string_view word) {
  static constexpr std::array<std::string_view, 22> kWords = {
      "case",           "cases",       "victim",      "victims",      "defendant",
      "defendants",     "suspect",     "suspects",    "trafficker",   "traffickers",
      "individual",     "individuals", "person",      "persons",      "people",
      "conviction",     "convictions", "prosecution", "prosecutions", "investigation",
      "investigations", "offenders"};
  return contains(kWords, word);
}

}  // namespace yoy::stats
