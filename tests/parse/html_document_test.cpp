// The seed narrative as a web page (tests/fixtures/html/2025-north-korea.html,
// our own markup with header, nav, banner, breadcrumbs, share widget, tags and
// footer) and as its text conversion (corpus/tip/2025/north-korea.txt) are the
// same report: they must parse to the same Document and compare as unchanged.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "yoy/model/model.h"
#include "yoy/parse/parse.h"

namespace {

const std::string kRoot = YOY_SOURCE_DIR;
const std::string kSeed = kRoot + "/corpus/tip/2025/north-korea.txt";
const std::string kPage = kRoot + "/tests/fixtures/html/2025-north-korea.html";

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Same source name for both, so id and year come from the same place.
yoy::Document parse_as(const std::string& path, const std::string& ext) {
  yoy::ParseOptions options;
  options.source_path = "tip/2025/north-korea." + ext;
  return yoy::parse_document(slurp(path), options);
}

TEST(HtmlDocument, SeedPageAndTextParseToTheSameDocument) {
  const yoy::Document text = parse_as(kSeed, "txt");
  const yoy::Document page = parse_as(kPage, "html");

  EXPECT_EQ(page.profile, "tip");
  EXPECT_EQ(page.profile, text.profile);
  EXPECT_EQ(page.series, text.series);
  EXPECT_EQ(page.id, text.id);
  EXPECT_EQ(page.year, 2025);
  EXPECT_EQ(page.year, text.year);
  EXPECT_EQ(page.title, text.title);
  EXPECT_EQ(page.rating.value, "Tier 3");
  EXPECT_EQ(page.rating.value, text.rating.value);
  EXPECT_EQ(page.rating.stated, text.rating.stated);
  EXPECT_EQ(page.tags, text.tags);

  ASSERT_EQ(page.sections.size(), text.sections.size());
  for (std::size_t s = 0; s < text.sections.size(); ++s) {
    const yoy::Section& a = text.sections[s];
    const yoy::Section& b = page.sections[s];
    SCOPED_TRACE("section " + a.key);
    EXPECT_EQ(b.key, a.key);
    EXPECT_EQ(b.heading, a.heading);
    EXPECT_EQ(b.is_list, a.is_list);
    ASSERT_EQ(b.blocks.size(), a.blocks.size());
    for (std::size_t k = 0; k < a.blocks.size(); ++k) {
      const yoy::Block& x = a.blocks[k];
      const yoy::Block& y = b.blocks[k];
      EXPECT_EQ(y.kind, x.kind) << x.text;
      EXPECT_EQ(y.compare, x.compare);
      ASSERT_EQ(y.sentences.size(), x.sentences.size()) << x.text;
      for (std::size_t i = 0; i < x.sentences.size(); ++i)
        EXPECT_EQ(y.sentences[i].compare, x.sentences[i].compare);
      ASSERT_EQ(y.statistics.size(), x.statistics.size()) << x.text;
      for (std::size_t i = 0; i < x.statistics.size(); ++i) {
        EXPECT_EQ(y.statistics[i].surface, x.statistics[i].surface);
        EXPECT_EQ(y.statistics[i].values, x.statistics[i].values);
        EXPECT_EQ(y.statistics[i].qualifier, x.statistics[i].qualifier);
        EXPECT_EQ(y.statistics[i].unit, x.statistics[i].unit);
      }
    }
  }
}

// The recommendations are the 11 <li> of the page, in order, as list items.
TEST(HtmlDocument, RecommendationsAreTheListItems) {
  const yoy::Document page = parse_as(kPage, "html");
  const yoy::Section* recs = nullptr;
  for (const auto& s : page.sections)
    if (s.key == "prioritized-recommendations") recs = &s;
  ASSERT_NE(recs, nullptr);
  EXPECT_TRUE(recs->is_list);
  ASSERT_EQ(recs->blocks.size(), 11u);
  EXPECT_EQ(recs->blocks.front().kind, yoy::BlockKind::list_item);
  EXPECT_EQ(recs->blocks.back().text, "Accede to the 2000 UN TIP Protocol.");
}

struct CommandResult {
  int status = -1;
  std::string out;
};

CommandResult run_command(const std::string& command) {
  CommandResult r;
  FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
  if (!pipe) return r;
  std::array<char, 4096> buf{};
  std::size_t n = 0;
  while ((n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0) r.out.append(buf.data(), n);
  const int status = ::pclose(pipe);
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

// `yoy compare seed.txt seed.html --format json` reports no change.
TEST(HtmlDocument, CompareTextWithPageReportsNoChange) {
  const CommandResult r = run_command(std::string("'") + YOY_EXE + "' compare '" + kSeed + "' '" +
                                      kPage + "' --format json --exit-code");
  ASSERT_EQ(r.status, 0) << r.out;
  const nlohmann::json changes = nlohmann::json::parse(r.out);
  EXPECT_EQ(changes.at("format"), "yoy.changes/2");
  for (const auto& [name, count] : changes.at("summary").items()) {
    if (name != "reports") {
      EXPECT_EQ(count, 0) << name;
    }
  }
  for (const auto& report : changes.at("reports")) EXPECT_EQ(report.at("change"), "unchanged");
}

}  // namespace
