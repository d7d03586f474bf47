// The shapes and formulas of a TIP country narrative (see tip_text.h).
#include "parse/tip_text.h"

#include <array>

#include "parse/tier_phrases.h"
#include "yoy/normalize/headings.h"
#include "yoy/normalize/normalize.h"
#include "yoy/parse/country_ids.h"
#include "yoy/util/ascii.h"

namespace yoy::tip {

namespace {

constexpr std::size_t npos = std::string_view::npos;

// Dashes, bars and spaces that separate a title from a site's furniture.
std::string_view trim_separators(std::string_view s) {
  for (bool changed = true; changed;) {
    changed = false;
    s = ascii_trim(s);
    for (std::string_view sep : {"-", "|", ":", "\xE2\x80\x93", "\xE2\x80\x94", "\xC2\xA0"}) {
      if (s.substr(0, sep.size()) == sep) s.remove_prefix(sep.size()), changed = true;
      if (s.size() >= sep.size() && s.substr(s.size() - sep.size()) == sep)
        s.remove_suffix(sep.size()), changed = true;
    }
  }
  return s;
}

// Does the text hold a sentence end followed by another sentence?
bool has_sentence_break(std::string_view s) {
  for (std::size_t i = 1; i + 2 < s.size(); ++i)
    if ((s[i] == '.' || s[i] == '?' || s[i] == '!') && s[i + 1] == ' ' &&
        is_ascii_upper(s[i + 2]) && is_ascii_lower(s[i - 1]))
      return true;
  return false;
}

// An all-caps word of a name: "BURMA", "PEOPLE’S", "D'IVOIRE", "KOREA,".
bool caps_word(std::string_view w) {
  int letters = 0;
  for (std::size_t i = 0; i < w.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(w[i]);
    if (is_ascii_lower(static_cast<char>(c))) return false;
    if (is_ascii_upper(static_cast<char>(c))) ++letters;
  }
  return letters >= 1;
}

// The country name just before a "(Tier N)": the whole text when it is short
// and no sentence, after a site's "[ ... ]" furniture; else the run of
// capitalised words that ends there ("... Country-by-Country ] BURMA").
std::string_view name_before(std::string_view before, std::size_t& name_begin) {
  std::string_view s = before;
  std::size_t offset = 0;
  if (const std::size_t bracket = s.rfind(']'); bracket != npos)
    offset = bracket + 1, s.remove_prefix(bracket + 1);
  const std::string_view trimmed = trim_separators(s);
  if (trimmed.empty()) return {};
  if (trimmed.size() <= 100 && !has_sentence_break(trimmed)) {
    name_begin = offset + static_cast<std::size_t>(trimmed.data() - s.data());
    return trimmed;
  }
  // Trailing run of all-caps words.
  std::size_t end = trimmed.size(), start = end;
  while (start > 0) {
    std::size_t word_end = start;
    while (word_end > 0 && trimmed[word_end - 1] == ' ') --word_end;
    std::size_t word_begin = word_end;
    while (word_begin > 0 && trimmed[word_begin - 1] != ' ') --word_begin;
    if (word_begin == word_end) break;
    const std::string_view w = trimmed.substr(word_begin, word_end - word_begin);
    const bool small = w == "OF" || w == "THE" || w == "AND";
    if (!caps_word(w) && !small) break;
    start = word_begin;
  }
  if (start == end) return {};
  const std::string_view name = trim_separators(trimmed.substr(start, end - start));
  name_begin = offset + static_cast<std::size_t>(name.data() - s.data());
  return name;
}

bool plausible_name(std::string_view name, std::size_t begin) {
  if (name.size() < 2 || name.size() > 100) return false;
  int letters = 0;
  for (char c : name)
    if (is_ascii_letter(c)) ++letters;
  if (letters < 2) return false;
  return begin <= 3 || !country_slug(name).empty() || is_all_caps_heading(name);
}

}  // namespace

// ---- the country title ---------------------------------------------------

bool find_title(std::string_view p, Title& title) {
  std::string_view whole = ascii_trim(p);
  while (!whole.empty() && (whole.back() == '.' || whole.back() == ':')) whole.remove_suffix(1);
  std::size_t length = 0;
  if (std::string tier = tier_text::tier_at(whole, length);
      !tier.empty() && length == whole.size()) {
    title = {"", std::move(tier), 0, p.size()};
    return true;
  }
  // "Special Case (Libya)": the tier first, the name in parentheses (minbarlibya.org 2019).
  if (std::string tier = tier_text::tier_at(whole, length); !tier.empty()) {
    const std::string_view rest = ascii_trim(whole.substr(length));
    if (rest.size() > 2 && rest.front() == '(' && rest.back() == ')') {
      const std::string_view name = ascii_trim(rest.substr(1, rest.size() - 2));
      if (plausible_name(name, 0) && !country_slug(name).empty()) {
        title = {std::string(name), std::move(tier), 0, p.size()};
        return true;
      }
    }
  }
  // "NAME (Tier 3)": a parenthesised tier near the start.
  for (std::size_t open = p.find('('); open != npos && open < 300; open = p.find('(', open + 1)) {
    std::size_t i = open + 1;
    while (i < p.size() && p[i] == ' ') ++i;
    std::string tier = tier_text::tier_at(p.substr(i), length);
    if (tier.empty()) continue;
    std::size_t j = i + length;
    while (j < p.size() && p[j] == ' ') ++j;
    if (j >= p.size() || p[j] != ')') continue;
    std::size_t name_begin = 0;
    const std::string_view name = name_before(p.substr(0, open), name_begin);
    if (!plausible_name(name, name_begin)) continue;
    title = {std::string(name), std::move(tier), name_begin, j + 1};
    return true;
  }
  // "NAME: Tier 3", "SPECIAL CASE: NAME": the whole (short) paragraph.
  if (whole.size() > 160) return false;
  const std::size_t colon = whole.find(':');
  if (colon == npos) return false;
  const std::string_view left = ascii_trim(whole.substr(0, colon)),
                         right = ascii_trim(whole.substr(colon + 1));
  if (std::string tier = tier_text::tier_at(right, length);
      !tier.empty() && length == right.size() && plausible_name(left, 0) &&
      !has_sentence_break(left)) {
    title = {std::string(left), std::move(tier), 0, p.size()};
    return true;
  }
  if (std::string tier = tier_text::tier_at(left, length); !tier.empty() && length == left.size() &&
                                                           plausible_name(right, 0) &&
                                                           !has_sentence_break(right)) {
    title = {std::string(right), std::move(tier), 0, p.size()};
    return true;
  }
  return false;
}

// ---- anchors ---------------------------------------------------------------

namespace {

// Verb phrases of the assessment: its subject comes before them.
constexpr std::array<std::string_view, 8> kAssessmentVerbs = {
    "does not fully meet",       "does not fully comply", "fully meets the minimum",
    "fully meet the minimum",    "fully complies with",   "fully comply with",
    "does not meet the minimum", "do not fully meet"};

// Verb phrases that open the trafficking profile: "X is a source ... country".
// "Syria was principally a destination country" (2012, 2013: the profile told
// of the years before the war).
constexpr std::array<std::string_view, 10> kProfileVerbs = {
    " is a source",       " is a destination",  " is a transit",     " is primarily a ",
    " is principally a ", " is mainly a ",      " is a country of ", "traffickers exploit ",
    " remains a source",  " was principally a "};

// Phrases that are the profile's first words themselves.
constexpr std::array<std::string_view, 2> kProfileOpeners = {"as reported over the past",
                                                             "scope and magnitude"};

// The start of the sentence whose verb phrase is at `verb`: the last "The
// Government of" before it, else the last mention of the country, else the
// last sentence end before it.
std::size_t subject_start(std::string_view text, std::string_view lowered, std::size_t from,
                          std::size_t verb, std::string_view name, bool allow_the) {
  std::size_t sentence = from;
  for (std::size_t i = from; i + 2 < verb; ++i)
    if ((text[i] == '.' || text[i] == '?' || text[i] == '!' || text[i] == ';') &&
        text[i + 1] == ' ' && (is_ascii_upper(text[i + 2]) || text[i] == ';'))
      sentence = i + 2;
  const std::string_view span = lowered.substr(0, verb);
  if (std::size_t g = span.rfind("the government of"); g != npos && g >= sentence) return g;
  if (!name.empty()) {
    const std::string lname = ascii_lower(name);
    if (std::size_t n = span.rfind(lname); n != npos && n >= sentence) {
      if (n >= 4 && span.substr(n - 4, 4) == "the ") n -= 4;
      return n;
    }
  }
  if (allow_the)
    if (std::size_t t = text.substr(0, verb).rfind("The "); t != npos && t >= sentence) return t;
  return sentence;
}

}  // namespace

std::size_t anchor_start(std::string_view text, std::size_t from, std::string_view name,
                         Anchor& kind) {
  kind = Anchor::none;
  if (from >= text.size()) return npos;
  const std::string lowered = ascii_lower(text);
  std::size_t best = npos;
  bool best_is_verb = false;
  for (std::string_view v : kAssessmentVerbs)
    if (std::size_t at = lowered.find(v, from); at < best)
      best = at, kind = Anchor::assessment, best_is_verb = true;
  const tier_text::Placement placement = tier_text::first_placement(text.substr(from));
  if (placement.at != npos && from + placement.at < best)
    best = from + placement.at, kind = Anchor::assessment, best_is_verb = true;
  for (std::string_view v : kProfileVerbs)
    if (std::size_t at = lowered.find(v, from); at < best)
      best = at, kind = Anchor::profile, best_is_verb = true;
  for (std::string_view v : kProfileOpeners)
    if (std::size_t at = lowered.find(v, from); at <= best && at != npos)
      best = at, kind = Anchor::profile, best_is_verb = false;
  if (best == npos) return npos;
  if (!best_is_verb) return best;
  return subject_start(text, lowered, from, best, name, kind == Anchor::profile);
}

// ---- sections --------------------------------------------------------------

std::string known_key(std::string_view heading) {
  if (heading.size() > 110) return "";
  std::string h = ascii_lower(compare_form(heading));
  while (!h.empty() && (h.back() == ':' || h.back() == '.' || h.back() == ' ')) h.pop_back();
  // A copy split over pages goes on under "GOVERNMENT EFFORTS … continues" (minbarlibya.org).
  for (std::string_view tail : {"(continued)", "continued", "continues"}) {
    if (h.size() > tail.size() && h.compare(h.size() - tail.size(), tail.size(), tail) == 0) {
      h.resize(h.size() - tail.size());
      for (;;) {
        if (!h.empty() && (h.back() == ' ' || h.back() == '.' || h.back() == ':'))
          h.pop_back();
        else if (h.size() >= 3 && h.compare(h.size() - 3, 3, "\xE2\x80\xA6") == 0)  // …
          h.resize(h.size() - 3);
        else
          break;
      }
      break;
    }
  }
  if (h.empty()) return "";
  if (h == "prioritized recommendations" || h == "recommendations" ||
      h.rfind("recommendations for ", 0) == 0)
    return "prioritized-recommendations";
  if (h == "prosecution") return "prosecution";
  if (h == "protection") return "protection";
  if (h == "prevention") return "prevention";
  if (h == "trafficking profile" || h == "scope and magnitude") return "trafficking-profile";
  if (h == "government efforts") return "government-efforts";
  return "";
}

std::size_t leading_heading(std::string_view p, std::string& key) {
  const std::size_t colon = p.find(':');
  if (colon == npos || colon > 110 || colon + 2 >= p.size()) return 0;
  const std::string_view label = p.substr(0, colon);
  // A label of a few words, the text going on after it.
  if (has_sentence_break(label)) return 0;
  key = known_key(label);
  if (key.empty()) return 0;
  std::size_t rest = colon + 1;
  while (rest < p.size() && p[rest] == ' ') ++rest;
  return rest < p.size() ? rest : 0;
}

std::size_t inline_heading(std::string_view p, std::size_t& length, std::string& key) {
  // Written as headings are: title case or capitals, never mid-sentence.
  static constexpr std::array<std::string_view, 9> kInline = {"Prioritized Recommendations",
                                                              "PRIORITIZED RECOMMENDATIONS",
                                                              "Trafficking Profile",
                                                              "TRAFFICKING PROFILE",
                                                              "PROSECUTION",
                                                              "PROTECTION",
                                                              "PREVENTION",
                                                              "Recommendations for ",
                                                              "RECOMMENDATIONS FOR "};
  std::size_t best = npos;
  for (std::string_view h : kInline) {
    for (std::size_t at = p.find(h); at != npos; at = p.find(h, at + 1)) {
      if (at < 2 || p[at - 1] != ' ' || (p[at - 2] != '.' && p[at - 2] != ':')) continue;
      std::size_t end = at + h.size();
      if (h.back() == ' ') {  // "Recommendations for Eritrea:" runs to its colon
        const std::size_t colon = p.find(':', end);
        if (colon == npos || colon - end > 60) continue;
        end = colon;
      }
      if (end < p.size() && p[end] == ':') ++end;
      if (end >= p.size() || p[end] != ' ' || end + 1 >= p.size() || !is_ascii_upper(p[end + 1]))
        continue;
      if (at < best) best = at, length = end - at, key = known_key(p.substr(at, end - at));
      break;
    }
  }
  return best;
}

std::string section_by_formula(std::string_view p) {
  std::size_t end = p.find(". ");
  if (end == npos) end = p.size();
  if (end > 300) return "";
  const std::string first = ascii_lower(p.substr(0, end));
  if (first.rfind("as reported over the past", 0) == 0) return "trafficking-profile";
  if (first.find("law enforcement efforts") != npos) return "prosecution";
  if (first.find("protection efforts") != npos || first.find("efforts to protect") != npos ||
      first.find("victim identification and protection") != npos)
    return "protection";
  if (first.find("prevention efforts") != npos || first.find("efforts to prevent") != npos)
    return "prevention";
  return "";
}

namespace {

// Verbs that open recommendations ("Criminalize ...", "Vigorously investigate ...").
constexpr std::array<std::string_view, 96> kImperatives = {
    "accede",      "adopt",       "allocate",   "allow",
    "amend",       "apply",       "assist",     "authorize",
    "bring",       "build",       "cease",      "collaborate",
    "collect",     "conduct",     "consider",   "continue",
    "cooperate",   "coordinate",  "create",     "criminalize",
    "dedicate",    "designate",   "develop",    "dismantle",
    "draft",       "eliminate",   "empower",    "enact",
    "encourage",   "end",         "enforce",    "engage",
    "ensure",      "establish",   "expand",     "extend",
    "facilitate",  "finalize",    "forge",      "formalize",
    "fund",        "grant",       "halt",       "harmonize",
    "hold",        "identify",    "implement",  "improve",
    "include",     "increase",    "institute",  "institutionalize",
    "integrate",   "investigate", "issue",      "launch",
    "make",        "monitor",     "offer",      "partner",
    "pass",        "permit",      "prevent",    "prioritize",
    "proactively", "prohibit",    "promote",    "prosecute",
    "protect",     "provide",     "publicize",  "publish",
    "raise",       "reduce",      "refer",      "reform",
    "regulate",    "remove",      "repeal",     "report",
    "require",     "respect",     "revise",     "screen",
    "seek",        "stop",        "strengthen", "support",
    "take",        "train",       "undertake",  "update",
    "use",         "utilize",     "verify",     "work"};

bool imperative_word(std::string_view w) {
  const std::string l = ascii_lower(w);
  for (std::string_view v : kImperatives)
    if (l == v) return true;
  return false;
}

// Does the text open with a verb in the imperative ("Increase ...",
// "Vigorously investigate ...")?
bool opens_imperative(std::string_view s) {
  s = ascii_trim(s);
  std::size_t a = 0;
  while (a < s.size() && is_ascii_letter(s[a])) ++a;
  if (a == 0 || !is_ascii_upper(s[0])) return false;
  const std::string_view first = s.substr(0, a);
  if (imperative_word(first)) return true;
  if (first.size() > 4 && first.substr(first.size() - 2) == "ly") {  // an adverb first
    std::size_t b = a;
    while (b < s.size() && s[b] == ' ') ++b;
    std::size_t e = b;
    while (e < s.size() && is_ascii_letter(s[e])) ++e;
    return e > b && imperative_word(s.substr(b, e - b));
  }
  return false;
}

std::size_t count_of(std::string_view s, std::string_view what) {
  std::size_t n = 0;
  for (std::size_t at = s.find(what); at != npos; at = s.find(what, at + what.size())) ++n;
  return n;
}

}  // namespace

bool looks_like_recommendations(std::string_view p) {
  p = ascii_trim(p);
  while (p.substr(0, 3) == "\xE2\x80\xA2" || p.substr(0, 2) == "* ")
    p = ascii_trim(p.substr(p[0] == '*' ? 2 : 3));
  return opens_imperative(p);
}

// ---- what is not the narrative ------------------------------------------

bool trailing_chrome(std::string_view p) {
  p = ascii_trim(p);
  if (p.empty()) return true;
  std::size_t words = 1;
  for (char c : p)
    if (c == ' ') ++words;
  if (words > 25) return false;
  const char last = p.back();
  const bool sentence = last == '.' || last == '!' || last == '?' || last == ')' ||
                        p.substr(p.size() >= 3 ? p.size() - 3 : 0) == "\xE2\x80\x9D";
  if (!sentence) return true;
  // Report prose speaks of trafficking, its victims and the authorities.
  static constexpr std::array<std::string_view, 26> kReportWords = {
      "person", "people",  "traffick", "government", "victim",   "labor",   "labour",
      "forced", "exploit", "official", "authorit",   "prosecut", "convict", "law ",
      "sex",    "worker",  "child",    "women",      "court",    "police",  "shelter",
      "ngo",    "crime",   "criminal", "recruit",    "migrant"};
  const std::string l = ascii_lower(p);
  for (std::string_view w : kReportWords)
    if (l.find(w) != npos) return false;
  return true;
}

// ---- recommendations ------------------------------------------------------

namespace {

void push_item(std::vector<std::string>& items, std::string_view s) {
  s = ascii_trim(s);
  while (!s.empty() && (s.back() == ';' || s.back() == ','))
    s = ascii_trim(s.substr(0, s.size() - 1));
  if (s.empty()) return;
  // A fragment without a letter is a stray separator.
  for (char c : s)
    if (is_ascii_letter(c)) {
      items.emplace_back(s);
      return;
    }
}

// "...political repression.End the practice ..." → two sentences.
std::string space_run_together(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 8);
  for (std::size_t i = 0; i < s.size(); ++i) {
    out += s[i];
    if (s[i] == '.' && i >= 2 && i + 2 < s.size() &&
        (is_ascii_lower(s[i - 1]) || s[i - 1] == ')') && is_ascii_lower(s[i - 2]) &&
        is_ascii_upper(s[i + 1]) && is_ascii_lower(s[i + 2]))
      out += ' ';
  }
  return out;
}

// Splits on a separator string; pieces keep their text.
std::vector<std::string_view> split_on(std::string_view s, std::string_view separator) {
  std::vector<std::string_view> parts;
  std::size_t begin = 0;
  for (std::size_t at = s.find(separator); at != npos; at = s.find(separator, begin)) {
    parts.push_back(s.substr(begin, at - begin));
    begin = at + separator.size();
  }
  parts.push_back(s.substr(begin));
  return parts;
}

bool continues_item(std::string_view s) {
  static constexpr std::array<std::string_view, 9> kStarters = {
      "This ", "These ", "That ", "Those ", "It ", "Its ", "Such ", "Including ", "Also "};
  for (std::string_view w : kStarters)
    if (s.substr(0, w.size()) == w) return true;
  return false;
}

// Verbs recommendations open with. Written with a capital after a lower-case
// word ("... including trafficking victims Recognize and use existing laws"),
// one starts an item whose predecessor lost its final period (gvnet.com 2023,
// Afghanistan). "End" is not among them: "End Child Prostitution ..." is a name.
bool opens_item_midsentence(std::string_view word) {
  static constexpr std::array<std::string_view, 24> kVerbs = {
      "Adopt",       "Allocate",  "Amend",     "Cease",     "Criminalize", "Designate",
      "Develop",     "Draft",     "Enforce",   "Ensure",    "Establish",   "Expand",
      "Finalize",    "Grant",     "Implement", "Improve",   "Increase",    "Institute",
      "Investigate", "Prosecute", "Provide",   "Recognize", "Strengthen",  "Train"};
  for (std::string_view v : kVerbs)
    if (word == v) return true;
  return false;
}

// Splits a sentence where an item verb follows a lower-case word.
std::vector<std::string> split_unmarked_items(const std::string& sentence) {
  std::vector<std::string> out;
  std::size_t begin = 0, word = 0;
  bool lower_before = false;
  for (std::size_t i = 0; i <= sentence.size(); ++i) {
    if (i < sentence.size() && sentence[i] != ' ') continue;
    const std::string_view w = std::string_view(sentence).substr(word, i - word);
    if (lower_before && opens_item_midsentence(w) && word > begin) {
      out.push_back(sentence.substr(begin, word - begin));
      begin = word;
    }
    lower_before = !w.empty();
    for (char c : w) lower_before = lower_before && is_ascii_lower(c);
    word = i + 1;
  }
  out.push_back(sentence.substr(begin));
  return out;
}

}  // namespace

