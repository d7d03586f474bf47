// TIP country narrative → Document, whatever layout and site it comes from:
// the narrative's extent (from its title or first assessment/profile sentence
// to its last section; what surrounds it is not report content), the country
// and its tier (from the title, else from the assessment), the sections under
// stable keys (headings on their own line, inline, run into a paragraph, or
// lost and read from the sections' opening formulas), recommendations as
// ranked items however they are separated.
#include <algorithm>
#include <string>
#include <vector>

#include "parse/tier_phrases.h"
#include "parse/tip_text.h"
#include "yoy/normalize/headings.h"
#include "yoy/parse/country_ids.h"
#include "yoy/parse/profiles.h"
#include "yoy/util/ascii.h"

namespace yoy {

namespace {

constexpr std::size_t npos = std::string_view::npos;
constexpr std::size_t kTitleSearch = 60;  // paragraphs looked at for the country title

struct Para {
  std::string text;
  ByteSpan span;
  int heading_level = 0;
  bool list_item = false;
  std::string field_label;
  bool dropped = false;
};

// A heading or a stretch of content, in reading order.
struct Piece {
  bool heading = false;
  std::string text;  // display
  std::string key;   // headings
  const Para* from = nullptr;
};

std::size_t find_nocase(std::string_view s, std::string_view what) {
  if (what.empty() || s.size() < what.size()) return npos;
  for (std::size_t i = 0; i + what.size() <= s.size(); ++i) {
    std::size_t k = 0;
    while (k < what.size() && ascii_lower(s[i + k]) == ascii_lower(what[k])) ++k;
    if (k == what.size()) return i;
  }
  return npos;
}

int year_at(std::string_view s, std::size_t i) {
  if (i + 4 > s.size()) return 0;
  if (i > 0 && is_ascii_digit(s[i - 1])) return 0;
  if (i + 4 < s.size() && is_ascii_digit(s[i + 4])) return 0;
  int y = 0;
  for (std::size_t k = 0; k < 4; ++k) {
    if (!is_ascii_digit(s[i + k])) return 0;
    y = y * 10 + (s[i + k] - '0');
  }
  return y >= 2000 && y <= 2100 ? y : 0;
}

// The edition year named next to the report's name: "2025 Trafficking in
// Persons Report", "Trafficking in Persons Report 2017 - ...", "State Dept
// 2020 TIP Report", "Trafficking in Persons Report, June 2009".
int year_near_report(std::string_view s) {
  for (std::string_view name : {"trafficking in persons report", "tip report"}) {
    const std::size_t at = find_nocase(s, name);
    if (at == npos) continue;
    const std::size_t from = at > 12 ? at - 12 : 0;
    for (std::size_t i = from; i < at; ++i)
      if (int y = year_at(s, i)) return y;
    const std::size_t after = at + name.size();
    for (std::size_t i = after; i < s.size() && i < after + 20; ++i)
      if (int y = year_at(s, i)) return y;
  }
  return 0;
}

// The country a sentence is about: "The Government of Burma does not ...",
// "The People’s Republic of China (China or PRC) is a source ...".
std::string subject_country(std::string_view sentence) {
  std::string_view s = ascii_trim(sentence);
  if (s.size() > 300) s = s.substr(0, 300);
  // "As reported over the past five years, Burma is a source ..."
  if (find_nocase(s, "as reported") == 0 && s.find(", ") != npos) s.remove_prefix(s.find(", ") + 2);
  if (find_nocase(s, "the government of ") == 0) s.remove_prefix(18);
  const auto up_to_stop = [](std::string_view t) {
    std::size_t cut = t.size();
    for (std::string_view stop :
         {" (", " does ", " is ", " remain", " fully ", " has ", ",", "."}) {
      const std::size_t at = t.find(stop);
      if (at != npos && at < cut) cut = at;
    }
    return t.substr(0, cut);
  };
  if (std::string slug = country_slug(up_to_stop(s)); !slug.empty()) return slug;
  // "... human traffickers exploit domestic and foreign victims in Russia, and
  // ...", "... both in Burma and abroad": the first country the sentence names.
  std::size_t end = s.find(". ");
  if (end == npos) end = s.size();
  const std::string_view first_sentence = s.substr(0, end);
  std::vector<std::string_view> words;
  for (std::size_t i = 0; i < first_sentence.size();) {
    while (i < first_sentence.size() && first_sentence[i] == ' ') ++i;
    std::size_t j = i;
    while (j < first_sentence.size() && first_sentence[j] != ' ') ++j;
    if (j > i) words.push_back(first_sentence.substr(i, j - i));
    i = j;
  }
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (words[i][0] < 'A' || words[i][0] > 'Z') continue;
    for (std::size_t n = std::min<std::size_t>(6, words.size() - i); n > 0; --n) {
      const char* first = words[i].data();
      const std::string_view last = words[i + n - 1];
      std::string_view name(first, static_cast<std::size_t>(last.data() + last.size() - first));
      while (!name.empty() && (name.back() == ',' || name.back() == '.' || name.back() == ';'))
        name.remove_suffix(1);
      if (std::string slug = country_slug(name); !slug.empty()) return slug;
    }
  }
  return "";
}

// A short line that is no sentence and no heading: a site's byline or suffix.
bool site_line(std::string_view text) {
  text = ascii_trim(text);
  if (text.empty() || text.size() > 120) return false;
  const char last = text.back();
  if (last == '.' || last == '!' || last == '?' || last == ':' || is_all_caps_heading(text))
    return false;
  std::size_t words = 1;
  for (char c : text) words += c == ' ';
  return words <= 12;
}

bool is_known_heading(const Para& p) {
  return !p.list_item && p.field_label.empty() && !tip::known_key(p.text).empty();
}

// The paragraphs that hold the narrative, and what the title and the text
// around it say (name, tier, year).
struct Extent {
  std::size_t begin = 0, end = 0;
  tip::Title title;
  bool has_title = false;
  std::string name;  // the country as written, or "" when unknown
  std::string slug;  // from the name or the page around the narrative
  int year = 0;
};

Extent find_extent(std::vector<Para>& paras, const CleanText& text) {
  Extent x;
  x.end = paras.size();
  std::size_t title_at = npos;
  for (std::size_t i = 0; i < paras.size() && i < kTitleSearch; ++i) {
    if (paras[i].list_item) continue;
    if (tip::find_title(paras[i].text, x.title)) {
      title_at = i;
      break;
    }
    // A hard-wrapped title whose lines became paragraphs: "... ] IRAN" / "(Tier 3)"
    // (gvnet.com): the name and the parenthesised tier make the title together.
    if (i + 1 < paras.size() && !paras[i + 1].list_item && paras[i + 1].text.size() <= 24 &&
        paras[i + 1].text.rfind("(", 0) == 0) {
      const std::string joined = paras[i].text + " " + paras[i + 1].text;
      if (tip::find_title(joined, x.title)) {
        paras[i].text = joined;
        paras[i + 1].dropped = true;
        title_at = i;
        break;
      }
    }
  }
  x.has_title = title_at != npos;
  std::size_t start = title_at;
  if (start == npos) {
    for (std::size_t i = 0; i < paras.size() && start == npos; ++i) {
      tip::Anchor kind;
      if (is_known_heading(paras[i]) || tip::anchor_start(paras[i].text, 0, "", kind) != npos)
        start = i;
    }
  }
  if (start == npos) start = 0;
  x.begin = start;

  // What the page says before the narrative: the edition year, the country.
  x.year = year_near_report(text.title);
  x.name = x.title.name;
  if (!x.name.empty()) x.slug = country_slug(x.name);
  if (x.has_title && x.year == 0) x.year = year_near_report(paras[title_at].text);
  for (std::size_t i = start; i-- > 0;) {
    if (x.year == 0) x.year = year_near_report(paras[i].text);
    if (x.slug.empty() && paras[i].text.size() <= 160) {
      x.slug = country_slug(paras[i].text);
      // "Democratic People's Republic of Korea" above a bare "Tier 3" line names it.
      if (!x.slug.empty() && x.name.empty() && paras[i].text.size() <= 80 &&
          paras[i].text.find(':') == npos && paras[i].text.find(" - ") == npos)
        x.name = paras[i].text;
    }
  }
  if (x.slug.empty()) x.slug = country_slug(text.title);
  for (std::size_t i = 0; i < start; ++i) paras[i].dropped = true;

  // The start paragraph: only the narrative's own words stay.
  Para& first = paras[start];
  tip::Anchor kind;
  if (x.has_title) {
    const std::size_t a = tip::anchor_start(first.text, x.title.end, x.name, kind);
    if (a != npos) {
      first.text = first.text.substr(a);
    } else {
      first.dropped = true;  // the title and a site's suffix ("Extracted from ...")
    }
    // Between the title and the narrative's first sentence: a site's lines
    // ("Published by United States Department of State"), never a sentence.
    for (std::size_t i = start + 1; i < paras.size() && a == npos; ++i) {
      Para& p = paras[i];
      if (p.dropped) continue;
      if (p.list_item || is_known_heading(p)) break;
      if (!site_line(p.text)) {
        // The site's words run into the first sentence ("2023 TIP Report The Government
        // of Iran does not fully meet ..."): the narrative starts at the sentence.
        tip::Anchor opening;
        const std::size_t at = tip::anchor_start(p.text, 0, x.name, opening);
        if (at != npos && at > 0 && at <= 60 && site_line(p.text.substr(0, at)))
          p.text = p.text.substr(at);
        break;
      }
      p.dropped = true;
    }
  } else if (!first.list_item) {
    const std::size_t a = tip::anchor_start(first.text, 0, x.name, kind);
    if (a != npos && a > 0) first.text = first.text.substr(a);
  }

  // The end: what follows the last section's prose is the site's.
  while (x.end > start + 1) {
    const Para& p = paras[x.end - 1];
    if (p.list_item || p.heading_level > 0 || is_known_heading(p) || !tip::trailing_chrome(p.text))
      break;
    --x.end;
  }
  for (std::size_t i = x.end; i < paras.size(); ++i) paras[i].dropped = true;
  return x;
}

// "PART TWO", "Part 2": a site's division of a long copy, no part of the report.
bool part_marker(std::string_view text) {
  text = ascii_trim(text);
  if (text.size() < 6 || text.size() > 12) return false;
  const std::string t = ascii_lower(text);
  if (t.rfind("part ", 0) != 0) return false;
  const std::string_view n = std::string_view(t).substr(5);
  for (std::string_view w :
       {"one", "two", "three", "four", "five", "i", "ii", "iii", "iv", "1", "2", "3", "4", "5"})
    if (n == w) return true;
  return false;
}

// The paragraphs as headings and content, headings written inline split off.
std::vector<Piece> pieces_of(const std::vector<Para>& paras) {
  std::vector<Piece> out;
  for (const Para& p : paras) {
    if (p.dropped || part_marker(p.text)) continue;
    if (p.list_item || !p.field_label.empty()) {
      out.push_back({false, p.text, "", &p});
      continue;
    }
    if (std::string key = tip::known_key(p.text); !key.empty()) {
      out.push_back({true, p.text, key, &p});
      continue;
    }
    if (p.heading_level > 0 || is_all_caps_heading(p.text)) {
      out.push_back({true, p.text, section_key(p.text), &p});
      continue;
    }
    std::string_view rest = p.text;
    std::string key;
    if (const std::size_t lead = tip::leading_heading(rest, key); lead > 0) {
      std::string_view label = ascii_trim(rest.substr(0, lead));
      out.push_back({true, std::string(label), key, &p});
      rest.remove_prefix(lead);
    }
    for (;;) {
      std::size_t length = 0;
      const std::size_t at = tip::inline_heading(rest, length, key);
      if (at == npos || key.empty()) break;
      out.push_back({false, std::string(ascii_trim(rest.substr(0, at))), "", &p});
      out.push_back({true, std::string(rest.substr(at, length)), key, &p});
      rest.remove_prefix(at + length);
      rest = ascii_trim(rest);
    }
    if (!ascii_trim(rest).empty()) out.push_back({false, std::string(ascii_trim(rest)), "", &p});
  }
  return out;
}

const char* display_of(std::string_view key) {
  if (key == "summary") return "Summary";
  if (key == "prioritized-recommendations") return "Recommendations";
  if (key == "prosecution") return "Prosecution";
  if (key == "protection") return "Protection";
  if (key == "prevention") return "Prevention";
  if (key == "trafficking-profile") return "Trafficking Profile";
  return "";
}

// Does the paragraph's first sentence open a part of the narrative?
tip::Anchor opening_anchor(std::string_view text, std::string_view name) {
  tip::Anchor kind;
  const std::size_t at = tip::anchor_start(text, 0, name, kind);
  if (at == npos) return tip::Anchor::none;
  std::size_t first_end = text.find(". ");
  if (first_end == npos) first_end = text.size();
  return at <= first_end ? kind : tip::Anchor::none;
}

class SectionBuilder {
 public:
  SectionBuilder(Document& doc, std::string_view name) : doc_(doc), name_(name) {}

