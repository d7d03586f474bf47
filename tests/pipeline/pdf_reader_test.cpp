// The PDF reader and the narrative splitter on report PDFs typeset at test
// time (support/pdf_maker): every narrative reads back as its text version.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>

#include "read/pdf_internal.h"
#include "support/pdf_samples.h"
#include "support/scratch_dir.h"
#include "yoy/diff/diff.h"
#include "yoy/normalize/normalize.h"
#include "yoy/parse/parse.h"
#include "yoy/parse/profiles.h"
#include "yoy/parse/tip_narratives.h"
#include "yoy/parse/tip_titles.h"
#include "yoy/read/pdf.h"
#include "yoy/util/error.h"
#include "yoy/util/files.h"

namespace fs = std::filesystem;
using namespace yoy;
using yoy::test::SampleNarrative;

namespace {

struct Sample {
  std::vector<SampleNarrative> inputs;
  std::vector<yoy::test::PdfChapterPages> pages;
  PdfText pdf;
  std::vector<Narrative> narratives;
};

Sample make_sample(std::vector<SampleNarrative> inputs, int year,
                   yoy::test::Layout layout = yoy::test::Layout::across) {
  yoy::test::ScratchDir dir;
  Sample s;
  s.inputs = std::move(inputs);
  const std::string path = dir / "report.pdf";
  s.pages = yoy::test::write_report_pdf(yoy::test::sample_report(s.inputs, year, layout), path);
  s.pdf = read_pdf(read_file(path, 1u << 30), path);
  s.narratives = find_narratives(s.pdf, year);
  return s;
}

const Sample& sample() {
  static const Sample s = make_sample(yoy::test::sample_narratives(2025), 2025);
  return s;
}

// The same narratives set as the 2015 report sets them (support/pdf_samples).
const Sample& in_column_sample() {
  static const Sample s =
      make_sample(yoy::test::in_column_narratives(2025), 2025, yoy::test::Layout::in_column);
  return s;
}

Document parse_text(const std::string& text, const std::string& id) {
  ParseOptions options;
  options.source_path = id + ".txt";
  return parse_document(text, options);
}

// The differ finds nothing between the text version and the narrative.
void expect_same(const Document& text, const Document& pdf, const std::string& what) {
  const ReportChange change = diff_documents(&text, &pdf, DiffOptions{});
  EXPECT_EQ(change.change, Change::unchanged) << what;
  EXPECT_EQ(text.rating.value, pdf.rating.value) << what;
  EXPECT_EQ(text.title, pdf.title) << what;
  EXPECT_EQ(text.sections.size(), pdf.sections.size()) << what;
}

// No chart label, caption or running head in the narrative's text.
void expect_no_aside(const Narrative& n) {
  for (const TextBlock& b : n.text.blocks) {
    const std::string& t = b.text;
    for (const char* chrome :
         {"TIER RANKING", "2WL", "2 011", "2008 2009", "A survivor of trafficking tells her story",
          "Fishermen, some of them forced", "COUNTRY NARRATIVES"})
      EXPECT_EQ(t.find(chrome), std::string::npos) << n.id << ": " << t;
    EXPECT_FALSE(t == "1" || t == "2" || t == "3") << n.id;
  }
}

Document narrative_document(const Narrative& n) {
  Document d = parse_tip(n.text);
  d.id = n.id;
  return d;
}

}  // namespace

TEST(PdfReader, EveryNarrativeReadsBackAsItsTextVersion) {
  const Sample& s = sample();
  ASSERT_EQ(s.narratives.size(), s.inputs.size());
  for (std::size_t i = 0; i < s.inputs.size(); ++i) {
    const Narrative& n = s.narratives[i];
    expect_same(parse_text(s.inputs[i].text, n.id), narrative_document(n), n.id);
  }
}

