#pragma once
// What a TIP country narrative looks like, by structure and by its formulaic
// sentences, whatever site or layout it was copied from: the country title,
// the assessment, the opening of the trafficking profile, the section headings
// (on their own, inline or lost), the recommendation lists.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "yoy/normalize/normalize.h"

namespace yoy::tip {

// Is this text a TIP country narrative? By content: a country title, the
// assessment's formula, a profile opening about trafficking, or two TIP
// section headings.
bool is_narrative(const CleanText& text);

// ---- the country title ---------------------------------------------------

struct Title {
  std::string name;  // as written ("BURMA", "Korea, Democratic People’s Republic of"); "" for a
                     // bare tier line
  std::string tier;  // canonical
  std::size_t begin = 0;  // byte range of the title in the paragraph
  std::size_t end = 0;
  // A footnote mark printed right after the tier ("Tier 3*", "Tier 2 Watch List†"),
  // "" when none: the tier stays the tier.
  std::string mark = "";
};

// The footnote mark at the start of `text` ("*", "**", "†", "‡"): its length, 0 when none.
std::size_t mark_length(std::string_view text);

// "NAME (Tier 3)" (anywhere near the start of the paragraph, a site's suffix
// after it), "NAME: Tier 3", "SPECIAL CASE: NAME", or a paragraph that is only
// a tier ("Tier 2 Watch List").
bool find_title(std::string_view paragraph, Title& title);

// ---- anchors: the sentences every narrative opens its parts with ----------

enum class Anchor { none, assessment, profile };

// Where the first assessment ("X does not fully meet the minimum standards",
// "remains a Special Case", "therefore X remained on Tier 3") or profile
// opening ("X is a source, transit, and destination country", "As reported
// over the past five years") sentence begins in the text at or after `from`;
// npos when there is none. `name` is the country as the title writes it.
std::size_t anchor_start(std::string_view text, std::size_t from, std::string_view name,
                         Anchor& kind);

// ---- sections --------------------------------------------------------------

// The key of a TIP section heading however it is written ("PRIORITIZED
// RECOMMENDATIONS:", "Recommendations for Burma", "RECOMMENDATIONS FOR THE
// DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA", "Scope and Magnitude", "PROSECUTION");
// "" when the text is not one.
std::string known_key(std::string_view heading);

// A heading that opens a paragraph and runs on into it ("Recommendations for
// North Korea: Criminalize ...", "Prosecution: The government ..."): its length
// (through the colon) and key; 0 when there is none.
std::size_t leading_heading(std::string_view paragraph, std::string& key);

// A heading inside a running paragraph of hard-wrapped text ("... human
// trafficking. Prioritized Recommendations Enforce existing limits ..."):
// where it begins, its length and key; npos when there is none.
std::size_t inline_heading(std::string_view paragraph, std::size_t& length, std::string& key);

// The section a headingless paragraph opens, read from its first sentence's
// formula ("The government maintained law enforcement efforts." →
// "prosecution"); "" when it opens none.
std::string section_by_formula(std::string_view paragraph);

// Is the paragraph a list of recommendations (imperatives: bullets, semicolons,
// or sentences that start with a verb)?
bool looks_like_recommendations(std::string_view paragraph);

// ---- what is not the narrative ------------------------------------------

// A short paragraph after the narrative that is not report prose ("Download the
// chapter on Burma here.", "Related Posts", "Leave a Reply").
bool trailing_chrome(std::string_view paragraph);

// ---- recommendations ------------------------------------------------------

// One paragraph of recommendations → its items, however they are separated
// (bullets "•" or " * ", semicolons, sentences, sentences run together without
// a space). Items keep their words as written, separators dropped.
std::vector<std::string> split_recommendations(std::string_view paragraph);

// The comparison form of a recommendation: no leading "and", no trailing
// period or semicolon, first letter lower-case.
std::string item_compare_form(std::string_view compare);

}  // namespace yoy::tip
