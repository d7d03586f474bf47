#include "pdf_samples.h"

#include <stdexcept>

#include "yoy/model/rating.h"
#include "yoy/normalize/headings.h"
#include "yoy/normalize/normalize.h"
#include "yoy/parse/profiles.h"
#include "yoy/util/files.h"

namespace yoy::test {

namespace {

std::string upper(std::string s) {
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return s;
}

// "KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF (Tier 3)" → name and canonical tier.
bool split_title(const std::string& line, std::string& name, std::string& tier) {
  const std::size_t open = line.rfind('(');
  const std::size_t close = line.rfind(')');
  if (open == std::string::npos || close == std::string::npos || close < open) return false;
  tier = canonical_tier(line.substr(open + 1, close - open - 1));
  name = line.substr(0, open);
  while (!name.empty() && name.back() == ' ') name.pop_back();
  return !tier.empty() && !name.empty();
}

PdfPiece piece(PdfPiece::Kind kind, std::string text) { return {kind, std::move(text), false}; }

PdfChapter essay(const std::string& title, const std::vector<std::string>& paragraphs,
                 const std::string& head) {
  PdfChapter c;
  c.title = title;
  c.running_head = head;
  c.new_page = true;
  for (const std::string& p : paragraphs) {
    if (p.size() < 60 && is_all_caps_heading(p))
      c.pieces.push_back(piece(PdfPiece::Kind::heading, p));
    else
      c.pieces.push_back(piece(PdfPiece::Kind::paragraph, p));
  }
  return c;
}

const std::vector<std::string> kIntroduction = {
    "Every year this report assesses the efforts of governments around the world to "
    "prosecute traffickers, protect victims, and prevent the crime. It draws on information "
    "from embassies, government officials, nongovernmental and international organizations, "
    "published reports, news articles, academic studies, and research trips to every region.",
    "Human trafficking is a crime that deprives millions of people of their freedom. "
    "Traffickers exploit men, women, and children in forced labor and in commercial sex, in "
    "factories and on farms, in private homes and on fishing vessels, and increasingly "
    "through online recruitment that reaches far beyond any single country's borders.",
    "A VICTIM-CENTERED APPROACH",
    "Effective responses put the needs of survivors first. Governments that screen vulnerable "
    "populations for trafficking indicators, refer identified victims to shelter, medical "
    "care, and legal assistance, and protect them from punishment for unlawful acts "
    "traffickers compelled them to commit, are better able to bring traffickers to justice.",
    "State-sponsored forced labor remains a particular concern. In a number of countries, "
    "governments themselves compel citizens to work in agriculture, construction, or "
    "manufacturing, sometimes under the guise of vocational training or mandatory "
    "mobilizations, and profit from the proceeds.",
    "PARTNERSHIPS",
    "Anti-trafficking work depends on cooperation among law enforcement agencies, labor "
    "inspectors, prosecutors, civil society, the private sector, and survivors themselves. "
    "Multilateral coordination allows countries to share information about recruitment "
    "networks, financial flows, and the movement of victims across borders.",
    "The country narratives that follow describe each government's efforts during the "
    "reporting period, set out prioritized recommendations, and profile the forms of "
    "trafficking reported in each country over the past five years.",
};

const std::vector<std::string> kMethodology = {
    "The Department of State prepared this report using information from its embassies, "
    "government officials, nongovernmental and international organizations, published "
    "reports, news articles, academic studies, and consultations with survivors. Each "
    "country is placed onto one of the tiers described below.",
    "TIER 1",
    "Countries whose governments fully meet the minimum standards for the elimination of "
    "trafficking. A Tier 1 ranking does not mean that a country has no human trafficking "
    "problem; rather, it indicates that a government has made efforts to address the problem.",
    "TIER 2",
    "Countries whose governments do not fully meet the minimum standards but are making "
    "significant efforts to bring themselves into compliance with those standards.",
    "TIER 2 WATCH LIST",
    "Countries whose governments do not fully meet the minimum standards, are making "
    "significant efforts, and where the estimated number of victims is very significant or "
    "significantly increasing, or there is a failure to provide evidence of increasing efforts.",
    "TIER 3",
    "Countries whose governments do not fully meet the minimum standards and are not making "
    "significant efforts to do so.",
};

const std::vector<std::string> kGlossary = {
    "The following acronyms appear in the country narratives of this report.",
    "ILO: International Labour Organization. IOM: International Organization for Migration. "
    "NGO: nongovernmental organization. UNSCR: United Nations Security Council resolution. "
    "TIP: trafficking in persons. UNHCR: Office of the United Nations High Commissioner for "
    "Refugees.",
};

}  // namespace

PdfChapter narrative_chapter(const SampleNarrative& narrative, Layout layout) {
  const CleanText clean = normalize_text(narrative.text);
  PdfChapter c;
  bool titled = false, in_recommendations = false, charted = false;
  int headings = 0;
  std::string first_sentence;
  for (const TextBlock& b : clean.blocks) {
    std::string name, tier;
    if (!titled && split_title(b.text, name, tier)) {
      switch (narrative.form) {
        case TitleForm::colon_caps:
          c.title = name + ": " + upper(tier);
          break;
        case TitleForm::parens:
          c.title = name + " (" + tier + ")";
          break;
        case TitleForm::colon_mixed:
          c.title = name + ": " + tier;
          break;
        case TitleForm::tier_first:
          c.title = upper(tier) + ": " + name;
          break;
      }
      c.running_head = name;
      titled = true;
      continue;
    }
    if (!titled) continue;
    const bool in_column = layout == Layout::in_column;
    if (b.text.size() < 60 && is_all_caps_heading(b.text)) {
      in_recommendations = section_key(b.text) == "prioritized-recommendations";
      // A photograph, its caption modelled on the 2015 report's ("Maisie, a
      // survivor of sex trafficking, tells her story at a faith-based women's
      // shelter in the United States."), before the second heading.
      if (in_column && narrative.extras && ++headings == 2)
        c.pieces.push_back(piece(PdfPiece::Kind::photo,
                                 "Fishermen, some of them forced to work, bring in their catch "
                                 "at a port where inspectors seldom board the vessels."));
      PdfPiece p = piece(PdfPiece::Kind::heading, b.text);
      p.column_break_before = !narrative.break_before.empty() && b.text == narrative.break_before;
      c.pieces.push_back(p);
      continue;
    }
    c.pieces.push_back(
        piece(in_recommendations ? PdfPiece::Kind::bullet : PdfPiece::Kind::paragraph, b.text));
    if (first_sentence.empty()) first_sentence = b.text.substr(0, b.text.find(". ") + 1);
    if (in_column && !charted) {
      // The tier-ranking chart after the first paragraph, named as the report
      // names it ("AFGHANISTAN TIER RANKING BY YEAR").
      c.pieces.push_back(piece(PdfPiece::Kind::chart, c.running_head));
      charted = true;
      // A pull quote repeats a sentence of the narrative, in a larger italic face.
      if (narrative.extras && !first_sentence.empty())
        c.pieces.push_back(piece(PdfPiece::Kind::quote, first_sentence));
    }
  }
  if (!titled) throw std::runtime_error("pdf_samples: narrative without a title line");
  if (layout == Layout::in_column) {
    c.title_at = PdfChapter::Title::in_column;
    c.near_bottom = narrative.near_bottom;
  }
  return c;
}

PdfReport sample_report(const std::vector<SampleNarrative>& narratives, int year, Layout layout) {
  PdfReport report;
  report.cover_title = std::to_string(year) + " TRAFFICKING IN PERSONS REPORT";
  report.chapters.push_back(essay("INTRODUCTION", kIntroduction, "INTRODUCTION"));

  std::vector<PdfChapter> chapters;
  PdfChapter placements;
  placements.kind = PdfChapter::Kind::tier_list;
  placements.title = "TIER PLACEMENTS";
  placements.running_head = "TIER PLACEMENTS";
  for (const char* t : {"TIER 1", "TIER 2", "TIER 2 WATCH LIST", "TIER 3", "SPECIAL CASE"})
    placements.tiers.push_back({t, {}});
  for (const SampleNarrative& n : narratives) {
    chapters.push_back(narrative_chapter(n, layout));
    std::string name, tier;
    for (const TextBlock& b : normalize_text(n.text).blocks)
      if (split_title(b.text, name, tier)) break;
    for (auto& [heading, names] : placements.tiers)
      if (heading == upper(tier)) names.push_back(name);
    placements.table.push_back({name, upper(tier)});
  }
  for (const char* filler : {"ARGENTINA", "BAHRAIN", "CHILE", "FINLAND", "GEORGIA"})
    placements.tiers[0].second.push_back(filler);
  report.chapters.push_back(placements);
  report.chapters.push_back(essay("METHODOLOGY", kMethodology, "METHODOLOGY"));
  if (!chapters.empty()) chapters.front().new_page = true;
  for (PdfChapter& c : chapters) report.chapters.push_back(std::move(c));
  report.chapters.push_back(essay("GLOSSARY OF ACRONYMS", kGlossary, "GLOSSARY"));
  return report;
}

std::vector<SampleNarrative> sample_narratives(int year) {
  const auto read = [](const std::string& path) { return read_file(path, 1u << 20); };
  const std::string fixtures = YOY_SOURCE_DIR "/tests/fixtures/pdf/";
  std::vector<SampleNarrative> out;
  out.push_back(
      {read(fixtures + "2025-congo-democratic-republic-of-the.txt"), TitleForm::colon_mixed, ""});
  out.push_back({read(fixtures + "2025-cote-divoire.txt"), TitleForm::colon_caps, ""});
  out.push_back({read(std::string(YOY_SOURCE_DIR "/tests/fixtures/constructed/tip/") +
                      std::to_string(year) + "/north-korea.txt"),
                 TitleForm::colon_caps, "PROTECTION"});
  out.push_back({read(fixtures + "2025-libya.txt"), TitleForm::parens, ""});
  return out;
}

}  // namespace yoy::test

namespace yoy::test {

std::vector<SampleNarrative> in_column_narratives(int year) {
  std::vector<SampleNarrative> out = sample_narratives(year);
  out[0].form = TitleForm::colon_mixed;
  out[2].extras = true;
  out[3].form = TitleForm::tier_first;
  out[3].near_bottom = true;
  return out;
}

PdfReport real_size_report(Layout layout) {
  const std::vector<SampleNarrative> inputs =
      layout == Layout::in_column ? in_column_narratives(2025) : sample_narratives(2025);
  PdfReport report = sample_report(inputs, 2025, layout);
  const std::string nk = inputs[2].text;
  const std::string title = "KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF (Tier 3)";
  const std::size_t at = nk.find(title);
  if (at == std::string::npos) throw std::runtime_error("pdf_samples: no North Korea title");
  for (int i = 0; i < 240; ++i) {
    const std::string name =
        std::string("LAND ") + static_cast<char>('A' + i / 26) + static_cast<char>('A' + i % 26);
    std::string text = nk;
    text.replace(at, title.size(), name + " (Tier 3)");
    report.chapters.insert(report.chapters.end() - 1,
                           narrative_chapter({text, TitleForm::colon_caps, ""}, layout));
  }
  return report;
}

}  // namespace yoy::test
