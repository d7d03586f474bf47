// Words hyphenated at a line end (read/pdf_hyphens): the document's own words
// decide first (the more frequent spelling wins), then common English words, a
// capital (a name split in two), a prefix that keeps its hyphen, and two words
// of three letters or more. Lines modelled on the TIP narratives' sentences.
#include <gtest/gtest.h>

#include "read/pdf_internal.h"

namespace yoy::pdf {
namespace {

std::vector<Line> lines_of(std::initializer_list<const char*> texts) {
  std::vector<Line> lines;
  for (const char* text : texts) {
    Line line;
    line.text = text;
    lines.push_back(line);
  }
  return lines;
}

TEST(PdfHyphens, DropsTheHyphenOfASplitWordAndKeepsACompounds) {
  const Hyphens h(lines_of({"state-sponsored forced labor and trafficking of persons",
                            "a co-operation agreement with the cooperative", "the government"}));
  EXPECT_FALSE(h.keep("traf", "ficking"));     // the document's word
  EXPECT_FALSE(h.keep("govern", "ment,"));     // the document's word, punctuation aside
  EXPECT_TRUE(h.keep("state", "sponsored"));   // the document's compound
  EXPECT_TRUE(h.keep("co", "operation"));      // the document writes it hyphenated
  EXPECT_FALSE(h.keep("inter", "national"));   // a common English word
  EXPECT_FALSE(h.keep("other", "wise"));       // a word, though both halves are words
  EXPECT_TRUE(h.keep("anti", "trafficking"));  // a prefix that keeps its hyphen
  EXPECT_TRUE(h.keep("labor", "intensive"));   // two words, no such word
  EXPECT_FALSE(h.keep("Pyong", "yang"));       // a name split in two
}

// The more frequent spelling in the document wins; a tie falls through to the
// word list ("cooperation" is a word).
TEST(PdfHyphens, TheDocumentsMoreFrequentSpellingWins) {
  const Hyphens compound(lines_of({"co-operation with co-operation and cooperation"}));
  EXPECT_TRUE(compound.keep("co", "operation"));
  const Hyphens joined(lines_of({"co-operation with cooperation and cooperation"}));
  EXPECT_FALSE(joined.keep("co", "operation"));
  const Hyphens tie(lines_of({"co-operation with cooperation"}));
  EXPECT_FALSE(tie.keep("co", "operation"));
  // Case and punctuation aside: "(Co-operation)," counts as co-operation.
  const Hyphens cased(lines_of({"(Co-operation), CO-OPERATION and cooperation"}));
  EXPECT_TRUE(cased.keep("Co", "operation."));
}

// The words around a line-end break are not counted as the document's own:
// "traf-" at a line's end and "ficking" at the next one's start say nothing.
TEST(PdfHyphens, WordsAtALineBreakDoNotCount) {
  // "nonpunishment" is no listed word and "non" keeps its hyphen, unless the
  // document writes the word joined; here it does only at line breaks
  // ("nonpunish-" / "ment"), which do not count.
  const Hyphens h(
      lines_of({"the principle of nonpunish-", "ment and non-", "punishment of victims"}));
  EXPECT_TRUE(h.keep("non", "punishment"));
  const Hyphens joined(
      lines_of({"nonpunishment of victims and the nonpunishment principle", "non-", "punishment"}));
  EXPECT_FALSE(joined.keep("non", "punishment"));
}

// The part after an earlier hyphen decides: "sub-dis-" + "trict" is "district".
TEST(PdfHyphens, TheLastPartOfAnEarlierCompoundDecides) {
  const Hyphens h(lines_of({"the"}));
  EXPECT_FALSE(h.keep("sub-dis", "trict"));
  EXPECT_TRUE(h.keep("self-anti", "trafficking"));
}

// Two words keep their hyphen only when both have three letters or more.
TEST(PdfHyphens, TwoWordsOfThreeLettersOrMore) {
  const Hyphens h(lines_of({"the"}));
  EXPECT_TRUE(h.keep("labor", "intensive"));
  EXPECT_FALSE(h.keep("labor", "in"));
  EXPECT_FALSE(h.keep("ox", "intensive"));
  EXPECT_TRUE(h.keep("", "intensive")) << "nothing to join: keep";
  EXPECT_TRUE(h.keep("labor", ");")) << "no word after it: keep";
}

}  // namespace
}  // namespace yoy::pdf