  void build(const std::vector<Piece>& pieces) {
    bool has_headings = false;
    for (const Piece& p : pieces)
      if (p.heading && !tip::known_key(p.text).empty()) has_headings = true;
    for (const Piece& p : pieces) {
      if (p.heading) {
        open(p.text, p.key, false);
        continue;
      }
      if (current_ == npos || inferred_[current_]) infer(p.text, has_headings);
      if (current_ == npos) open("Summary", "summary", true);
      add(p);
    }
  }

 private:
  void infer(std::string_view text, bool has_headings) {
    const tip::Anchor anchor = opening_anchor(text, name_);
    const std::string current = current_ == npos ? "" : doc_.sections[current_].key;
    if (anchor == tip::Anchor::assessment && current != "summary" && !seen("summary")) {
      open("Summary", "summary", true);
      return;
    }
    if (anchor == tip::Anchor::profile && current != "trafficking-profile" &&
        !seen("trafficking-profile")) {
      open("Trafficking Profile", "trafficking-profile", true);
      return;
    }
    if (has_headings) return;
    // A copy whose headings were lost: the parts are known by their first words.
    if (current == "summary" && !seen("prioritized-recommendations") &&
        tip::looks_like_recommendations(text)) {
      open("Recommendations", "prioritized-recommendations", true);
      return;
    }
    const std::string formula = tip::section_by_formula(text);
    if (!formula.empty() && formula != current && !seen(formula))
      open(display_of(formula), formula, true);
  }

