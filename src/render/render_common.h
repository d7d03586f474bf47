#pragma once
// Formatting shared by the text, Markdown and html renderers: names, numbers,
// escaping, headline phrases and word-run layout. Nothing here computes a change;
// it only words what the ChangeSet already says.
#include <string>
#include <string_view>
#include <vector>

#include "yoy/app/summary_index_result.h"
#include "yoy/model/changeset.h"
#include "yoy/tally/count.h"

namespace yoy::render_common {

// "PRIORITIZED RECOMMENDATIONS:" → "PRIORITIZED RECOMMENDATIONS" (for text that adds its own
// colon).
std::string section_label(std::string section);

// 80000 -> "80,000"; 2.5 -> "2.5"; -1200 -> "-1,200".
std::string format_number(double value);
// Values of a statistic as written by the engine: "80,000" or "80,000 / 200,000".
std::string format_values(const std::vector<double>& values);
// +80,000 / -5 (explicit sign).
std::string format_signed(double value);
// +66.7% / -12%.
std::string format_percent(double percent);
// 0-based index -> "#1"; "" when the index is unknown.
std::string rank(int index);

// "Tier 2 Watch List → Tier 3 (downgrade)", "Tier 3 (unchanged)", "none → Tier 3 (new)".
std::string rating_phrase(const RatingChange& rating);
// When the new text states a movement the editions contradict:
// "the new text says \"remained\", but the editions show a downgrade". "" otherwise.
std::string contradiction_phrase(const RatingChange& rating);
// The sentence that says the diff runs backwards in time ("" when it does not).
std::string reversed_phrase(const ChangeSet& changes);

// What a report's count (tally/count) says, in groups:
// {"recommendations: 1 added, 2 reworded", "statistics: 3 changed"} (empty groups left out).
std::vector<std::string> counts_groups(const ChangeCount& counts);
// The groups joined: "recommendations: 1 added, 2 reworded; statistics: 3 changed" or "".
std::string counts_phrase(const ChangeCount& counts);
// Same for the whole ChangeSet summary.
std::string summary_phrase(const ChangeSummary& summary);

// True when a report entry has nothing to show (unchanged and not asked for).
bool report_is_quiet(const ReportChange& report);

// Whether two adjacent word runs need a space between them when shown inline
// (runs carry words without their separating spaces; punctuation hugs its word).
bool needs_space(std::string_view before, std::string_view after);

// Keeps only the sentences that hold a change: '=' runs are shortened to the
// sentence around each change, the cut parts replaced by "…". For terse summaries.
std::vector<WordRun> around_changes(const std::vector<WordRun>& words);

// A summary index row's tier cell: "Tier 2 Watch List → Tier 3 ↓", "Tier 3" when it
// stayed, "—" without ratings.
std::string index_tier_text(const IndexRow& row);

// "1 report", "3 reports".
std::string plural(int n, std::string_view word);

// Columns of UTF-8 text (titles like "Côte d'Ivoire"): width in code points,
// padded with spaces (on the left when `right`), clipped to `width` code points
// with "…" marking the cut.
std::size_t text_width(std::string_view text);
std::string pad(std::string text, std::size_t width, bool right = false);
std::string clip(const std::string& text, std::size_t width);

// A CSV field (RFC 4180): hidden controls made visible (printable.h); quoted
// when it holds a comma, quote or line break.
std::string csv_field(const std::string& text);

}  // namespace yoy::render_common
