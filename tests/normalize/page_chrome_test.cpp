// Page chrome recognizers (chrome::classify, chrome::looks_like_tag): every
// chrome line of the seed page (../shared/seed/2025-tip-north-korea.txt, as
// state.gov served it) is recognized, and report sentences that merely mention
// the same words are not.
#include "normalize/page_chrome.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "normalize/markdown_inline.h"

using yoy::chrome::classify;
using yoy::chrome::Kind;
using yoy::chrome::looks_like_tag;

TEST(PageChrome, TheSeedPagesChromeLines) {
  // Copied from the seed's first and last lines (Markdown links already stripped).
  EXPECT_EQ(classify("FEDERAL GOVERNMENT SHUTDOWN"), Kind::banner);
  EXPECT_EQ(classify("Due to the Democrat-led shutdown, website updates will be limited until "
                     "full operations resume."),
            Kind::banner);
  EXPECT_EQ(classify("U.S. DEPARTMENT *of* STATE"), Kind::agency);
  EXPECT_EQ(classify("Home > ... > 2025 Trafficking in Persons Report: Democratic Pe..."),
            Kind::breadcrumb);
  EXPECT_EQ(classify("IN THIS SECTION /"), Kind::in_this_section);
  EXPECT_EQ(classify("TAGS"), Kind::tags_heading);
  for (const char* footer : {"White House", "USA.gov", "Office of the Inspector General",
                             "Archives", "Contact Us", "Privacy Policy", "Accessibility Statement",
                             "Copyright Information", "FOIA", "No FEAR Act"})
    EXPECT_EQ(classify(footer), Kind::footer) << footer;
}

TEST(PageChrome, CaseEmphasisAndSpacingDoNotMatter) {
  EXPECT_EQ(classify("  federal   government\tshutdown "), Kind::banner);
  EXPECT_EQ(classify("U.S. Department of State"), Kind::agency);
  EXPECT_EQ(classify("_U.S. DEPARTMENT_ **of** STATE"), Kind::agency);
  EXPECT_EQ(classify("home › Reports"), Kind::breadcrumb);
  EXPECT_EQ(classify("In This Section"), Kind::in_this_section);
  EXPECT_EQ(classify("Tags:"), Kind::tags_heading);
  EXPECT_EQ(classify("Skip to main content"), Kind::footer);
}

TEST(PageChrome, ReportSentencesThatMentionTheWordsAreText) {
  // Whole paragraphs only: a mention is not chrome.
  EXPECT_EQ(classify("The government did not respond to FOIA requests."), Kind::none);
  EXPECT_EQ(classify("Archives of the ministry were destroyed."), Kind::none);
  EXPECT_EQ(classify("The White House announced new sanctions."), Kind::none);
  EXPECT_EQ(classify("The shutdown of the factories left workers unpaid."), Kind::none);
  EXPECT_EQ(classify("Tags were sewn into the uniforms of forced laborers."), Kind::none);
  EXPECT_EQ(classify("Homes > shelters, the report said."), Kind::none);
  // A breadcrumb starts the line; "home >" inside a sentence is text.
  EXPECT_EQ(classify("Victims identified at home > abroad for the first time."), Kind::none);
  EXPECT_EQ(classify("PROSECUTION"), Kind::none);
  EXPECT_EQ(classify(""), Kind::none);
}

TEST(PageChrome, LongParagraphsAreNeverChrome) {
  // A 400-byte paragraph may be a banner; one byte more is report text whatever it says.
  const std::string banner = "Due to the shutdown, website updates will be limited.";
  std::string at_400 = banner + std::string(400 - banner.size(), ' ');
  ASSERT_EQ(at_400.size(), 400u);
  EXPECT_EQ(classify(at_400), Kind::banner);
  EXPECT_EQ(classify(at_400 + " "), Kind::none);
}

TEST(PageChrome, TagsAreShortAndNotSentences) {
  // The seed's tags.
  EXPECT_TRUE(looks_like_tag("Bureau of East Asian and Pacific Affairs"));
  EXPECT_TRUE(looks_like_tag("Human Trafficking"));
  EXPECT_TRUE(looks_like_tag("North Korea"));
  EXPECT_TRUE(looks_like_tag("Office to Monitor and Combat Trafficking in Persons"));
  // Sentences and long or multi-line text are not.
  EXPECT_FALSE(looks_like_tag("Traffickers operate networks that recruit women."));
  EXPECT_FALSE(looks_like_tag("Why?"));
  EXPECT_FALSE(looks_like_tag("Act now!"));
  EXPECT_FALSE(looks_like_tag("North\nKorea"));
  EXPECT_FALSE(looks_like_tag(""));
  EXPECT_TRUE(looks_like_tag(std::string(80, 'x')));
  EXPECT_FALSE(looks_like_tag(std::string(81, 'x')));
}

// Every line of the real seed page classified: the chrome named above, and no
// line of the narrative.
TEST(PageChrome, OnTheSeedPage) {
  const std::filesystem::path seed =
      std::filesystem::path(YOY_SOURCE_DIR) / ".." / "shared" / "seed" / "2025-tip-north-korea.txt";
  if (!std::filesystem::exists(seed)) GTEST_SKIP() << "no " << seed << " (the shared seed)";
  std::ifstream in(seed);
  std::string line;
  int chrome = 0, prose = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    line = yoy::strip_markdown_links(line);  // as the normalizer does first
    const Kind kind = classify(line);
    if (kind != Kind::none) ++chrome;
    if (line.size() > 200) {
      ++prose;
      EXPECT_EQ(kind, Kind::none) << line.substr(0, 80);
    }
  }
  EXPECT_EQ(chrome, 6 + 10)
      << "banner 2, agency, breadcrumb, in-this-section, TAGS; 10 footer lines";
  EXPECT_EQ(prose, 14) << "lines of the narrative longer than 200 bytes";
}