TEST(PdfReader, IdsAreStateGovSlugsAndPagesAreWhereTheTypesetterPutThem) {
  const Sample& s = sample();
  std::map<std::string, const yoy::test::PdfChapterPages*> by_title;
  for (const auto& p : s.pages) by_title[p.title] = &p;
  const std::vector<std::string> ids = {"democratic-republic-of-the-congo", "cote-divoire",
                                        "north-korea", "libya"};
  ASSERT_EQ(s.narratives.size(), ids.size());
  for (std::size_t i = 0; i < ids.size(); ++i) {
    const Narrative& n = s.narratives[i];
    EXPECT_EQ(n.id, ids[i]);
    ASSERT_TRUE(by_title.count(n.printed)) << n.printed;
    EXPECT_EQ(n.first_page, by_title[n.printed]->first_page) << n.id;
    EXPECT_EQ(n.last_page, by_title[n.printed]->last_page) << n.id;
  }
  // The North Korea narrative crosses pages and columns; one of its headings
  // was set at the top of a column.
  const auto& nk = *by_title.at("KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF: TIER 3");
  EXPECT_GT(nk.last_page, nk.first_page);
  EXPECT_GE(nk.column_top_headings, 1);
  EXPECT_GT(nk.hyphenated_breaks, 10);
}

TEST(PdfReader, FrontAndBackMatterAreNoNarrative) {
  const Sample& s = sample();
  for (const Narrative& n : s.narratives) {
    EXPECT_GE(n.first_page, 5) << n.id;  // after the cover, introduction, placements, methodology
    for (const TextBlock& b : n.text.blocks) {
      EXPECT_EQ(b.text.find("GLOSSARY"), std::string::npos) << n.id;
      EXPECT_EQ(b.text.find("acronyms"), std::string::npos) << n.id;
    }
  }
}

TEST(PdfReader, RunningHeadersPageNumbersLigaturesAndSoftHyphensAreGone) {
  const Sample& s = sample();
  int headings = 0;
  for (const PdfBlock& b : s.pdf.blocks) {
    const std::string& t = b.block.text;
    if (b.first_page < 5) continue;  // the tier placements name countries
    EXPECT_NE(t, "TRAFFICKING IN PERSONS REPORT");
    EXPECT_NE(t, "KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF");  // the odd pages' running head
    EXPECT_FALSE(!t.empty() && t.find_first_not_of("0123456789") == std::string::npos) << t;
    EXPECT_EQ(t.find("\xEF\xAC\x81"), std::string::npos) << t;  // ﬁ
    EXPECT_EQ(t.find("\xEF\xAC\x82"), std::string::npos) << t;  // ﬂ
    EXPECT_EQ(t.find("\xC2\xAD"), std::string::npos) << t;      // soft hyphen
    if (b.block.heading_level > 0) ++headings;
  }
  EXPECT_GT(headings, 20);
}

TEST(PdfReader, TheSeedNarrativeFromSharedReadsBackUnchanged) {
  const std::string seed = YOY_SOURCE_DIR "/../shared/seed/2025-tip-north-korea.txt";
  if (!fs::exists(seed)) GTEST_SKIP() << "no " << seed << " (the shared seed is not checked out)";
  const std::string text = read_file(seed, 1u << 20);
  const Sample s = make_sample({{text, yoy::test::TitleForm::parens, "PREVENTION"}}, 2025);
  ASSERT_EQ(s.narratives.size(), 1u);
  EXPECT_EQ(s.narratives[0].id, "north-korea");
  expect_same(parse_text(text, "north-korea"), narrative_document(s.narratives[0]), "seed");
  // Set in the columns: the title mixed case inside a column, the tier chart,
  // a photograph and a pull quote inside it.
  SampleNarrative in_column{text, yoy::test::TitleForm::colon_mixed, ""};
  in_column.extras = true;
  const Sample c = make_sample({in_column}, 2025, yoy::test::Layout::in_column);
  ASSERT_EQ(c.narratives.size(), 1u);
  EXPECT_EQ(c.narratives[0].printed, "KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF: Tier 3");
  for (const auto& p : c.pages) {
    if (p.title != c.narratives[0].printed) continue;
    EXPECT_EQ(p.charts, 1);
    EXPECT_EQ(p.photos, 1);
    EXPECT_EQ(p.quotes, 1);
    EXPECT_TRUE(p.title_beside_text);
  }
  expect_no_aside(c.narratives[0]);
  expect_same(parse_text(text, "north-korea"), narrative_document(c.narratives[0]), "seed");
}

