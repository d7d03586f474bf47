#pragma once
// Report PDFs built from narrative texts (the seed, corpus/, tests/fixtures/):
// front matter, tier placements, the narratives, back matter.
#include <string>
#include <vector>

#include "pdf_maker.h"

namespace yoy::test {

// How a narrative's title is printed: "BURMA: TIER 3", "BURMA (Tier 3)", "BURMA: Tier 3",
// "SPECIAL CASE: LIBYA".
enum class TitleForm { colon_caps, parens, colon_mixed, tier_first };

// How the narratives are set: each under a title across the page, or one
// after another in the columns with the title inside a column (the 2015
// report; see pdf_maker.h).
enum class Layout { across, in_column };

struct SampleNarrative {
  std::string text;  // the narrative as yoy reads it (text file bytes)
  TitleForm form = TitleForm::colon_caps;
  std::string break_before;  // a heading set at the top of a new column ("PROTECTION")
  // in_column only:
  bool near_bottom = false;  // a photograph before it: the title lands at a column's bottom
  bool extras = false;       // a photograph with its caption and a pull quote inside it
};

// The narrative as a chapter: its "NAME (Tier N)" line printed as `form`, the
// recommendations as bullets, headings in the heading font. in_column: the
// tier-ranking chart after its first paragraph.
PdfChapter narrative_chapter(const SampleNarrative& narrative, Layout layout = Layout::across);

// Cover, introduction, tier placements (naming every narrative's country and
// tier), methodology; then the narratives; then a glossary.
PdfReport sample_report(const std::vector<SampleNarrative>& narratives, int year,
                        Layout layout = Layout::across);

// The narratives the tests and the README sample use: the corpus's 2025 (or
// 2024) North Korea narrative and the constructed ones of tests/fixtures/pdf/.
std::vector<SampleNarrative> sample_narratives(int year);

// The same narratives for the in_column layout: Congo's title mixed case as
// in 2015 ("...: Tier 2 Watch List"), North Korea with a photograph and a pull
// quote, Libya's title "SPECIAL CASE: LIBYA" at the bottom of a column.
std::vector<SampleNarrative> in_column_narratives(int year);

// A report of a printed report's size (some 400 to 600 pages): the 2025
// sample with 240 narratives more, the North Korea one under made-up names
// ("LAND AB (Tier 3)").
PdfReport real_size_report(Layout layout);

}  // namespace yoy::test