  bool seen(std::string_view key) const {
    for (const Section& s : doc_.sections)
      if (s.key == key) return true;
    return false;
  }

  void open(std::string heading, std::string key, bool inferred) {
    for (std::size_t i = 0; i < doc_.sections.size(); ++i) {
      if (doc_.sections[i].key != key) continue;
      // The same part again (an explicit heading after its inferred start): go on in it.
      if (inferred_[i] && !inferred) doc_.sections[i].heading = heading, inferred_[i] = false;
      current_ = i;
      return;
    }
    Section s;
    s.is_list = key == "prioritized-recommendations";
    s.heading = std::move(heading);
    s.key = std::move(key);
    doc_.sections.push_back(std::move(s));
    inferred_.push_back(inferred);
    current_ = doc_.sections.size() - 1;
  }

  void add(const Piece& p) {
    Section& section = doc_.sections[current_];
    if (section.is_list && p.from->field_label.empty()) {
      for (std::string& item : tip::split_recommendations(p.text)) {
        Block b;
        b.kind = BlockKind::list_item;
        b.text = std::move(item);
        b.span = p.from->span;  // items of one paragraph share its span
        section.blocks.push_back(std::move(b));
      }
      return;
    }
    TextBlock t;
    t.text = p.text;
    t.span = p.from->span;
    t.list_item = p.from->list_item;
    t.field_label = p.from->field_label;
    Block b = block_from_text(t);
    if (section.is_list) b.kind = BlockKind::list_item;
    section.blocks.push_back(std::move(b));
  }

