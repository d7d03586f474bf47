// IgnoredText::apply, the differ's --ignore: matches cut from every block, a
// block left with nothing dropped, an analyzed block analyzed again through
// the BlockAnalysis it is given (an unanalyzed one only gets its comparison
// form). Paragraphs modelled on the TIP narrative with a page's "last updated" stamp.
#include "yoy/diff/ignore_text.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "yoy/normalize/normalize.h"

namespace yoy {
namespace {

class CountingAnalysis : public BlockAnalysis {
 public:
  void analyze(std::string_view, Block& block) const override {
    ++calls;
    block.compare = compare_form(block.text);
    block.sentences = {Sentence{block.text, block.compare}};
  }
  mutable int calls = 0;
};

Block block_of(const std::string& text, bool analyzed) {
  Block block;
  block.text = text;
  block.compare = compare_form(text);
  if (analyzed) block.sentences = {Sentence{text, block.compare}};
  return block;
}

TEST(IgnoredText, CutsAnalyzesAgainAndDropsWhatIsLeftEmpty) {
  Document document;
  document.profile = "tip";
  Section section;
  section.blocks = {block_of("Officials identified 405 victims. Last updated: May 2025", true),
                    block_of("Last updated: June 2025", true),
                    block_of("The government reported investigating 48 suspected traffickers. "
                             "Last updated: May 2025",
                             false),
                    block_of("Authorities did not report any prosecutions.", true)};
  document.sections.push_back(section);
  CountingAnalysis analysis;
  IgnoredText({"Last updated: [A-Za-z]+ [0-9]+"}).apply(document, analysis);
  const std::vector<Block>& blocks = document.sections[0].blocks;
  ASSERT_EQ(blocks.size(), 3u);  // the stamp alone is gone
  EXPECT_EQ(blocks[0].text, "Officials identified 405 victims.");
  EXPECT_EQ(blocks[0].sentences.front().text, blocks[0].text);  // analyzed again
  EXPECT_EQ(blocks[1].text, "The government reported investigating 48 suspected traffickers.");
  EXPECT_TRUE(blocks[1].sentences.empty());  // left for the differ to analyze
  EXPECT_EQ(blocks[1].compare, compare_form(blocks[1].text));
  EXPECT_EQ(blocks[2].text, "Authorities did not report any prosecutions.");  // untouched
  EXPECT_EQ(analysis.calls, 1);
}

TEST(IgnoredText, NoPatternsChangeNothing) {
  Document document;
  Section section;
  section.blocks = {block_of("Last updated: May 2025", true)};
  document.sections.push_back(section);
  CountingAnalysis analysis;
  const IgnoredText none({});
  EXPECT_TRUE(none.empty());
  none.apply(document, analysis);
  EXPECT_EQ(document.sections[0].blocks.size(), 1u);
  EXPECT_EQ(analysis.calls, 0);
}

}  // namespace
}  // namespace yoy
