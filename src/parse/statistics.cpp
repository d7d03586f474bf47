// Statistics extractor: finds counts, ranges, percents, money and spelled-out
// numbers in a sentence, with their qualifier and unit; stat_identity names
// what each measures, of whom and when. A hand-written scanner over tokens (no
// regex: this runs on every sentence of every edition).
#include "yoy/parse/statistics.h"

#include <array>
#include <cmath>
#include <string>

#include "parse/stat_identity.h"
#include "parse/stat_tokens.h"
#include "parse/stat_words.h"

namespace yoy {

namespace {

using stats::Token;
using stats::TokenKind;
using Tokens = std::vector<Token>;

bool is_word(const Tokens& t, std::size_t i) {
  return i < t.size() && t[i].kind == TokenKind::word;
}
bool is_word(const Tokens& t, std::size_t i, std::string_view lower) {
  return is_word(t, i) && t[i].lower == lower;
}
bool is_number(const Tokens& t, std::size_t i) {
  return i < t.size() && t[i].kind == TokenKind::number;
}
bool is_punct(const Tokens& t, std::size_t i, std::string_view text) {
  return i < t.size() && t[i].kind == TokenKind::punct && t[i].text == text;
}
bool is_capitalized(const Token& t) {
  return !t.text.empty() && t.text[0] >= 'A' && t.text[0] <= 'Z';
}
bool is_alphabetic(const Token& t) {
  for (char c : t.text)
    if (c >= '0' && c <= '9') return false;
  return true;
}

// Qualifiers, longest first so "an estimated" wins over "estimated".
struct Qualifier {
  std::array<std::string_view, 3> words;
  std::size_t length;
};
constexpr std::array<Qualifier, 31> kQualifiers = {{
    {{"no", "fewer", "than"}, 3},
    {{"no", "more", "than"}, 3},
    {{"no", "less", "than"}, 3},
    {{"as", "many", "as"}, 3},
    {{"as", "few", "as"}, 3},
    {{"as", "much", "as"}, 3},
    {{"a", "minimum", "of"}, 3},
    {{"a", "maximum", "of"}, 3},
    {{"in", "excess", "of"}, 3},
    {{"an", "estimated"}, 2},
    {{"up", "to"}, 2},
    {{"at", "least"}, 2},
    {{"at", "most"}, 2},
    {{"more", "than"}, 2},
    {{"fewer", "than"}, 2},
    {{"less", "than"}, 2},
    {{"upwards", "of"}, 2},
    {{"close", "to"}, 2},
    {{"estimated"}, 1},
    {{"approximately"}, 1},
    {{"about"}, 1},
    {{"around"}, 1},
    {{"nearly"}, 1},
    {{"almost"}, 1},
    {{"roughly"}, 1},
    {{"over"}, 1},
    {{"some"}, 1},
    {{"only"}, 1},
    {{"between"}, 1},
    {{"approx"}, 1},
    {{"under"}, 1},
}};

std::string qualifier_before(const Tokens& t, std::size_t start) {
  for (const Qualifier& q : kQualifiers) {
    if (start < q.length) continue;
    bool match = true;
    for (std::size_t k = 0; k < q.length && match; ++k)
      match = is_word(t, start - q.length + k, q.words[k]);
    if (!match) continue;
    std::string phrase;
    for (std::size_t k = 0; k < q.length; ++k) {
      if (k) phrase += ' ';
      phrase += q.words[k];
    }
    return phrase;
  }
  return "";
}

// "one forced labor case", "two sex trafficking cases": a breakdown's count.
bool kind_of_trafficking(const Tokens& t, std::size_t k) {
  if (!is_word(t, k) || !is_word(t, k + 1)) return false;
  const std::string& a = t[k].lower;
  const std::string& b = t[k + 1].lower;
  return ((a == "sex" || a == "labor" || a == "labour") && b == "trafficking") ||
         (a == "forced" && (b == "labor" || b == "labour")) ||
         (a == "domestic" && b == "servitude") || (a == "child" && b == "sex");
}

// The noun after a figure: "persons", "North Koreans", "rest days", "hours per day".
// Returns the unit and moves `k` past it; empty when no noun follows.
std::string unit_after(const Tokens& t, std::size_t& k) {
  // "12-hour shifts": a hyphen glued to the number names the unit.
  if (is_punct(t, k, "-") && !t[k].space_before && is_word(t, k + 1) && !t[k + 1].space_before) {
    k += 2;
    return std::string(t[k - 1].text);
  }
  if (!is_word(t, k) || !is_alphabetic(t[k]) || stats::is_stopword(t[k].lower) ||
      stats::is_month(t[k].lower))
    return "";
  // "12 sex trafficking cases", "four forced labor victims", "two domestic servitude".
  if (kind_of_trafficking(t, k)) {
    std::string unit = std::string(t[k].text) + " " + std::string(t[k + 1].text);
    k += 2;
    if (is_word(t, k) && is_alphabetic(t[k]) && !stats::is_stopword(t[k].lower) &&
        (stats::is_plural_noun(t[k].lower) || stats::is_generic_head(t[k].lower)))
      unit += " " + std::string(t[k++].text);
    return unit;
  }
  // "North Korean workers", "Sri Lankan domestic workers": proper adjectives
  // before the noun belong to the unit.
  if (is_capitalized(t[k]) && !stats::is_plural_noun(t[k].lower)) {
    std::size_t j = k + 1;
    while (j < k + 3 && is_word(t, j) && is_alphabetic(t[j]) && !stats::is_stopword(t[j].lower) &&
           !stats::is_plural_noun(t[j].lower))
      ++j;
    if (j > k + 1 && is_word(t, j) && is_alphabetic(t[j]) && stats::is_plural_noun(t[j].lower)) {
      std::string unit(t[k].text);
      for (std::size_t w = k + 1; w <= j; ++w) {
        unit += ' ';
        unit += t[w].text;
      }
      k = j + 1;
      return unit;
    }
  }
  const Token& first = t[k++];
  std::string unit(first.text);
  const bool first_plural = stats::is_plural_noun(first.lower);
  // "one sex trafficker", "one child victim": a noun a count names, singular too.
  const bool counted_noun = is_word(t, k) && !first_plural && !is_capitalized(first) &&
                            stats::is_generic_head(t[k].lower);
  if ((!first_plural || is_capitalized(first)) && is_word(t, k) && is_alphabetic(t[k]) &&
      !stats::is_stopword(t[k].lower) && (stats::is_plural_noun(t[k].lower) || counted_noun) &&
      (!is_capitalized(first) || is_capitalized(t[k]) || !first_plural)) {
    unit += ' ';
    unit += t[k++].text;
  }
  // A rate: "hours a day", "hours per day", "days each month".
  const bool rate_word =
      is_word(t, k, "a") || is_word(t, k, "an") || is_word(t, k, "per") || is_word(t, k, "each");
  if (rate_word && is_word(t, k + 1) && stats::is_time_unit(t[k + 1].lower) &&
      t[k + 1].lower.back() != 's') {
    unit += " per ";
    unit += t[k + 1].lower;
    k += 2;
  }
  return unit;
}

struct Match {
  std::size_t first = 0, last = 0;  // token range [first, last) of the surface
  std::size_t unit_end = 0;         // the token after the unit (0: none, same as last)
  std::vector<double> values;
  std::string unit;
  bool money = false;
  bool vague = false;
  bool skip_only = false;  // consumed but not a statistic (a year, a law number, an age)
};

// A figure's optional scale word ("1.5 million"); returns the factor (1 when absent).
double scale_after(const Tokens& t, std::size_t& k) {
  if (!is_word(t, k)) return 1;
  const double s = stats::scale_word(t[k].lower);
  if (s == 0) return 1;
  ++k;
  return s;
}

bool looks_like_year(const Token& n) {
  return !n.has_separator && !n.has_decimal && !n.money && !n.percent && n.value >= 1800 &&
         n.value <= 2100 && n.text.size() == 4;
}

// Is the token before `i` a word that makes the number a name ("UNSCR", "Article", "No.")?
bool named_number(const Tokens& t, std::size_t i) {
  if (i == 0) return false;
  std::size_t p = i - 1;
  if (is_punct(t, p, ".") && p > 0) --p;  // "No. 5", "Art. 3"
  return is_word(t, p) && stats::is_identifier_word(t[p].lower);
}

bool dated(const Tokens& t, std::size_t i, std::size_t after) {
  if (i > 0 && is_word(t, i - 1) && stats::is_month(t[i - 1].lower) && is_capitalized(t[i - 1]))
    return true;  // "July 5", "July 2024"
  return is_word(t, after) && stats::is_month(t[after].lower) &&
         is_capitalized(t[after]);  // "5 July"
}

// Ages are no counts: "age 15 and over", "ages 15-49", "aged 15-24", "under the
// age of 18", "17 years of age", "16 years old".
bool is_age(const Tokens& t, std::size_t i, std::size_t after) {
  if (i > 0 && (is_word(t, i - 1, "age") || is_word(t, i - 1, "ages") || is_word(t, i - 1, "aged")))
    return true;
  if (i > 1 && is_word(t, i - 1, "of") && is_word(t, i - 2, "age")) return true;
  if (is_word(t, after, "years") || is_word(t, after, "year")) {
    if (is_word(t, after + 1, "of") && is_word(t, after + 2, "age")) return true;
    if (is_word(t, after + 1, "old")) return true;
  }
  return false;
}

// "2300 B.C.", "800 AD": a year of an era.
bool is_era(const Tokens& t, std::size_t after) {
  if (!is_word(t, after)) return false;
  const std::string& w = t[after].lower;
  return w == "b.c" || w == "bc" || w == "a.d" || w == "ad" || w == "bce" || w == "ce" ||
         w == "b.c.e";
}

// "the top five export partners", "the first 10 days": a rank, not a count.
bool after_rank_word(const Tokens& t, std::size_t i) {
  return i > 0 && (is_word(t, i - 1, "top") || is_word(t, i - 1, "bottom"));
}

// Words between a measure verb and its figure: "investigating 48", "convicted a total of 9".
bool measure_verb_before(const Tokens& t, std::size_t i) {
  for (std::size_t back = 1; back <= 3 && back <= i; ++back) {
    const std::size_t p = i - back;
    if (!is_word(t, p)) return false;
    if (!stats::verb_measure(t[p].lower).empty() || !stats::verb_participle(t[p].lower).empty())
      return true;
    if (t[p].lower != "a" && t[p].lower != "total" && t[p].lower != "of" && t[p].lower != "only" &&
        t[p].lower != "another")
      return false;
  }
  return false;
}

// "compared with nine", "an increase from zero", "up from four".
bool after_comparison(const Tokens& t, std::size_t i) {
  if (i == 0) return false;
  const std::string& w = t[i - 1].lower;
  return (w == "with" || w == "to") && i > 1 && is_word(t, i - 2, "compared")
             ? true
             : w == "from" || w == "versus";
}

bool match_numeric(const Tokens& t, std::size_t i, Match& m) {
  const Token& a = t[i];
  m.first = i;
  std::size_t k = i + 1;
  if (a.glued_letter) {  // "21st", "5km", "3rd"
    m.last = k, m.skip_only = true;
    return true;
  }
  if (is_punct(t, k, "/") && !t[k].space_before && is_number(t, k + 1) &&
      !t[k + 1].space_before) {  // a number of a law or a date: "11/199", "6/2024"
    m.last = k + 2, m.skip_only = true;
    return true;
  }
  if (is_punct(t, k, ":") && !t[k].space_before && is_number(t, k + 1)) {  // a time "10:30"
    m.last = k + 2, m.skip_only = true;
    return true;
  }
  // Geographic coordinates: "40 00 N, 127 00 E".
  if (is_number(t, k) && is_word(t, k + 1) && t[k + 1].text.size() == 1 &&
      std::string_view("NSEW").find(t[k + 1].text[0]) != std::string_view::npos) {
    m.last = k + 2, m.skip_only = true;
    return true;
  }
  double v1 = a.value * scale_after(t, k);
  const bool v1_scaled = k > i + 1;
  bool percent = a.percent, money = a.money;
  bool range = false;
  double v2 = 0;
  // Range: "80,000 to 200,000", "20,000-100,000", "5 or 6", "between 5 and 10".
  const bool dash = is_punct(t, k, "-") || is_punct(t, k, "\xE2\x80\x93");
  const bool between = i > 0 && is_word(t, i - 1, "between");
  if ((dash || is_word(t, k, "to") || is_word(t, k, "or") || (between && is_word(t, k, "and"))) &&
      is_number(t, k + 1) && !t[k + 1].glued_letter) {
    const Token& b = t[k + 1];
    std::size_t after = k + 2;
    const double scale = scale_after(t, after);
    // Spans of years: "2019-2024", "2010-15", "2020-25 est.".
    const bool both_years = looks_like_year(a) &&
                            (looks_like_year(b) || (dash && b.text.size() == 2 && !b.has_decimal &&
                                                    b.value > std::fmod(a.value, 100)));
    v2 = b.value * scale;
    if (!v1_scaled && scale > 1 && v1 <= b.value) v1 *= scale;  // "1.5 to 2 million"
    percent = percent || b.percent;
    money = money || b.money;
    range = true;
    k = after;
    if (both_years) {
      m.last = k, m.skip_only = true;
      return true;
    }
  }
  if (is_word(t, k, "percent"))
    percent = true, ++k;
  else if (is_word(t, k, "per") && is_word(t, k + 1, "cent"))
    percent = true, k += 2;
  if (named_number(t, i)) {
    // "articles 240.1 and 241", "UNSCRs 2371, 2375, and 2397": the list is names too.
    while ((is_word(t, k, "and") || is_word(t, k, "or") || is_punct(t, k, ",")) &&
           (is_number(t, k + 1) || (is_word(t, k + 1, "and") && is_number(t, k + 2))))
      k += is_number(t, k + 1) ? 2 : 3;
  }
  m.last = k;
  if (named_number(t, i) || dated(t, i, k) || is_age(t, i, k) || is_era(t, k) ||
      after_rank_word(t, i) || (!range && looks_like_year(a) && qualifier_before(t, i).empty())) {
    m.skip_only = true;
    return true;
  }
  m.values = range ? std::vector<double>{v1, v2} : std::vector<double>{v1};
  m.money = money;
  m.unit_end = k;
  if (percent) {
    m.unit = "percent";
  } else if (money) {
    m.unit = a.money ? std::string(a.currency) : "dollars";
  } else {
    std::size_t u = k;
    m.unit = unit_after(t, u);  // the unit is not part of a numeric surface
    m.unit_end = u;
    m.money = stats::is_currency(m.unit);                                   // "2.5 million rubles"
    if (m.unit == "year-old" || m.unit == "years-old") m.skip_only = true;  // "a 15-year-old"
  }
  return true;
}

// A spelled-out number: "two", "twenty-five", "two hundred", "three million".
bool spelled_value(const Tokens& t, std::size_t& k, double& value) {
  if (!is_word(t, k)) return false;
  const int first = stats::small_number(t[k].lower);
  if (first < 0) return false;
  if (first == 0) {  // "zero" takes no scale
    ++k;
    value = 0;
    return true;
  }
  double total = 0, current = first;
  ++k;
  while (is_word(t, k)) {
    const double scale = stats::scale_word(t[k].lower);
    const int n = stats::small_number(t[k].lower);
    if (scale == 100)
      current *= 100;
    else if (scale > 100)
      total += current * scale, current = 0;
    else if (n > 0 && n < 100 && is_word(t, k - 1, "hundred"))
      current += n;
    else
      break;
    ++k;
  }
  value = total + current;
  return true;
}

bool match_spelled(const Tokens& t, std::size_t i, Match& m) {
  std::size_t k = i;
  double v1 = 0, v2 = 0;
  if (after_rank_word(t, i)) return false;
  if (is_word(t, i, "none") && after_comparison(t, i)) {  // "compared with none in 2016"
    m.first = i, m.last = m.unit_end = i + 1;
    m.values = {0};
    return true;
  }
  if (!spelled_value(t, k, v1)) return false;
  bool range = false;
  const bool between = i > 0 && is_word(t, i - 1, "between");
  if (is_word(t, k, "or") || is_word(t, k, "to") || (between && is_word(t, k, "and"))) {
    std::size_t j = k + 1;
    if (spelled_value(t, j, v2)) {
      range = true, k = j;
    } else if (is_number(t, j) && !t[j].glued_letter && !t[j].percent && !t[j].money) {
      v2 = t[j].value, range = true, k = j + 1;  // "three to 10 years"
    }
  }
  m.first = i;
  const std::size_t number_end = k;
  if (is_word(t, k, "percent")) {
    m.unit = "percent";
    ++k;
  } else {
    m.unit = unit_after(t, k);
  }
  // A count needs its noun ("two women") or a verb or comparison that names what
  // it counts ("convicting nine", "compared with four the previous year", "three
  // for labor trafficking"). A lone "one" is rarely a figure ("one member", "one
  // report") unless it measures time ("one year") or a verb counts it.
  // "compared with 10 and seven": a list of figures goes on.
  const bool listed_after_figure =
      i >= 2 && (is_word(t, i - 1, "and") || is_punct(t, i - 1, ",")) &&
      (is_number(t, i - 2) || (is_word(t, i - 2) && stats::small_number(t[i - 2].lower) >= 0));
  const bool counted = measure_verb_before(t, i) || after_comparison(t, i) || listed_after_figure ||
                       kind_of_trafficking(t, number_end) ||
                       (!m.unit.empty() && !stats::action_noun(t[k - 1].lower).empty());
  const bool listed =
      is_word(t, number_end, "for") ||
      (counted && (number_end >= t.size() || t[number_end].kind == TokenKind::punct ||
                   is_word(t, number_end, "and") || is_word(t, number_end, "or") ||
                   is_word(t, number_end, "the") || is_word(t, number_end, "in") ||
                   is_word(t, number_end, "during")));
  if (m.unit.empty() && !listed) return false;
  if (!range && v1 == 1 && !counted && !listed && !stats::is_time_unit(t[k - 1].lower))
    return false;
  m.last = m.unit.empty() ? number_end : k;
  m.unit_end = k;
  m.values = range ? std::vector<double>{v1, v2} : std::vector<double>{v1};
  return true;
}

// "hundreds of millions of dollars", "thousands of North Koreans".
bool match_vague(const Tokens& t, std::size_t i, Match& m) {
  if (!is_word(t, i)) return false;
  double v = stats::vague_plural(t[i].lower);
  if (v == 0) return false;
  std::size_t k = i + 1;
  while (is_word(t, k, "of") && is_word(t, k + 1) && stats::vague_plural(t[k + 1].lower) > 0)
    v *= stats::vague_plural(t[k + 1].lower), k += 2;
  if (!is_word(t, k, "of")) return false;
  ++k;
  std::string unit = unit_after(t, k);
  if (unit.empty()) return false;
  m.first = i, m.last = m.unit_end = k;
  m.vague = true;  // an order of magnitude: no exact value, never a percentage
  (void)v;
  m.unit = std::move(unit);
  return true;
}

// "did not report any investigations, prosecutions, or convictions", "did not
// investigate, prosecute, or convict any traffickers", "did not report identifying
// any victims": each measure named is 0, where the sentence says so. `i` is at "did".
// Returns the token after the phrase, or `i` when it is not one.
std::size_t match_negated(const Tokens& t, std::size_t i, std::vector<stats::Figure>& out) {
  if (!is_word(t, i, "did") || !is_word(t, i + 1, "not")) return i;
  std::size_t k = i + 2;
  std::vector<std::string> verb_measures;
  std::vector<std::string_view> participles;
  // Verbs up to "any": measure verbs, "report", joined by commas, "or", "and".
  while (k < t.size() && !is_word(t, k, "any")) {
    if (is_punct(t, k, ",") || is_word(t, k, "or") || is_word(t, k, "and") ||
        is_word(t, k, "report") || is_word(t, k, "initiate") || is_word(t, k, "secure")) {
      ++k;
      continue;
    }
    if (!is_word(t, k)) return i;
    const std::string_view measure = stats::verb_measure(t[k].lower);
    const std::string_view participle = stats::verb_participle(t[k].lower);
    if (measure.empty() && participle.empty()) return i;
    if (!measure.empty()) verb_measures.emplace_back(measure);
    if (!participle.empty()) participles.push_back(participle);
    ++k;
  }
  if (!is_word(t, k, "any")) return i;
  ++k;
  // The nouns after "any".
  std::vector<std::pair<std::size_t, std::string>> nouns;  // token, measure
  while (is_word(t, k)) {
    const std::string_view action = stats::action_noun(t[k].lower);
    if (!action.empty()) {
      nouns.push_back({k, std::string(action)});
    } else if (!participles.empty() && stats::is_plural_noun(t[k].lower)) {
      nouns.push_back({k, t[k].lower + " " + std::string(participles.front())});
    } else if (!verb_measures.empty() && stats::is_plural_noun(t[k].lower)) {
      for (const std::string& measure : verb_measures) nouns.push_back({k, measure});
      ++k;
      break;
    } else {
      break;
    }
    ++k;
    if (is_punct(t, k, ",") || is_word(t, k, "or") || is_word(t, k, "and")) {
      std::size_t next = k + 1;
      if (is_word(t, next, "or") || is_word(t, next, "and")) ++next;
      if (is_word(t, next) && !stats::action_noun(t[next].lower).empty()) {
        k = next;
        continue;
      }
    }
    break;
  }
  if (nouns.empty()) return i;
  // "... or convictions of government employees for complicity": officials'.
  std::size_t of = nouns.back().first + 1;
  std::string subject;
  if (is_word(t, of, "of")) {
    std::size_t w = of + 1;
    if (is_word(t, w, "government") || is_word(t, w, "complicit")) ++w;
    if (is_word(t, w, "officials") || is_word(t, w, "employees")) subject = "officials";
  }
  for (const auto& [noun, measure] : nouns) {
    stats::Figure f;
    f.first = i;
    f.last = f.unit_end = noun + 1;
    f.values = {0};
    f.unit = t[noun].lower;
    f.measure = measure;
    f.subject = subject;
    f.negated = true;
    out.push_back(std::move(f));
  }
  return nouns.back().first + 1;
}

}  // namespace

std::vector<Statistic> extract_statistics(std::string_view sentence, std::size_t sentence_index,
                                          StatisticText text) {
  std::vector<stats::Figure> figures;
  const Tokens tokens = stats::tokenize(sentence);
  for (std::size_t i = 0; i < tokens.size();) {
    if (const std::size_t after = match_negated(tokens, i, figures); after != i) {
      i = after;
      continue;
    }
    Match m;
    const bool matched = is_number(tokens, i)
                             ? match_numeric(tokens, i, m)
                             : (match_spelled(tokens, i, m) || match_vague(tokens, i, m));
    if (!matched) {
      ++i;
      continue;
    }
    if (!m.skip_only) {
      stats::Figure f;
      f.first = m.first, f.last = m.last;
      f.unit_end = std::max(m.unit_end, m.last);
      f.values = std::move(m.values);
      f.unit = std::move(m.unit);
      f.vague = m.vague;
      f.money = m.money;
      figures.push_back(std::move(f));
    }
    i = m.last;
  }
  stats::name_figures(tokens, figures, text == StatisticText::field);
  std::vector<Statistic> found;
  found.reserve(figures.size());
  for (stats::Figure& f : figures) {
    Statistic s;
    const std::size_t begin = tokens[f.first].begin, end = tokens[f.last - 1].end;
    s.surface = std::string(sentence.substr(begin, end - begin));
    s.values = std::move(f.values);
    s.qualifier = f.negated ? "" : qualifier_before(tokens, f.first);
    s.unit = std::move(f.unit);
    s.sentence = sentence_index;
    s.context = std::string(sentence);
    s.measure = std::move(f.measure);
    s.subject = std::move(f.subject);
    s.period = std::move(f.period);
    s.relative = f.relative;
    s.vague = f.vague;
    s.converted = f.converted;
    s.measure_from_unit = f.measure_from_unit;
    found.push_back(std::move(s));
  }
  return found;
}

}  // namespace yoy