TEST(PdfReader, RealHistoricalNarrativesReadBackUnchanged) {
  // tests/fixtures/tip-history holds real copies of many layouts; those the
  // TIP profile reads with a "NAME (Tier N)" title make a report PDF here.
  const fs::path dir = YOY_SOURCE_DIR "/tests/fixtures/tip-history";
  if (!fs::exists(dir)) GTEST_SKIP() << "no " << dir;
  std::vector<SampleNarrative> inputs;
  std::map<std::string, bool> ids;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".txt") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const fs::path& f : files) {
    // A site's banner around the title ("[ Human Trafficking, Country-by-Country ]
    // AFGHANISTAN (Tier 3) - Extracted ...") is the site's, never the PDF's.
    const std::string name = f.filename().string();
    if (name.find("gvnet") != std::string::npos) continue;
    std::string text = read_file(f.string(), 1u << 20);
    // The PDF maker sets a "NAME (Tier N)" line in the report's own title form,
    // so the copy's title is given in that form ("BURMA: TIER 2 WATCH LIST" →
    // "BURMA (Tier 2 Watch List)").
    for (std::size_t at = 0; at < text.size();) {
      const std::size_t end = std::min(text.find('\n', at), text.size());
      CountryTitle title;
      if (parse_country_title(text.substr(at, end - at), title)) {
        text.replace(at, end - at, profile_title_line(title));
        break;
      }
      at = end + 1;
    }
    Document d;
    try {
      d = parse_text(text, "x");
      (void)yoy::test::narrative_chapter({text, yoy::test::TitleForm::colon_caps, ""});
    } catch (const std::exception&) {
      continue;
    }
    // The copies are openings of pages (tests/fixtures/tip-history/SOURCES.md):
    // a title, the assessment and at least one section more.
    if (!d.rating.present() || d.sections.size() < 2) continue;
    const std::string country = f.stem().string().substr(0, f.stem().string().find('-'));
    if (ids[country]) continue;  // one narrative per country in a report
    ids[country] = true;
    inputs.push_back({text, yoy::test::TitleForm::colon_caps, ""});
    if (inputs.size() == 4) break;
  }
  if (inputs.empty()) GTEST_SKIP() << "no fixture with a title the TIP profile reads";
  ASSERT_EQ(inputs.size(), 4u) << "four countries' copies with a title and two sections";
  for (const auto layout : {yoy::test::Layout::across, yoy::test::Layout::in_column}) {
    // In the columns, titles as the 2015 report prints them ("AFGHANISTAN:
    // Tier 2"), the last one at a column's bottom after a photograph.
    if (layout == yoy::test::Layout::in_column) {
      for (SampleNarrative& n : inputs) n.form = yoy::test::TitleForm::colon_mixed;
      inputs[2].near_bottom = true;
    }
    const Sample s = make_sample(inputs, 2020, layout);
    std::string found;
    for (const Narrative& n : s.narratives) found += n.id + " (" + n.title + ") ";
    ASSERT_EQ(s.narratives.size(), inputs.size()) << found;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
      expect_same(parse_text(inputs[i].text, s.narratives[i].id),
                  narrative_document(s.narratives[i]), s.narratives[i].id);
      expect_no_aside(s.narratives[i]);
    }
  }
}

TEST(PdfReaderInColumn, TheMakerSetEveryCaseOfThe2015Layout) {
  // Known answers from the typesetter: each title inside a column beside the
  // other column's text, titles in both columns, one at a column's bottom;
  // a chart in every narrative, a photograph and a pull quote in one.
  const Sample& s = in_column_sample();
  int left = 0, right = 0, bottom = 0, charts = 0, quotes = 0, photos = 0;
  for (const auto& p : s.pages) {
    if (p.title_column < 0) continue;
    EXPECT_TRUE(p.title_beside_text) << p.title;
    (p.title_column == 0 ? left : right) += 1;
    bottom += p.title_near_bottom;
    charts += p.charts, quotes += p.quotes, photos += p.photos;
  }
  EXPECT_GE(left, 1);
  EXPECT_GE(right, 1);
  EXPECT_EQ(bottom, 1);
  EXPECT_EQ(charts, 4);
  EXPECT_EQ(quotes, 1);
  EXPECT_EQ(photos, 2);  // one inside North Korea's, one before Libya's title
}

