// split_sentences: abbreviation-aware sentence boundaries.
#include "yoy/normalize/normalize.h"

#include <gtest/gtest.h>

namespace {

TEST(Sentences, AbbreviationAware) {
  const auto s = yoy::split_sentences(
      "The U.S. government helped, e.g. with funds. Dr. Kim agreed. \xE2\x80\x9CIt "
      "works.\xE2\x80\x9D "
      "Then 3.5 percent. Is it? Yes!");
  ASSERT_EQ(s.size(), 6u);
  EXPECT_EQ(s[0], "The U.S. government helped, e.g. with funds.");
  EXPECT_EQ(s[1], "Dr. Kim agreed.");
  EXPECT_EQ(s[2], "\xE2\x80\x9CIt works.\xE2\x80\x9D");
  EXPECT_EQ(s[3], "Then 3.5 percent.");
  EXPECT_EQ(s[4], "Is it?");
  EXPECT_EQ(s[5], "Yes!");
}

TEST(Sentences, ClosingQuoteEndsSentence) {
  const auto s =
      yoy::split_sentences("They face \xE2\x80\x9Creform.\xE2\x80\x9D In some cases, more.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[1], "In some cases, more.");
}

}  // namespace
