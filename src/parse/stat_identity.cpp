// name_figures: what each figure of a sentence measures, of whom and when.
//
// Prose says it with verbs and clauses: "The government reported investigating
// 48 suspected traffickers, prosecuting 21, and convicting nine, compared with
// 31 investigations, 17 prosecutions, and six convictions the previous year."
// The verb before a figure names its measure (investigating → investigations),
// an action noun after it does too (31 investigations); a figure after
// "compared with", "an increase from", "up from" is the previous period's figure
// of the measure it answers; a breakdown in parentheses ("(12 for sex trafficking
// and three for labor trafficking)") gives subjects of its figure's measure; a
// money amount in parentheses after another is the same amount converted.
// Periods are what the sentence says ("In 2016,", "in FY 2013", "(2023 est.)",
// "the previous year"); a figure set against an earlier period is the
// edition's own ("current"); the rest stay unknown.
#include "parse/stat_identity.h"

#include <algorithm>

#include "parse/stat_words.h"
#include "yoy/parse/country_ids.h"

namespace yoy::stats {

namespace {

using Tokens = std::vector<Token>;

bool is_word(const Tokens& t, std::size_t i) {
  return i < t.size() && t[i].kind == TokenKind::word;
}
bool is_word(const Tokens& t, std::size_t i, std::string_view lower) {
  return is_word(t, i) && t[i].lower == lower;
}
bool is_punct(const Tokens& t, std::size_t i, std::string_view text) {
  return i < t.size() && t[i].kind == TokenKind::punct && t[i].text == text;
}
bool is_year(const Tokens& t, std::size_t i) {
  return i < t.size() && t[i].kind == TokenKind::number && !t[i].has_separator &&
         !t[i].has_decimal && !t[i].money && !t[i].percent && t[i].text.size() == 4 &&
         t[i].value >= 1800 && t[i].value <= 2100;
}
bool is_capitalized(std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }

// The sentence text from token a to token b, inclusive.
std::string slice(const Tokens& t, std::size_t a, std::size_t b) {
  const char* begin = t[a].text.data();
  const char* end = t[b].text.data() + t[b].text.size();
  return std::string(begin, static_cast<std::size_t>(end - begin));
}

// ---- periods the sentence states ------------------------------------------

struct PeriodMark {
  std::size_t first = 0, last = 0;  // tokens [first, last)
  std::string label;                // "2023", "FY 2013", "2023 est."; "" for a relative one
  RelativePeriod relative = RelativePeriod::none;
  bool parenthetical = false;  // "(2023 est.)": for the figures before it
};

// "2023", "FY 2013", "fiscal year 2013" at i: the label and the token after it.
bool year_at(const Tokens& t, std::size_t i, std::string& label, std::size_t& after) {
  if (is_word(t, i, "fy") && is_year(t, i + 1)) {
    label = "FY " + std::string(t[i + 1].text);
    after = i + 2;
    return true;
  }
  if (is_word(t, i, "fiscal") && is_word(t, i + 1, "year") && is_year(t, i + 2)) {
    label = "FY " + std::string(t[i + 2].text);
    after = i + 3;
    return true;
  }
  if (is_word(t, i, "calendar") && is_word(t, i + 1, "year") && is_year(t, i + 2)) {
    label = std::string(t[i + 2].text);
    after = i + 3;
    return true;
  }
  if (is_year(t, i) && !is_punct(t, i + 1, "-") && !is_punct(t, i + 1, "\xE2\x80\x93")) {
    label = std::string(t[i].text);
    after = i + 1;
    return true;
  }
  return false;
}

// "the previous year", "the prior reporting period", "the year before", "last year".
std::size_t previous_period_at(const Tokens& t, std::size_t i) {
  std::size_t k = i;
  if (is_word(t, k, "the")) ++k;
  if (is_word(t, k) && is_previous_word(t[k].lower)) {
    if (is_word(t, k + 1, "year") || is_word(t, k + 1, "period") || is_word(t, k + 1, "one"))
      return k + 2 - i;
    if (is_word(t, k + 1, "reporting") && is_word(t, k + 2, "period")) return k + 3 - i;
    if (is_word(t, k + 1, "calendar") && is_word(t, k + 2, "year")) return k + 3 - i;
  }
  if (is_word(t, i, "the") && is_word(t, i + 1, "year") &&
      (is_word(t, i + 2, "before") || is_word(t, i + 2, "prior")))
    return 3;
  return 0;
}

// "the reporting period", "this reporting period", "this year".
std::size_t current_period_at(const Tokens& t, std::size_t i) {
  if ((is_word(t, i, "the") || is_word(t, i, "this")) && is_word(t, i + 1, "reporting") &&
      is_word(t, i + 2, "period") && !is_word(t, i + 3, "s"))
    return 3;
  if (is_word(t, i, "this") && is_word(t, i + 1, "year")) return 2;
  return 0;
}

std::vector<PeriodMark> period_marks(const Tokens& t) {
  std::vector<PeriodMark> marks;
  for (std::size_t i = 0; i < t.size(); ++i) {
    // "(2023 est.)", "(2022)", "(FY 2013)", "(2020-25 est.)".
    if (is_punct(t, i, "(")) {
      std::size_t k = i + 1;
      std::string label;
      std::size_t after = 0;
      if (year_at(t, k, label, after)) {
        k = after;
      } else if (is_year(t, k) && (is_punct(t, k + 1, "-") || is_punct(t, k + 1, "\xE2\x80\x93")) &&
                 k + 2 < t.size() && t[k + 2].kind == TokenKind::number) {
        k += 3;  // a span of years
      } else {
        continue;
      }
      if (is_word(t, k, "est")) ++k;
      if (is_punct(t, k, ".")) ++k;
      if (!is_punct(t, k, ")")) continue;
      PeriodMark m;
      m.first = i, m.last = k + 1;
      m.label = slice(t, i + 1, k - 1);
      m.parenthetical = true;
      marks.push_back(std::move(m));
      i = k;
      continue;
    }
    // "in 2016", "during FY 2014", "for calendar year 2023", "as of 2022".
    if (is_word(t, i, "as") && is_word(t, i + 1, "of") && is_year(t, i + 2)) {
      PeriodMark m;
      m.first = i, m.last = i + 3, m.label = std::string(t[i + 2].text);
      marks.push_back(std::move(m));
      i += 2;
      continue;
    }
    if (is_word(t, i, "in") || is_word(t, i, "during") || is_word(t, i, "for")) {
      std::string label;
      std::size_t after = 0;
      if (year_at(t, i + 1, label, after)) {
        PeriodMark m;
        m.first = i, m.last = after, m.label = label;
        marks.push_back(std::move(m));
        i = after - 1;
        continue;
      }
    }
    if (const std::size_t n = previous_period_at(t, i); n > 0) {
      PeriodMark m;
      m.first = i, m.last = i + n, m.relative = RelativePeriod::previous;
      marks.push_back(std::move(m));
      i += n - 1;
      continue;
    }
    if (is_word(t, i, "last") && is_word(t, i + 1, "year")) {
      PeriodMark m;
      m.first = i, m.last = i + 2, m.relative = RelativePeriod::previous;
      marks.push_back(std::move(m));
      ++i;
      continue;
    }
    if (const std::size_t n = current_period_at(t, i); n > 0) {
      PeriodMark m;
      m.first = i, m.last = i + n, m.relative = RelativePeriod::current;
      marks.push_back(std::move(m));
      i += n - 1;
    }
  }
  return marks;
}

// ---- clauses that compare with an earlier period ---------------------------

// The length of a comparison cue at i ("compared with", "an increase from", "up
// from", "versus"), 0 when none.
std::size_t comparison_cue(const Tokens& t, std::size_t i) {
  if (is_word(t, i, "compared") && (is_word(t, i + 1, "with") || is_word(t, i + 1, "to"))) return 2;
  if (is_word(t, i, "comparison") && (is_word(t, i + 1, "with") || is_word(t, i + 1, "to")))
    return 2;
  if (is_word(t, i, "versus") || is_word(t, i, "vs")) return 1;
  if (is_word(t, i, "from")) {
    // "an increase from", "a significant decrease from", "up from", "down from".
    static constexpr std::string_view kChange[] = {
        "increase", "decrease", "rise",      "drop",      "decline",   "up",      "down",
        "jump",     "fall",     "reduction", "increased", "decreased", "declined"};
    for (std::size_t back = 1; back <= 3 && back <= i; ++back)
      for (std::string_view w : kChange)
        if (is_word(t, i - back, w)) return 1;
  }
  return 0;
}

// A past-tense measure verb after "and" or a comma starts a new main clause
// ("..., compared with 14 in 2022, and prosecuted 10 defendants").
bool new_main_clause(const Tokens& t, std::size_t i) {
  if (!is_word(t, i) || i == 0) return false;
  const std::string& w = t[i].lower;
  if (w.size() < 3 || w.compare(w.size() - 2, 2, "ed") != 0) return false;
  if (verb_measure(w).empty() && verb_participle(w).empty()) return false;
  return is_word(t, i - 1, "and") || is_punct(t, i - 1, ",");
}

// ", and DOJ's taskforces initiated 1,083 investigations": after ", and" a verb
// in the past tense before any figure starts a new main clause.
bool new_subject(const Tokens& t, std::size_t i) {
  if (!is_word(t, i, "and") || i == 0 || !is_punct(t, i - 1, ",")) return false;
  for (std::size_t k = i + 1; k < i + 7 && k < t.size(); ++k) {
    if (t[k].kind == TokenKind::number) return false;
    if (!is_word(t, k)) continue;
    const std::string& w = t[k].lower;
    if (small_number(w) >= 0) return false;
    if (w.size() > 3 && w.compare(w.size() - 2, 2, "ed") == 0 && w != "compared") return true;
  }
  return false;
}

// For every token, the comparison clause it is in: -1 for the main clause, else
// the index of the clause's cue token.
std::vector<int> comparison_clauses(const Tokens& t) {
  std::vector<int> clause(t.size(), -1);
  int open = -1;
  int depth = 0, open_depth = 0;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (is_punct(t, i, "(")) ++depth;
    if (is_punct(t, i, ")")) {
      --depth;
      if (open >= 0 && depth < open_depth) open = -1;
    }
    if (is_punct(t, i, ";") || is_word(t, i, "while") || is_word(t, i, "whereas") ||
        is_word(t, i, "but") || (open >= 0 && (new_main_clause(t, i) || new_subject(t, i))))
      open = -1;
    if (const std::size_t n = comparison_cue(t, i); n > 0) {
      open = static_cast<int>(i);
      open_depth = depth;
      for (std::size_t k = i; k < i + n && k < t.size(); ++k) clause[k] = open;
      i += n - 1;
      continue;
    }
    clause[i] = open;
  }
  return clause;
}

// ---- measures --------------------------------------------------------------

// A unit as a measure: lower case but for proper words, the head noun plural.
std::string unit_measure(std::string_view unit) {
  std::string out;
  std::size_t start = 0;
  while (start <= unit.size()) {
    std::size_t end = unit.find(' ', start);
    if (end == std::string_view::npos) end = unit.size();
    std::string word(unit.substr(start, end - start));
    if (!is_capitalized(word))
      for (char& c : word)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (end == unit.size() && !is_capitalized(word)) word = plural_of(word);
    if (!word.empty()) out += (out.empty() ? "" : " ") + word;
    start = end + 1;
  }
  return out;
}

std::string last_word(std::string_view unit) {
  const std::size_t space = unit.find_last_of(' ');
  std::string w(space == std::string_view::npos ? unit : unit.substr(space + 1));
  for (char& c : w)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return w;
}

// Words a verb may stand before its figure with: "investigated a total of 14",
// "reportedly convicted at least six", "convicted and sentenced 15".
bool passable(const Token& t) {
  static constexpr std::string_view kWords[] = {
      "a",         "total",      "of",        "at",   "least",   "more",       "than",
      "an",        "and",        "only",      "some", "about",   "nearly",     "approximately",
      "over",      "almost",     "around",    "up",   "to",      "as",         "many",
      "estimated", "reportedly", "sentenced", "also", "another", "additional", "roughly",
      "fewer",     "less",       "no",        "under"};
  if (t.kind == TokenKind::punct) return t.text == ",";
  if (t.kind != TokenKind::word) return false;
  for (std::string_view w : kWords)
    if (t.lower == w) return true;
  return false;
}

// The measure a verb before figure `f` names ("" when none): a measure verb's
// own ("investigations"), or "<noun> <participle>" ("victims identified").
std::string verb_before(const Tokens& t, const Figure& f, std::size_t stop) {
  for (std::size_t back = 1; back <= 7 && back <= f.first && f.first - back >= stop; ++back) {
    const Token& w = t[f.first - back];
    if (w.kind == TokenKind::word) {
      const std::string_view measure = verb_measure(w.lower);
      if (!measure.empty()) return std::string(measure);
      const std::string_view participle = verb_participle(w.lower);
      if (!participle.empty()) {
        std::string head = f.unit.empty() ? "victims" : plural_of(last_word(f.unit));
        return head + " " + std::string(participle);
      }
    }
    if (!passable(w)) return "";
  }
  return "";
}

// "405 victims identified", "six defendants prosecuted in 2015".
std::string verb_after(const Tokens& t, const Figure& f) {
  if (f.unit.empty() || !is_word(t, f.unit_end)) return "";
  const std::string& w = t[f.unit_end].lower;
  const std::string_view measure = verb_measure(w);
  if (!measure.empty() && w.size() > 2 && w.compare(w.size() - 2, 2, "ed") == 0)
    return std::string(measure);
  const std::string_view participle = verb_participle(w);
  if (!participle.empty() && w.size() > 2 && w.compare(w.size() - 2, 2, "ed") == 0)
    return plural_of(last_word(f.unit)) + " " + std::string(participle);
  return "";
}

// Money's measure: "allocated 5 million rubles ($68,000) for victim protection" is funding.
bool funding_verb_before(const Tokens& t, const Figure& f) {
  static constexpr std::string_view kVerbs[] = {
      "allocated", "allocating", "provided", "providing", "spent",  "budgeted",
      "disbursed", "granted",    "donated",  "dedicated", "funded", "earmarked"};
  for (std::size_t back = 1; back <= 6 && back <= f.first; ++back) {
    const Token& w = t[f.first - back];
    if (w.kind == TokenKind::number) return false;
    if (w.kind == TokenKind::word)
      for (std::string_view v : kVerbs)
        if (w.lower == v) return true;
  }
  return false;
}

// "90 percent of wages" → "share of wages".
std::string percent_measure(const Tokens& t, const Figure& f) {
  std::size_t k = f.unit_end;
  if (!is_word(t, k, "of")) return "percent";
  ++k;
  if (is_word(t, k, "the") || is_word(t, k, "their") || is_word(t, k, "its")) ++k;
  std::string out;
  for (int n = 0; n < 3 && is_word(t, k) && !is_stopword(t[k].lower); ++n, ++k) {
    out += (out.empty() ? "" : " ") + t[k].lower;
    if (is_plural_noun(t[k].lower)) break;
  }
  return out.empty() ? "percent" : "share of " + out;
}

// ---- subjects --------------------------------------------------------------

// A form of trafficking at k ("sex trafficking", "forced labor", "child sex
// trafficking"): its words and the token after them.
std::string trafficking_form(const Tokens& t, std::size_t k, std::size_t& after) {
  static constexpr std::pair<std::string_view, std::string_view> kTwo[] = {
      {"sex", "trafficking"},
      {"labor", "trafficking"},
      {"labour", "trafficking"},
      {"forced", "labor"},
      {"forced", "labour"},
      {"domestic", "servitude"},
      {"forced", "begging"},
      {"forced", "criminality"},
      {"child", "trafficking"},
      {"internal", "trafficking"},
      {"transnational", "trafficking"}};
  if (is_word(t, k, "child") && is_word(t, k + 1, "sex") && is_word(t, k + 2, "trafficking")) {
    after = k + 3;
    return "child sex trafficking";
  }
  for (const auto& [a, b] : kTwo)
    if (is_word(t, k, a) && is_word(t, k + 1, b)) {
      after = k + 2;
      return std::string(a) + " " + std::string(b);
    }
  return "";
}

// A breakdown item's subject: "12 for sex trafficking", "73 sex trafficking
// cases", "two in Kaesong": the words after the figure up to the next item.
std::string breakdown_subject(const Tokens& t, const Figure& f, std::size_t close) {
  std::size_t k = f.first + 1;
  while (k < close && is_word(t, k) && scale_word(t[k].lower) > 0) ++k;  // "1.5 million"
  if (is_word(t, k, "for") || is_word(t, k, "in") || is_word(t, k, "of")) ++k;
  std::size_t form_end = 0;
  const std::string form = trafficking_form(t, k, form_end);
  if (!form.empty()) return form;
  std::string out;
  for (std::size_t words = 0; k < close && is_word(t, k) && words < 4; ++k, ++words) {
    if (t[k].lower == "and" || t[k].lower == "or") break;
    if (is_generic_head(t[k].lower) &&
        (k + 1 >= close || !is_word(t, k + 1) || t[k + 1].lower == "and" || t[k + 1].lower == "or"))
      break;  // the list's shared noun
    if (is_stopword(t[k].lower)) break;
    out += (out.empty() ? "" : " ") + std::string(t[k].text);
  }
  return out;
}

// "of government officials", "complicit officials": figures of official complicity.
bool about_officials(const Tokens& t, const Figure& f) {
  const std::string head = last_word(f.unit);
  if (head == "officials" || head == "official" || head == "employees") return true;
  for (std::size_t k = f.unit_end; k < f.unit_end + 4 && k < t.size(); ++k) {
    if (!is_word(t, k)) return false;
    if (t[k].lower == "officials" || t[k].lower == "employees") return true;
  }
  return false;
}

// A field's list label before a figure: "China 53%", "bulk carrier 10", "male
// 2,673,822", "South Korea 237 km"; "" when the figure opens no labelled item.
std::string field_label(const Tokens& t, std::size_t first) {
  // "male: 12,828,269": a label with a colon.
  if (first > 1 && is_punct(t, first - 1, ":") && is_word(t, first - 2))
    return field_label(t, first - 1);
  std::size_t k = first;
  std::size_t words = 0;
  // "Franco PARISI (PDG) 12.8%": a party or a note in parentheses belongs to the label.
  if (k > 2 && is_punct(t, k - 1, ")")) {
    std::size_t open = k - 1;
    while (open > 0 && !is_punct(t, open, "(") && k - open < 8) --open;
    if (is_punct(t, open, "(") && open > 0 && t[open - 1].kind == TokenKind::word) k = open;
  }
  while (k > 0 && words < 5) {
    const Token& w = t[k - 1];
    if (w.kind == TokenKind::word) {
      --k, ++words;
      continue;
    }
    if (w.kind == TokenKind::punct &&
        (w.text == "-" || w.text == "'" || w.text == "." || w.text == "&" ||
         w.text == "\xE2\x80\x99") &&
        k > 1 && t[k - 2].kind == TokenKind::word && !w.space_before) {
      --k;
      continue;
    }
    break;
  }
  if (words == 0) return "";
  // The label must open an item: the text's start, or after , ; / ( : (a year
  // in parentheses closes the item before: "(2023) China 53%").
  if (k > 0) {
    const Token& before = t[k - 1];
    if (before.kind != TokenKind::punct) return "";
    const bool dash = (before.text == "-" || before.text == "\xE2\x80\x93") && before.space_before;
    if (before.text != "," && before.text != ";" && before.text != "/" && before.text != "(" &&
        before.text != ":" && before.text != ")" && !dash)
      return "";
  }
  // Qualifiers, verbs and prose are no labels.
  for (std::size_t i = k; i < first; ++i) {
    if (t[i].kind != TokenKind::word) continue;
    const std::string& w = t[i].lower;
    if (w == "total" || w == "note" || w == "est" || w == "estimated" || w == "about" ||
        w == "approximately" || w == "nearly" || w == "over" || w == "under" || w == "between" ||
        w == "from" || w == "to" || w == "by" || w == "with")
      return "";
    if (is_stopword(w) && w != "and" && w != "of" && w != "the") return "";
  }
  std::string label = slice(t, k, first - 1);
  // One name per country: "US", "USA" and "United States" are one subject.
  const std::string slug = country_slug(label);
  if (!slug.empty()) {
    const std::string display = country_display_name(slug);
    if (!display.empty()) return display;
  }
  return label;
}

// ---- the sentence, figure by figure ---------------------------------------

struct Paren {
  std::size_t open = 0, close = 0;  // tokens of "(" and its ")"
};

std::vector<Paren> parentheses(const Tokens& t) {
  std::vector<Paren> out;
  std::vector<std::size_t> stack;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (is_punct(t, i, "(")) stack.push_back(i);
    if (is_punct(t, i, ")") && !stack.empty()) {
      out.push_back({stack.back(), i});
      stack.pop_back();
    }
  }
  return out;
}

}  // namespace