TEST(PdfReaderInColumn, EveryNarrativeIsFoundAndReadsBackAsItsTextVersion) {
  const Sample& s = in_column_sample();
  ASSERT_EQ(s.narratives.size(), s.inputs.size());
  std::map<std::string, const yoy::test::PdfChapterPages*> by_title;
  for (const auto& p : s.pages) by_title[p.title] = &p;
  const std::vector<std::string> printed = {
      "CONGO, DEMOCRATIC REPUBLIC OF THE: Tier 2 Watch List", "COTE D'IVOIRE: TIER 2",
      "KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF: TIER 3", "SPECIAL CASE: LIBYA"};
  for (std::size_t i = 0; i < s.inputs.size(); ++i) {
    const Narrative& n = s.narratives[i];
    EXPECT_EQ(n.printed, printed[i]);
    ASSERT_TRUE(by_title.count(n.printed)) << n.printed;
    EXPECT_EQ(n.first_page, by_title[n.printed]->first_page) << n.id;
    EXPECT_EQ(n.last_page, by_title[n.printed]->last_page) << n.id;
    expect_same(parse_text(s.inputs[i].text, n.id), narrative_document(n), n.id);
    expect_same(parse_text(narrative_text(n), n.id), narrative_document(n), n.id);
  }
}

TEST(PdfReaderInColumn, NoChartLabelCaptionPullQuoteOrRunningHeadInAnyNarrative) {
  const Sample& s = in_column_sample();
  for (const Narrative& n : s.narratives) expect_no_aside(n);
  // They were read, as asides: the four charts, the two captions, the quote.
  int charts = 0, captions = 0, quotes = 0;
  const std::string nk_first = "The Government of the Democratic People's Republic of Korea";
  for (const PdfBlock& b : s.pdf.blocks) {
    if (!b.aside) continue;
    charts += b.block.text.find("TIER RANKING BY YEAR 1 2 2WL 3 2008 2009 2010 2 011") !=
              std::string::npos;
    captions += b.block.text.find("A survivor of trafficking tells") == 0 ||
                b.block.text.find("Fishermen, some of them forced") == 0;
    quotes += b.block.text.find(nk_first) == 0;
  }
  EXPECT_EQ(charts, 4);
  EXPECT_EQ(captions, 2);
  EXPECT_EQ(quotes, 1);
  // The pull quote repeats North Korea's first sentence, which its text holds once.
  const Narrative& nk = s.narratives[2];
  int seen = 0;
  for (const TextBlock& b : nk.text.blocks)
    for (std::size_t at = b.text.find(nk_first); at != std::string::npos;
         at = b.text.find(nk_first, at + 1))
      ++seen;
  EXPECT_EQ(seen, 1);
}

