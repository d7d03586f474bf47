#pragma once
// Report PDFs built from narrative texts (the seed, corpus/, tests/fixtures/):
// front matter, tier placements, the narratives, back matter.
#include <string>
#include <vector>

#include "pdf_maker.h"

namespace yoy::test {

// How a narrative's title is printed: "BURMA: TIER 3", "BURMA (Tier 3)", "BURMA: Tier 3".
enum class TitleForm { colon_caps, parens, colon_mixed };

struct SampleNarrative {
  std::string text;  // the narrative as yoy reads it (text file bytes)
  TitleForm form = TitleForm::colon_caps;
  std::string break_before;  // a heading set at the top of a new column ("PROTECTION")
};

// The narrative as a chapter: its "NAME (Tier N)" line printed as `form`, the
// recommendations as bullets, headings in the heading font.
PdfChapter narrative_chapter(const SampleNarrative& narrative);

// Cover, introduction, tier placements (naming every narrative's country and
// tier), methodology; then the narratives; then a glossary.
PdfReport sample_report(const std::vector<SampleNarrative>& narratives, int year);

// The narratives the tests and the README sample use: the corpus's 2025 (or
// 2024) North Korea narrative and the constructed ones of tests/fixtures/pdf/.
std::vector<SampleNarrative> sample_narratives(int year);

}  // namespace yoy::test