std::vector<std::string> split_recommendations(std::string_view paragraph) {
  std::vector<std::string> items;
  // Bullets first: "•" anywhere, " * " between sentences.
  std::vector<std::string> bulleted;
  for (std::string_view piece : split_on(paragraph, "\xE2\x80\xA2")) {
    for (std::string_view part : split_on(piece, " * ")) bulleted.emplace_back(ascii_trim(part));
  }
  for (const std::string& piece : bulleted) {
    if (piece.empty()) continue;
    // One paragraph of semicolon-separated items: "...; criminalize ...; and accede ...".
    if (count_of(piece, "; ") >= 2) {
      for (std::string_view part : split_on(piece, "; ")) push_item(items, part);
      continue;
    }
    // Sentences, also run together without a space.
    const std::string spaced = space_run_together(piece);
    const std::vector<std::string> sentences = split_sentences(spaced);
    // "This includes ...", "Such ...": a sentence that goes on with the item before it.
    std::vector<std::string> joined;
    for (const std::string& s : sentences) {
      if (!joined.empty() && continues_item(s)) {
        joined.back() += ' ';
        joined.back() += s;
      } else {
        joined.push_back(s);
      }
    }
    for (const std::string& s : joined)
      for (const std::string& item : split_unmarked_items(s)) push_item(items, item);
  }
  return items;
}

std::string item_compare_form(std::string_view compare) {
  std::string_view s = ascii_trim(compare);
  if (ascii_istarts_with(s, "and ")) s.remove_prefix(4);
  while (!s.empty() && (s.back() == '.' || s.back() == ';' || s.back() == ',' || s.back() == ' '))
    s.remove_suffix(1);
  std::string out(s);
  if (!out.empty() && is_ascii_upper(out[0])) out[0] = ascii_lower(out[0]);
  return out;
}

}  // namespace yoy::tip