TEST(PdfReaderInColumn, The2015SectionHeadingsReadAsTheWebPagesSections) {
  // The PDF prints "RECOMMENDATIONS FOR AFGHANISTAN:", "PROSECUTION", ...;
  // the web page of the same year "Recommendations for Afghanistan:",
  // "Prosecution", ... (2009-2017.state.gov, as malaysia-2015-stategov.txt in
  // tests/fixtures/tip-history). The North Korea narrative with each: the
  // split PDF compares unchanged with the web text.
  const std::string nk =
      yoy::read_file(YOY_SOURCE_DIR "/corpus/tip/2025/north-korea.txt", 1u << 20);
  const auto respell = [&](const std::vector<std::pair<std::string, std::string>>& headings) {
    std::string t = nk;
    for (const auto& [from, to] : headings) {
      const std::size_t at = t.find("\n" + from + "\n");
      if (at == std::string::npos) throw std::runtime_error("no heading " + from);
      t.replace(at + 1, from.size(), to);
    }
    return t;
  };
  const std::string printed =
      respell({{"PRIORITIZED RECOMMENDATIONS:", "RECOMMENDATIONS FOR NORTH KOREA:"},
               {"TRAFFICKING PROFILE:", "TRAFFICKING PROFILE"}});
  const std::string web =
      respell({{"PRIORITIZED RECOMMENDATIONS:", "Recommendations for North Korea:"},
               {"PROSECUTION", "Prosecution"},
               {"PROTECTION", "Protection"},
               {"PREVENTION", "Prevention"},
               {"TRAFFICKING PROFILE:", "Trafficking Profile"}});
  const Sample s = make_sample({{printed, yoy::test::TitleForm::colon_mixed, ""}}, 2025,
                               yoy::test::Layout::in_column);
  ASSERT_EQ(s.narratives.size(), 1u);
  const Document pdf = narrative_document(s.narratives[0]);
  const Document text = parse_text(web, "north-korea");
  expect_same(text, pdf, "2015 headings");
  std::vector<std::string> keys;
  for (const Section& sec : pdf.sections) keys.push_back(sec.key);
  EXPECT_EQ(keys, (std::vector<std::string>{"summary", "prioritized-recommendations", "prosecution",
                                            "protection", "prevention", "trafficking-profile"}));
}

TEST(PdfReader, TextFilesParseBackToTheNarrative) {
  for (const Narrative& n : sample().narratives) {
    Document from_text = parse_text(narrative_text(n), n.id);
    Document from_pdf = narrative_document(n);
    expect_same(from_text, from_pdf, n.id);
    EXPECT_EQ(from_text.year, 2025) << n.id;
  }
}

TEST(PdfParagraphs, IndentShortLineAndGapEachEndAParagraph) {
  const auto line = [](const char* text, double x0, double x1, double y, int column = 0) {
    pdf::Line l;
    l.text = text;
    l.x0 = x0, l.x1 = x1, l.y0 = y, l.y1 = y + 9;
    l.size = 8.5;
    l.page = 1, l.column = column, l.left = 54, l.right = 297;
    return l;
  };
  std::vector<pdf::Line> lines = {
      line("A first paragraph that fills", 54, 297, 100),
      line("its line and ends short.", 54, 200, 111),
      line("Indented start of the second", 63, 297, 122),  // after a short line
      line("paragraph which fills its line", 54, 297, 133),
      line("Unindented third, after a wider gap", 54, 297, 150),
      line("of a line, goes on in the next column", 54, 297, 161),
  };
  pdf::Line next = line("at its top.", 315, 400, 72, 1);
  next.left = 315, next.right = 558;
  lines.push_back(next);
  const pdf::Hyphens h(lines);
  const std::vector<PdfBlock> blocks = pdf::make_blocks(lines, 8.5, h);
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_EQ(blocks[0].block.text, "A first paragraph that fills its line and ends short.");
  EXPECT_EQ(blocks[1].block.text, "Indented start of the second paragraph which fills its line");
  EXPECT_EQ(
      blocks[2].block.text,
      "Unindented third, after a wider gap of a line, goes on in the next column at its top.");
}

TEST(PdfParse, OneNarrativePdfParsesAndAWholeReportIsSentToSplit) {
  yoy::test::ScratchDir dir;
  const std::string one = dir / "north-korea.pdf";
  const auto inputs = yoy::test::sample_narratives(2025);
  yoy::test::PdfReport report;
  report.cover_title = "";
  report.chapters.push_back(yoy::test::narrative_chapter(inputs[2]));
  yoy::test::write_report_pdf(report, one);
  const Document pdf_doc = parse_file(one, Profile::automatic, 64u << 20);
  expect_same(parse_text(inputs[2].text, "north-korea"), pdf_doc, "one narrative");

  const std::string whole = dir / "report.pdf";
  yoy::test::write_report_pdf(yoy::test::sample_report(inputs, 2025), whole);
  try {
    parse_file(whole, Profile::automatic, 64u << 20);
    ADD_FAILURE() << "a whole report parsed as one document";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("yoy split"), std::string::npos) << e.what();
  }
  EXPECT_EQ(parse_file(whole, Profile::generic, 64u << 20).profile, "generic");
}