  Document& doc_;
  std::string_view name_;
  std::size_t current_ = npos;
  std::vector<bool> inferred_;
};

// The tier and movement the assessment states; the title's tier stays when
// the two disagree, and the document says so.
void read_rating(Document& doc, const Extent& x) {
  tier_text::Placement placement;
  for (const Section& s : doc.sections) {
    if (s.key != "summary") continue;
    for (const Block& b : s.blocks) {
      placement = tier_text::first_placement(b.text);
      if (!placement.tier.empty()) break;
    }
    break;
  }
  if (x.has_title) {
    doc.rating.scale = "tier";
    doc.rating.value = x.title.tier;
    doc.rating.source = "title";
    if (!placement.tier.empty() && placement.tier != x.title.tier)
      doc.warnings.push_back("the title says " + x.title.tier + " but the text says " +
                             placement.tier + "; the title's tier is kept");
  } else if (!placement.tier.empty()) {
    doc.rating.scale = "tier";
    doc.rating.value = placement.tier;
    doc.rating.source = "text";
  }
  if (doc.rating.present()) doc.rating.stated = placement.movement;
}

}  // namespace

Document parse_tip(const CleanText& text) {
  Document doc;
  doc.profile = "tip";
  doc.series = "tip";
  doc.tags = text.tags;
  std::vector<Para> paras;
  paras.reserve(text.blocks.size());
  for (const TextBlock& t : text.blocks)
    paras.push_back({t.text, t.span, t.heading_level, t.list_item, t.field_label, false});
  if (paras.empty()) return doc;

  const Extent x = find_extent(paras, text);
  doc.year = x.year;
  SectionBuilder(doc, x.name).build(pieces_of(paras));
  for (Section& s : doc.sections)
    for (Block& b : s.blocks) {
      analyze_block(b);
      if (s.is_list) b.compare = tip::item_compare_form(b.compare);
    }
  read_rating(doc, x);

  std::string slug = x.slug;
  if (slug.empty())
    for (const Section& s : doc.sections)
      if ((s.key == "summary" || s.key == "trafficking-profile") && !s.blocks.empty()) {
        slug = subject_country(s.blocks.front().text);
        if (!slug.empty()) break;
      }
  if (!x.name.empty())
    doc.title = is_all_caps_heading(x.name) ? readable_case(x.name) : x.name;
  else if (!slug.empty())
    doc.title = country_display_name(slug);
  return doc;
}

namespace tip {

bool is_narrative(const CleanText& text) {
  if (text.title.find("Trafficking in Persons Report") != npos) return true;
  int headings = 0;
  for (std::size_t i = 0; i < text.blocks.size() && i < 200; ++i) {
    const TextBlock& b = text.blocks[i];
    Title title;
    if (i < kTitleSearch && b.text.size() <= 400 && find_title(b.text, title) &&
        !title.name.empty())
      return true;
    if (!known_key(b.text).empty()) ++headings;
    if (leading_heading(b.text, title.name) > 0) ++headings;
    // The assessment's formula names the standard it measures against.
    if (find_nocase(b.text, "minimum standards for the elimination of trafficking") != npos)
      return true;
    Anchor kind;
    const std::size_t at = anchor_start(b.text, 0, "", kind);
    const bool about_trafficking = find_nocase(b.text, "traffick") != npos ||
                                   find_nocase(b.text, "trafick") != npos ||  // a PDF's lost "ff"
                                   find_nocase(b.text, "forced labor") != npos;
    if (at != npos && kind == Anchor::profile && about_trafficking &&
        opening_anchor(b.text.substr(at), "") == Anchor::profile)
      return true;
  }
  return headings >= 2;
}

}  // namespace tip

}  // namespace yoy
