// The word diff of two versions of a text (diff_detail::diff_words): sentences
// aligned first, then tokens of each changed stretch; runs trimmed, '-' before
// '+', no runs of bare space between changes; over the per-diff or the
// remaining work budget the block is coarse. Sentences are the seed's (2025
// North Korea) and their 2024 wording in tests/fixtures/tip-history.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "diff/diff_internal.h"
#include "yoy/normalize/normalize.h"
#include "yoy/normalize/words.h"

using yoy::Sentence;
using yoy::WordRun;
using yoy::diff_detail::diff_words;
using yoy::diff_detail::WordDiff;
using yoy::diff_detail::WorkBudget;

namespace {

std::vector<Sentence> sentences_of(const std::string& text) {
  std::vector<Sentence> out;
  for (const std::string& s : yoy::split_sentences(text)) out.push_back({s, yoy::compare_form(s)});
  return out;
}

WordDiff diff(const std::string& from, const std::string& to,
              WorkBudget budget = {4'000'000, 200'000'000}) {
  return diff_words(from, sentences_of(from), to, sentences_of(to), budget);
}

// "=one|-two|+three".
std::string runs_of(const std::vector<WordRun>& runs) {
  std::string out;
  for (const WordRun& r : runs) out += (out.empty() ? "" : "|") + std::string(1, r.op) + r.text;
  return out;
}

const std::string kFirst =
    "The government did not report any trafficking-related law enforcement efforts.";
const std::string kOld = "Eliminate the use of coercion tactics to monitor workers.";
const std::string kNew = "Eliminate coercive tactics used to monitor workers.";

}  // namespace

TEST(WordDiff, IdenticalTextIsOneCommonRun) {
  const WordDiff d = diff(kFirst + " " + kOld, kFirst + " " + kOld);
  EXPECT_EQ(runs_of(d.runs), "=" + kFirst + " " + kOld);
  EXPECT_EQ(d.words_changed, 0u);
  EXPECT_FALSE(d.coarse);
}

TEST(WordDiff, ChangedWordsOfOneSentenceInTheirPlace) {
  const WordDiff d = diff(kFirst + " " + kOld, kFirst + " " + kNew);
  EXPECT_EQ(runs_of(d.runs),
            "=" + kFirst +
                " Eliminate|-the use of coercion|+coercive|=tactics|+used|=to monitor workers.");
  EXPECT_EQ(d.words_changed, 4u + 2u);  // the use of coercion; coercive used
}

TEST(WordDiff, RemovedBeforeAddedAndNoIslandsOfSpace) {
  // "alpha beta gamma delta" → "alpha one two delta": one '-' and one '+' run,
  // the space between "beta" and "gamma" is inside the change.
  const WordDiff d = diff("alpha beta gamma delta.", "alpha one two delta.");
  EXPECT_EQ(runs_of(d.runs), "=alpha|-beta gamma|+one two|=delta.");
  EXPECT_EQ(d.words_changed, 4u);
}

TEST(WordDiff, ASentenceAddedOrRemovedWhole) {
  const std::string added = "Officials executed two women.";
  WordDiff d = diff(kFirst, kFirst + " " + added);
  EXPECT_EQ(runs_of(d.runs), "=" + kFirst + "|+" + added);
  EXPECT_EQ(d.words_changed, 4u);
  d = diff(kFirst + " " + added, kFirst);
  EXPECT_EQ(runs_of(d.runs), "=" + kFirst + "|-" + added);
}

TEST(WordDiff, TextWithoutSentencesIsOneSentence) {
  WorkBudget budget{4'000'000, 200'000'000};
  const WordDiff d = diff_words("a b c", {}, "a x c", {}, budget);
  EXPECT_EQ(runs_of(d.runs), "=a|-b|+x|=c");
}

// The cost of a changed stretch is tokens × tokens of its two sides (each
// sentence with the space after it): at the per-diff cap it is diffed, one
// token pair more and the text is coarse: no runs, every word counted changed.
TEST(WordDiff, CoarseOverThePerDiffCap) {
  const std::size_t a = yoy::tokenize(kOld + " ").size(), b = yoy::tokenize(kNew + " ").size();
  ASSERT_EQ(a, 19u);  // 9 words, 8 spaces between them, the period, the space after
  ASSERT_EQ(b, 15u);  // 7 words, 6 spaces, the period, the space after
  WorkBudget at_cap{a * b, 200'000'000};
  WordDiff d = diff(kOld, kNew, at_cap);
  EXPECT_FALSE(d.coarse);
  EXPECT_FALSE(d.runs.empty());
  WordDiff over = diff(kOld, kNew, WorkBudget{a * b - 1, 200'000'000});
  EXPECT_TRUE(over.coarse);
  EXPECT_TRUE(over.runs.empty());
  EXPECT_EQ(over.words_changed, yoy::count_words(kOld) + yoy::count_words(kNew));
}

// The remaining budget is shared by every diff of a report: what one diff
// spends the next cannot.
TEST(WordDiff, TheRemainingBudgetIsSpentAndThenCoarse) {
  const std::size_t work = yoy::tokenize(kOld + " ").size() * yoy::tokenize(kNew + " ").size();
  WorkBudget budget{4'000'000, 2 * work};
  EXPECT_FALSE(diff_words(kOld, sentences_of(kOld), kNew, sentences_of(kNew), budget).coarse);
  EXPECT_EQ(budget.remaining, work);
  EXPECT_FALSE(diff_words(kOld, sentences_of(kOld), kNew, sentences_of(kNew), budget).coarse);
  EXPECT_EQ(budget.remaining, 0u);
  EXPECT_TRUE(diff_words(kOld, sentences_of(kOld), kNew, sentences_of(kNew), budget).coarse);
  // Unchanged sentences cost nothing.
  EXPECT_FALSE(diff_words(kOld, sentences_of(kOld), kOld, sentences_of(kOld), budget).coarse);
}
