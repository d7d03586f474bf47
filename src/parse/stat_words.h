#pragma once
// Vocabularies of the statistics extractor (all take ASCII lower-case words).
#include <string>
#include <string_view>

namespace yoy::stats {

// "zero", "one" … "nineteen", "twenty" … "ninety", "twenty-five"; -1 when not a number word.
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

// A currency's name as a unit: "rubles", "euros", "dollars", "won", "naira".
bool is_currency(std::string_view unit);

// ---- what a figure measures ----
// A verb whose object is counted as the measure it names: "investigating",
// "investigated" → "investigations"; prosecute → "prosecutions", convict →
// "convictions", arrest → "arrests", indict → "indictments"; "" otherwise.
std::string_view verb_measure(std::string_view word);
// A verb whose object is counted as "<object> <participle>": "identified" (405
// victims identified), "referred" (→ "referred to care"), "assisted", "rescued",
// "repatriated", "screened", "trained", "removed", "sheltered", "deported"; "" otherwise.
std::string_view verb_participle(std::string_view word);
// A noun that names a measure itself, as its plural: "investigation(s)" →
// "investigations"; also prosecutions, convictions, arrests, indictments, raids,
// inspections, referrals, screenings, deportations, repatriations; "" otherwise.
std::string_view action_noun(std::string_view word);
// The plural of a noun as a measure names it: "victim" → "victims"; plurals,
// "children", "people" stay.
std::string plural_of(std::string_view word);
// Words after "the" that say a figure is the previous period's: "previous",
// "prior", "preceding", "last" (as in "the previous year").
bool is_previous_word(std::string_view word);
// Words that end a breakdown's subject as its shared noun ("12 for sex trafficking
// and three for labor trafficking cases"): cases, victims, defendants, suspects, ...
bool is_generic_head(std::string_view word);

}  // namespace yoy::stats
