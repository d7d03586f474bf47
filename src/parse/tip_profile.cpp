// TIP country narrative → Document: year, country, tier, the known sections,
// recommendations as ranked list items.
#include <array>
#include <string>

#include "normalize/headings.h"
#include "yoy/parse/profiles.h"
#include "yoy/util/ascii.h"

namespace yoy {

namespace {

// The sections every TIP narrative has, by key (headings match in any case).
constexpr std::array<std::string_view, 5> kKnownKeys = {"prioritized-recommendations",
                                                        "prosecution", "protection", "prevention",
                                                        "trafficking-profile"};

std::string known_key(std::string_view text) {
  if (text.size() > 60) return "";
  std::string key = section_key(text);
  if (key == "recommendations") key = "prioritized-recommendations";
  for (std::string_view k : kKnownKeys)
    if (key == k) return key;
  return "";
}

// "KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF (Tier 3)" → name and canonical tier.
bool country_heading(std::string_view text, std::string& name, std::string& tier) {
  if (text.size() > 160) return false;
  while (!text.empty() && (text.back() == '.' || text.back() == ' ')) text.remove_suffix(1);
  if (text.empty() || text.back() != ')') return false;
  const std::size_t open = text.rfind('(');
  if (open == std::string_view::npos || open == 0) return false;
  tier = canonical_tier(text.substr(open + 1, text.size() - open - 2));
  if (tier.empty()) return false;
  std::string_view n = text.substr(0, open);
  while (!n.empty() && n.back() == ' ') n.remove_suffix(1);
  if (n.empty()) return false;
  name = is_all_caps_heading(n) ? readable_case(n) : std::string(n);
  return true;
}

int year_of_title(std::string_view title) {
  if (title.size() < 5) return 0;
  int year = 0;
  for (std::size_t i = 0; i < 4; ++i) {
    if (title[i] < '0' || title[i] > '9') return 0;
    year = year * 10 + (title[i] - '0');
  }
  return title[4] == ' ' && year >= 1900 && year <= 2200 ? year : 0;
}

// The movement the narrative states itself ("remained on Tier 3", "was downgraded to").
std::string stated_movement(const Section& summary) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 8> kPhrases = {{
      {"remained on tier", "remained"},
      {"remains on tier", "remained"},
      {"remain on tier", "remained"},
      {"remained on the tier", "remained"},
      {"was upgraded to", "upgraded"},
      {"upgraded to tier", "upgraded"},
      {"was downgraded to", "downgraded"},
      {"downgraded to tier", "downgraded"},
  }};
  for (const Block& b : summary.blocks) {
    const std::string text = ascii_lower(b.text);
    std::size_t best = std::string::npos;
    std::string_view stated;
    for (const auto& [phrase, movement] : kPhrases) {
      const std::size_t at = text.find(phrase);
      if (at < best) best = at, stated = movement;
    }
    if (!stated.empty()) return std::string(stated);
  }
  return "";
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// One paragraph of the recommendations: one item, or one per inline "•" bullet.
void add_recommendations(Section& section, const TextBlock& paragraph) {
  static constexpr std::string_view kBullet = "\xE2\x80\xA2";
  std::string_view rest = paragraph.text;
  while (!rest.empty()) {
    const std::size_t at = rest.find(kBullet);
    const std::string_view item = trim(rest.substr(0, at));
    if (!item.empty()) {
      Block b;
      b.kind = BlockKind::list_item;
      b.text = std::string(item);
      b.span = paragraph.span;  // inline bullets share their paragraph's span
      section.blocks.push_back(std::move(b));
    }
    if (at == std::string_view::npos) break;
    rest.remove_prefix(at + kBullet.size());
  }
}

}  // namespace

Document parse_tip(const CleanText& text) {
  Document doc;
  doc.profile = "tip";
  doc.series = "tip";
  doc.tags = text.tags;
  doc.year = year_of_title(text.title);
  Section* current = nullptr;
  const auto open_section = [&](std::string heading, std::string key) {
    Section s;
    s.is_list = key == "prioritized-recommendations";
    s.heading = std::move(heading);
    s.key = std::move(key);
    doc.sections.push_back(std::move(s));
    current = &doc.sections.back();
  };
  for (const TextBlock& t : text.blocks) {
    if (doc.year == 0 && t.heading_level > 0) doc.year = year_of_title(t.text);
    if (!doc.rating.present()) {
      std::string name, tier;
      if (country_heading(t.text, name, tier)) {
        doc.title = std::move(name);
        doc.rating.scale = "tier";
        doc.rating.value = std::move(tier);
        continue;
      }
    }
    if (t.field_label.empty() && !t.list_item) {
      if (std::string key = known_key(t.text); !key.empty()) {
        open_section(t.text, std::move(key));
        continue;
      }
      if (t.heading_level > 0 || is_all_caps_heading(t.text)) {
        open_section(t.text, section_key(t.text));
        continue;
      }
    }
    if (current == nullptr) open_section("Summary", "summary");
    if (current->is_list && t.field_label.empty()) {
      add_recommendations(*current, t);
    } else {
      Block b = block_from_text(t);
      if (current->is_list) b.kind = BlockKind::list_item;
      current->blocks.push_back(std::move(b));
    }
  }
  for (Section& s : doc.sections)
    for (Block& b : s.blocks) analyze_block(b);
  if (doc.rating.present() && !doc.sections.empty() && doc.sections.front().key == "summary")
    doc.rating.stated = stated_from_name(stated_movement(doc.sections.front()));
  return doc;
}

}  // namespace yoy
