// Country narratives of a TIP Report PDF, and their text files.
#include "yoy/parse/tip_narratives.h"

#include "yoy/normalize/headings.h"
#include "yoy/parse/tip_titles.h"

namespace yoy {

namespace {

// A title's face is at least this much larger than the body's.
constexpr double kTitleSize = 1.15;

// An id for a name the country table does not know (a territory new to the
// report): its letters and digits, words joined by '-'.
std::string slug_of_words(std::string_view name) {
  std::string slug;
  for (char c : name) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      slug += c;
    } else if (c != '\'' && !slug.empty() && slug.back() != '-') {
      slug += '-';
    }
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug;
}

int words(const std::string& s) {
  int n = 0;
  bool in = false;
  for (char c : s) {
    const bool space = c == ' ';
    if (!space && !in) ++n;
    in = !space;
  }
  return n;
}

// A title: a heading in a face larger than the body, across the page or
// inside a column (beside the other column's text), of a title form, followed
// by a paragraph of body text (not a table of placements); captions and charts
// between them aside.
bool is_title(const PdfText& pdf, std::size_t i, CountryTitle& title) {
  const PdfBlock& b = pdf.blocks[i];
  if (b.aside || b.block.heading_level == 0 || b.font_size < kTitleSize * pdf.body_size)
    return false;
  if (!parse_country_title(b.block.text, title)) return false;
  std::size_t n = i + 1;
  while (n < pdf.blocks.size() && pdf.blocks[n].aside) ++n;
  if (n >= pdf.blocks.size()) return false;
  const PdfBlock& next = pdf.blocks[n];
  return !next.aside && next.block.heading_level == 0 && !next.block.list_item &&
         words(next.block.text) >= 12;
}

// Where a narrative stops: the next title, or a chapter title across the page
// as large as its own.
bool ends_narrative(const PdfText& pdf, std::size_t i, double title_size) {
  const PdfBlock& b = pdf.blocks[i];
  CountryTitle ignored;
  return (!b.aside && b.block.heading_level > 0 && b.full_width &&
          b.font_size >= title_size - 0.5) ||
         is_title(pdf, i, ignored);
}

// The tier-ranking chart's title ("AFGHANISTAN TIER RANKING BY YEAR") when it
// is set as large as the text: never the narrative's text.
bool is_chart_title(const TextBlock& b) {
  const std::string_view t = b.text;
  constexpr std::string_view kTail = " TIER RANKING BY YEAR";
  return t.size() > kTail.size() && t.size() < 140 &&
         t.compare(t.size() - kTail.size(), kTail.size(), kTail) == 0;
}

}  // namespace

std::vector<Narrative> find_narratives(const PdfText& pdf, int year) {
  std::vector<Narrative> out;
  for (std::size_t i = 0; i < pdf.blocks.size();) {
    CountryTitle title;
    if (!is_title(pdf, i, title)) {
      ++i;
      continue;
    }
    const PdfBlock& head = pdf.blocks[i];
    Narrative n;
    n.id = country_slug(title.name);
    if (n.id.empty()) n.id = slug_of_words(title.name);
    n.title = is_all_caps_heading(title.name) ? readable_case(title.name) : title.name;
    n.tier = title.tier;
    n.printed = head.block.text;
    n.first_page = head.first_page;
    n.last_page = head.last_page;
    if (year > 0)
      n.text.title = std::to_string(year) + " Trafficking in Persons Report: " + n.title;
    TextBlock line = head.block;
    line.text = profile_title_line(title);
    line.heading_level = 1;
    n.text.blocks.push_back(std::move(line));
    std::size_t j = i + 1;
    for (; j < pdf.blocks.size() && !ends_narrative(pdf, j, head.font_size); ++j) {
      if (pdf.blocks[j].aside || is_chart_title(pdf.blocks[j].block)) continue;
      n.text.blocks.push_back(pdf.blocks[j].block);
      n.last_page = pdf.blocks[j].last_page;
    }
    out.push_back(std::move(n));
    i = j;
  }
  return out;
}

std::string narrative_text(const Narrative& narrative) {
  std::string out;
  if (!narrative.text.title.empty()) out += narrative.text.title + "\n\n";
  for (const TextBlock& b : narrative.text.blocks) {
    if (b.list_item) {
      out += "\xE2\x80\xA2 ";
    } else if (b.heading_level > 0 && !is_all_caps_heading(b.text) &&
               &b != &narrative.text.blocks.front()) {
      out += std::string(static_cast<std::size_t>(b.heading_level), '#') + ' ';
    }
    out += b.text;
    out += "\n\n";
  }
  return out;
}

}  // namespace yoy