void name_figures(const Tokens& t, std::vector<Figure>& figures, bool field) {
  if (figures.empty()) return;
  const std::vector<PeriodMark> marks = period_marks(t);
  const std::vector<int> clause = comparison_clauses(t);
  const std::vector<Paren> parens = parentheses(t);
  const std::size_t n = figures.size();

  // Parents: a figure inside parentheses that open right after another figure is
  // part of its breakdown, or (money, a measured length) the same amount converted.
  std::vector<int> parent(n, -1);
  for (const Paren& p : parens) {
    int owner = -1;
    for (std::size_t j = 0; j < n; ++j) {
      std::size_t end = figures[j].unit_end;
      for (const PeriodMark& m : marks)  // "15 traffickers in 2016 (including ...)"
        if (!m.parenthetical && m.first == end) end = m.last;
      if (figures[j].last <= p.open && p.open <= end + 1 && figures[j].first < p.open)
        owner = static_cast<int>(j);
    }
    if (owner < 0) continue;
    // A breakdown lists items ("12 for sex trafficking and three for ..."); a
    // parenthesis with a clause of its own ("(two NGOs provided shelter to 16
    // victims in 2020)") is no breakdown.
    bool listing = true;
    for (std::size_t k = p.open + 1; k < p.close && listing; ++k) {
      if (!is_word(t, k)) continue;
      const std::string& w = t[k].lower;
      listing = verb_measure(w).empty() && verb_participle(w).empty() && w != "provided" &&
                w != "reported" && w != "received" && w != "were" && w != "was" && w != "had" &&
                w != "has" && w != "is" && w != "are";
    }
    bool first_inside = true;
    for (std::size_t j = 0; j < n; ++j) {
      Figure& f = figures[j];
      if (f.first <= p.open || f.last > p.close || parent[j] >= 0) continue;
      const Figure& o = figures[owner];
      const bool opens_paren = first_inside && f.first == p.open + 1;
      first_inside = false;
      const bool converted =
          opens_paren && ((f.money && o.money) ||
                          (field && !f.unit.empty() && !o.unit.empty() && f.unit != o.unit &&
                           f.unit != "percent" && o.unit != "percent" && f.last + 1 >= p.close));
      if (!converted && !listing) continue;
      f.converted = converted;
      parent[j] = owner;
    }
  }

  // Main figures (not in a comparison clause, not in a breakdown), in order.
  auto in_comparison = [&](const Figure& f) { return clause[f.first] >= 0; };
  const bool compares = std::any_of(clause.begin(), clause.end(), [](int c) { return c >= 0; });

  // Measures.
  std::size_t stop = 0;  // lookbacks never cross an earlier figure
  for (std::size_t j = 0; j < n; ++j) {
    Figure& f = figures[j];
    const std::size_t lookback_stop = stop;
    stop = f.unit_end;
    if (f.negated) continue;
    if (parent[j] >= 0) {
      const Figure& o = figures[parent[j]];
      f.measure = o.measure;
      f.measure_from_unit = o.measure_from_unit;
      if (f.unit.empty()) f.unit = o.unit;
      continue;
    }
    // "208 federal human trafficking prosecutions": the noun phrase's action noun.
    std::string_view action = action_noun(last_word(f.unit));
    for (std::size_t k = f.first + 1; action.empty() && k < f.first + 6 && is_word(t, k) &&
                                      !is_stopword(t[k].lower) && verb_measure(t[k].lower).empty();
         ++k)
      action = action_noun(t[k].lower);
    if (!action.empty()) {
      f.measure = std::string(action);
    } else if (std::string v = verb_before(t, f, lookback_stop); !v.empty()) {
      f.measure = std::move(v);
    } else if (std::string after = verb_after(t, f); !after.empty() && !in_comparison(f)) {
      f.measure = std::move(after);
    } else if (f.money) {
      f.measure = funding_verb_before(t, f) ? "funding" : f.unit;
      f.measure_from_unit = f.measure != "funding";
    } else if (f.unit == "percent") {
      f.measure = percent_measure(t, f);
      f.measure_from_unit = true;
    } else if (!f.unit.empty()) {
      f.measure = unit_measure(f.unit);
      f.measure_from_unit = true;
    }
    // "investigating 48 suspected traffickers, prosecuting 21": the list shares its noun.
    if (f.unit.empty() && j > 0 && parent[j - 1] < 0 && !figures[j - 1].unit.empty() &&
        clause[figures[j - 1].first] == clause[f.first] && f.first <= figures[j - 1].unit_end + 4)
      f.unit = figures[j - 1].unit;
  }

  // A comparison figure that names no measure itself answers one of the main
  // figures before its cue: the one at its place when the lists are as long, the
  // one with its noun, else the nearest.
  for (std::size_t j = 0; j < n; ++j) {
    Figure& f = figures[j];
    if (!in_comparison(f) || parent[j] >= 0 || f.negated) continue;
    const int cue = clause[f.first];
    const bool own = !f.measure.empty() && !f.measure_from_unit;
    std::vector<std::size_t> mains, siblings;
    for (std::size_t k = 0; k < n; ++k) {
      if (parent[k] >= 0) continue;
      if (figures[k].last <= static_cast<std::size_t>(cue) && !in_comparison(figures[k]))
        mains.push_back(k);
      if (clause[figures[k].first] == cue) siblings.push_back(k);
    }
    if (own || mains.empty()) continue;
    std::size_t place = 0;
    while (place < siblings.size() && siblings[place] != j) ++place;
    // A figure with a noun answers the main figure with that noun ("€412,870 in
    // 2021" answers "allocated €277,000"); one without answers the main figure at its
    // place when the lists are as long, else the nearest figure before it with a
    // measure of its own ("investigated 14 cases with 24 defendants, compared with
    // none in 2016").
    std::vector<std::size_t> same_noun;
    if (!f.unit.empty())
      for (std::size_t k : mains)
        if (last_word(figures[k].unit) == last_word(f.unit)) same_noun.push_back(k);
    std::size_t answer = mains.back();
    for (auto k = mains.rbegin(); k != mains.rend(); ++k)
      if (!figures[*k].measure_from_unit) {
        answer = *k;
        break;
      }
    if (!same_noun.empty()) {
      answer = same_noun.size() == siblings.size() ? same_noun[place] : same_noun.front();
    } else if (mains.size() == siblings.size()) {
      answer = mains[place];
    }
    f.measure = figures[answer].measure;
    f.measure_from_unit = figures[answer].measure_from_unit;
    f.subject = figures[answer].subject;  // may be filled below for the main one
    if (f.unit.empty()) f.unit = figures[answer].unit;
  }

  // Subjects.
  for (std::size_t j = 0; j < n; ++j) {
    Figure& f = figures[j];
    if (parent[j] >= 0 && !f.converted) {
      const Paren* p = nullptr;
      for (const Paren& q : parens)
        if (q.open < f.first && f.last <= q.close && (!p || q.open > p->open)) p = &q;
      f.subject = breakdown_subject(t, f, p ? p->close : t.size());
      if (f.subject.empty()) f.subject = figures[parent[j]].subject;
      continue;
    }
    if (f.converted) {
      f.subject = figures[parent[j]].subject;
      continue;
    }
    if (field) {
      f.subject = field_label(t, f.first);
      continue;
    }
    // "12 sex trafficking cases", "three for labor trafficking", "20 cases of forced labor".
    std::string form;
    if (!f.negated)
      for (std::size_t k = f.first + 1; k <= f.unit_end + 1 && k < t.size() && form.empty(); ++k) {
        if (t[k].kind == TokenKind::number) break;
        std::size_t after = 0;
        form = trafficking_form(t, k, after);
      }
    if (!form.empty()) {
      f.subject = form;
    } else if (!f.measure_from_unit && !f.measure.empty() && about_officials(t, f)) {
      f.subject = "officials";
    }
  }
  // A comparison figure answering a main one shares its subject.
  for (std::size_t j = 0; j < n; ++j) {
    Figure& f = figures[j];
    if (!in_comparison(f) || parent[j] >= 0 || !f.subject.empty()) continue;
    for (std::size_t k = 0; k < n; ++k)
      if (parent[k] < 0 && !in_comparison(figures[k]) && figures[k].measure == f.measure &&
          !figures[k].subject.empty() &&
          figures[k].last <= static_cast<std::size_t>(clause[f.first]))
        f.subject = figures[k].subject;
  }

  // Periods.
  auto set_period = [](Figure& f, const PeriodMark& m) {
    if (!m.label.empty()) {
      f.period = m.label;
      f.relative = RelativePeriod::none;
    } else {
      f.relative = m.relative;
    }
  };
  auto unset = [](const Figure& f) {
    return f.period.empty() && f.relative == RelativePeriod::none;
  };
  // "(2023 est.)": the figures before it, back to the previous such mark.
  {
    std::size_t from = 0;
    for (const PeriodMark& m : marks) {
      if (!m.parenthetical) continue;
      for (Figure& f : figures)
        if (f.first >= from && f.last <= m.first && unset(f)) set_period(f, m);
      from = m.last;
    }
    if (field) {  // figures after the last mark ("11.2% (2024 est.) (male 1,099,676/...)")
      const PeriodMark* last = nullptr;
      for (const PeriodMark& m : marks)
        if (m.parenthetical) last = &m;
      if (last)
        for (Figure& f : figures)
          if (f.first >= last->last && unset(f)) set_period(f, *last);
    }
  }
  // "15 traffickers in 2016", "€412,870 ($468,110) in 2021", "(446 in 2016)": a
  // mark right after a figure's unit (and its conversion in parentheses).
  for (std::size_t j = 0; j < n; ++j) {
    Figure& f = figures[j];
    if (!unset(f)) continue;
    std::size_t after = f.unit_end;
    if (is_punct(t, after, "("))
      for (const Paren& p : parens)
        if (p.open == after) after = p.close + 1;
    // "208 federal human trafficking prosecutions in FY 2014": the rest of its noun phrase.
    std::size_t phrase_end = f.last;
    while (phrase_end < f.last + 5 && is_word(t, phrase_end) &&
           (!is_stopword(t[phrase_end].lower) || t[phrase_end].lower == "of") &&
           t[phrase_end].lower != "in" && t[phrase_end].lower != "during")
      ++phrase_end;
    for (const PeriodMark& m : marks)
      if (!m.parenthetical &&
          (m.first == f.unit_end || m.first == f.last || m.first == after || m.first == phrase_end))
        set_period(f, m);
  }
  // Comparison clauses: the period the clause names, else the previous one.
  for (std::size_t j = 0; j < n; ++j) {
    Figure& f = figures[j];
    if (!in_comparison(f) || parent[j] >= 0 || !unset(f)) continue;
    const int cue = clause[f.first];
    PeriodMark previous;
    previous.relative = RelativePeriod::previous;
    const PeriodMark* chosen = &previous;
    for (const PeriodMark& m : marks)
      if (!m.parenthetical && m.first < clause.size() && clause[m.first] == cue &&
          m.relative != RelativePeriod::current)
        chosen = &m;
    set_period(f, *chosen);
  }
  // Main figures: the period said before them in their clause ("In 2016,
  // authorities ...", "; in the previous year they had reported ..."), else a year
  // right after another main figure of the clause, "during the reporting period",
  // or the edition's own when the sentence sets them against an earlier period.
  const PeriodMark* trailing = nullptr;
  const PeriodMark* current = nullptr;
  for (const PeriodMark& m : marks) {
    if (m.parenthetical || clause[m.first] >= 0) continue;
    if (m.relative == RelativePeriod::current) current = &m;
    if (!m.label.empty())
      for (std::size_t j = 0; j < n; ++j)
        if (parent[j] < 0 && !in_comparison(figures[j]) &&
            (m.first == figures[j].unit_end || m.first == figures[j].last))
          trailing = &m;
  }
  auto said_before = [&](const Figure& f) -> const PeriodMark* {
    const PeriodMark* found = nullptr;
    for (const PeriodMark& m : marks) {
      if (m.parenthetical || m.last > f.first || clause[m.first] >= 0) continue;
      bool same_clause = true;  // a comparison between is no boundary ("In 2023, ...,
                                // up from 95 in 2022, and convicted 12")
      for (std::size_t k = m.last; k < f.first && same_clause; ++k)
        same_clause = !is_punct(t, k, ";");
      if (same_clause) found = &m;
    }
    return found;
  };
  // A figure in a parenthesis of its own clause ("(two NGOs provided shelter to 16
  // victims in 2020)") takes the period that parenthesis says.
  auto said_in_parenthesis = [&](const Figure& f) -> const PeriodMark* {
    const Paren* inner = nullptr;
    for (const Paren& p : parens)
      if (p.open < f.first && f.last <= p.close && (!inner || p.open > inner->open)) inner = &p;
    if (!inner) return nullptr;
    for (const PeriodMark& m : marks)
      if (!m.parenthetical && m.first > f.first && m.last <= inner->close) return &m;
    return nullptr;
  };
  for (std::size_t j = 0; j < n; ++j) {
    Figure& f = figures[j];
    if (in_comparison(f) || parent[j] >= 0 || !unset(f)) continue;
    if (const PeriodMark* inside = said_in_parenthesis(f)) {
      set_period(f, *inside);
    } else if (const PeriodMark* before = said_before(f)) {
      set_period(f, *before);
    } else if (trailing) {
      set_period(f, *trailing);
    } else if (current) {
      set_period(f, *current);
    }
  }
  // A sentence that gives a previous period's figure ("; in the previous year they
  // had reported 31 investigations", "(405 the year before)") sets the others against it.
  const bool contrasted =
      compares || std::any_of(figures.begin(), figures.end(), [](const Figure& f) {
        return f.relative == RelativePeriod::previous;
      });
  for (std::size_t j = 0; j < n; ++j)
    if (contrasted && !field && !in_comparison(figures[j]) && parent[j] < 0 && unset(figures[j]))
      figures[j].relative = RelativePeriod::current;
  // "2021: ... KAST (FSC) 27.9%; ... 2017: ...": a year heading the figures after it.
  for (Figure& f : figures) {
    if (!unset(f)) continue;
    for (std::size_t k = f.first; k-- > 0;)
      if (is_year(t, k) && is_punct(t, k + 1, ":")) {
        f.period = std::string(t[k].text);
        break;
      }
  }
  // Breakdowns and conversions: their figure's measure (as it was settled) and period.
  for (std::size_t j = 0; j < n; ++j)
    if (parent[j] >= 0) {
      const Figure& o = figures[parent[j]];
      Figure& f = figures[j];
      if (unset(f)) {
        f.period = o.period;
        f.relative = o.relative;
      }
      f.measure = o.measure;
      f.measure_from_unit = o.measure_from_unit;
    }
  // A figure without a measure of its own is a bare number ("7"): its identity
  // is only where it stands.
  for (Figure& f : figures)
    if (f.measure.empty()) f.measure_from_unit = true;
}

}  // namespace yoy::stats
