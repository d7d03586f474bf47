// Words, defined once: what the differ pairs and diffs, the policy's
// section-text-change and `yoy log` count, and blame compares sentences by.
#include "yoy/normalize/words.h"

#include <gtest/gtest.h>

namespace {

TEST(Words, JoinersJoinOnlyWhenALetterOrDigitFollows) {
  EXPECT_EQ(yoy::count_words("80,000"), 1u);
  EXPECT_EQ(yoy::count_words("80, 000"), 2u);
  EXPECT_EQ(yoy::count_words("don't"), 1u);
  EXPECT_EQ(yoy::count_words("don\xE2\x80\x99t"), 1u);  // typographic apostrophe
  EXPECT_EQ(yoy::count_words("anti-trafficking"), 1u);
  EXPECT_EQ(yoy::count_words("anti- trafficking"), 2u);
  EXPECT_EQ(yoy::count_words("U.S."), 1u);  // the final period is a mark
}

TEST(Words, MarksAndSpacesAreNotWords) {
  EXPECT_EQ(yoy::count_words(""), 0u);
  EXPECT_EQ(yoy::count_words(" \t\n"), 0u);
  EXPECT_EQ(yoy::count_words("law \xE2\x80\x94 passed"), 2u);  // an em dash alone is a mark
  EXPECT_EQ(yoy::count_words("\xE2\x80\x9Cquoted\xE2\x80\x9D"), 1u);
  EXPECT_EQ(yoy::count_words("a\xC2\xA0"
                             "b"),
            2u);                                                // no-break space separates
  EXPECT_EQ(yoy::count_words("caf\xC3\xA9 \xE5\x8C\x97"), 2u);  // any script's letters
}

TEST(Words, TokensCoverTheTextAndKeyByComparisonForm) {
  const auto tokens = yoy::tokenize("It\xE2\x80\x99s 80,000 \xE2\x80\x94 more.");
  std::string joined;
  for (const auto& t : tokens) joined += t.display;
  EXPECT_EQ(joined, "It\xE2\x80\x99s 80,000 \xE2\x80\x94 more.");
  const auto straight = yoy::tokenize("It's");
  ASSERT_EQ(straight.size(), 1u);
  EXPECT_EQ(tokens[0].key, straight[0].key);  // curly and straight apostrophes compare equal
  EXPECT_TRUE(tokens[0].word);
  EXPECT_TRUE(tokens[1].space);
}

TEST(Words, SimilarityIsTheDiceOfWordBagsIgnoringCase) {
  EXPECT_DOUBLE_EQ(yoy::text_similarity("", ""), 1.0);
  EXPECT_DOUBLE_EQ(yoy::text_similarity("Camps Remain", "camps remain"), 1.0);
  EXPECT_DOUBLE_EQ(yoy::text_similarity("one two", "three four"), 0.0);
  // 2 * 2 common / (3 + 3) words
  EXPECT_DOUBLE_EQ(yoy::text_similarity("victims were identified", "victims were returned"),
                   2.0 * 2 / 6);
  // bags, not sets: a repeated word counts twice
  EXPECT_DOUBLE_EQ(yoy::text_similarity("no no", "no"), 2.0 * 1 / 3);
}

}  // namespace
