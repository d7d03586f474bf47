#pragma once
// The country narratives of a TIP Report PDF: each starts at a country title
// in a heading face larger than the body, set across the page or inside a
// column, and runs to the next title or the next chapter title (back matter);
// front matter is no narrative, and a narrative's text leaves out what is
// set apart from it (captions, the tier-ranking chart, pull quotes).
#include <string>
#include <vector>

#include "yoy/normalize/normalize.h"
#include "yoy/read/pdf.h"

namespace yoy {

struct Narrative {
  std::string id;       // state.gov slug: "north-korea"
  std::string title;    // readable: "Korea, Democratic People's Republic of"
  std::string tier;     // canonical: "Tier 3"
  std::string printed;  // the title as printed: "KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF: TIER 3"
  int first_page = 0, last_page = 0;
  CleanText text;  // what the TIP profile parses: title line, then the narrative's blocks
};

// Every narrative in reading order. `year` (0: unknown) names the edition in
// each narrative's title ("2025 Trafficking in Persons Report: Burma").
std::vector<Narrative> find_narratives(const PdfText& pdf, int year);

// The narrative as a text file that `yoy parse` reads back to the same
// Document: the title, the country title line, then one block a paragraph.
std::string narrative_text(const Narrative& narrative);

}  // namespace yoy
