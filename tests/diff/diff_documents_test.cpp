// Focused cases for the semantic differ, on documents built by hand and
// analyzed by the real block analyzer.
#include "yoy/diff/diff.h"

#include <gtest/gtest.h>

#include "support/doc_builder.h"
#include "yoy/normalize/words.h"

using yoy::Change;
using yoy::DiffOptions;
using yoy::ReportChange;
using yoy::testing::make_document;
using yoy::testing::SectionSpec;

namespace {

const std::string kP1 =
    "The government did not report any trafficking-related law enforcement efforts.";
const std::string kP2 =
    "Government authorities did not report identifying any victims or providing protective "
    "services. Authorities penalized trafficking victims for unlawful acts.";
const std::string kP3 =
    "The DPRK holds an estimated 80,000 to 120,000 persons in political prison camps. In many "
    "cases, these prisoners have not been charged with a crime.";
const std::string kP4 =
    "Political repression and economic deprivation prompted North Koreans to flee.";

std::vector<SectionSpec> base_sections() {
  return {
      {"PROSECUTION", {kP1, kP2}},
      {"TRAFFICKING PROFILE:", {kP3, kP4}},
      {"PRIORITIZED RECOMMENDATIONS:",
       {"End the use of state-sponsored forced labor.",
        "Criminalize sex trafficking and labor trafficking.", "Accede to the 2000 UN TIP Protocol.",
        "Provide assistance to victims exploited in the DPRK."},
       true}};
}

ReportChange diff(const yoy::Document& a, const yoy::Document& b, DiffOptions options = {}) {
  return yoy::diff_documents(&a, &b, options);
}

std::string joined(const std::vector<yoy::WordRun>& runs, char skip) {
  std::string out;
  for (const auto& r : runs) {
    if (r.op == skip) continue;
    if (!out.empty()) out += ' ';
    out += r.text;
  }
  return out;
}

// Word content of a text, spaces dropped: runs are trimmed, so compare without them.
std::string squeeze(const std::string& s) {
  std::string out;
  for (char c : s)
    if (c != ' ') out += c;
  return out;
}

}  // namespace

TEST(Diff, IdenticalDocumentsHaveNoChanges) {
  auto a = make_document("x", "Tier 3", base_sections());
  ReportChange r = diff(a, a);
  EXPECT_EQ(r.change, Change::unchanged);
  EXPECT_TRUE(r.sections.empty());
  EXPECT_TRUE(r.lists.empty());
  EXPECT_TRUE(r.statistics.empty());
  ASSERT_TRUE(r.rating);
  EXPECT_EQ(r.rating->direction, yoy::Direction::unchanged);
}

TEST(Diff, AllIncludesUnchangedBlocksAndItems) {
  auto a = make_document("x", "Tier 3", base_sections());
  DiffOptions all;
  all.include_unchanged = true;
  ReportChange r = diff(a, a, all);
  ASSERT_EQ(r.sections.size(), 2u);
  EXPECT_EQ(r.sections[0].change, Change::unchanged);
  EXPECT_EQ(r.sections[0].blocks.size(), 2u);
  ASSERT_EQ(r.lists.size(), 1u);
  EXPECT_EQ(r.lists[0].items.size(), 4u);
}

TEST(Diff, RatingNormalizedBeforeComparing) {
  auto a = make_document("x", "Tier 2 Watch list", base_sections());
  auto b = make_document("x", "Tier 2 Watch List", base_sections());
  ReportChange r = diff(a, b);
  ASSERT_TRUE(r.rating);
  EXPECT_EQ(r.rating->direction, yoy::Direction::unchanged);
  EXPECT_EQ(r.change, Change::unchanged);
}

TEST(Diff, RatingDirectionOnTheTierScale) {
  auto watch = make_document("x", "Tier 2 Watch List", base_sections());
  auto three = make_document("x", "Tier 3", base_sections());
  auto none = make_document("x", "", base_sections());
  three.rating.stated = yoy::StatedMovement::remained;
  ReportChange down = diff(watch, three);
  ASSERT_TRUE(down.rating);
  EXPECT_EQ(down.rating->direction, yoy::Direction::downgrade);
  EXPECT_EQ(down.rating->stated, yoy::StatedMovement::remained);
  EXPECT_TRUE(down.rating->stated_contradicts);
  EXPECT_EQ(down.change, Change::changed);
  EXPECT_EQ(diff(three, watch).rating->direction, yoy::Direction::upgrade);
  EXPECT_EQ(diff(none, three).rating->direction, yoy::Direction::new_rating);
  EXPECT_EQ(diff(three, none).rating->direction, yoy::Direction::dropped);
  EXPECT_FALSE(diff(none, none).rating.has_value());
}

TEST(Diff, RenamedSectionWhoseContentStays) {
  auto specs = base_sections();
  auto a = make_document("x", "Tier 3", specs);
  specs[0].heading = "LAW ENFORCEMENT";
  auto b = make_document("x", "Tier 3", specs);
  ReportChange r = diff(a, b);
  ASSERT_EQ(r.sections.size(), 1u);
  EXPECT_EQ(r.sections[0].change, Change::renamed);
  EXPECT_EQ(r.sections[0].section, "LAW ENFORCEMENT");
  EXPECT_EQ(r.sections[0].from_section, "PROSECUTION");
  EXPECT_TRUE(r.sections[0].blocks.empty());
}

TEST(Diff, HeadingCaseIsNotARename) {
  auto specs = base_sections();
  auto a = make_document("x", "Tier 3", specs);
  specs[0].heading = "Prosecution";
  auto b = make_document("x", "Tier 3", specs);
  EXPECT_EQ(diff(a, b).change, Change::unchanged);
}

TEST(Diff, MovedParagraph) {
  auto specs = base_sections();
  specs[1].blocks = {kP3, kP4, kP1 + " Extra words make this different.", kP2};
  auto a = make_document("x", "Tier 3", specs);
  specs[1].blocks = {kP4, kP3, kP1 + " Extra words make this different.", kP2};
  auto b = make_document("x", "Tier 3", specs);
  ReportChange r = diff(a, b);
  ASSERT_EQ(r.sections.size(), 1u);
  ASSERT_EQ(r.sections[0].blocks.size(), 1u);
  const auto& moved = r.sections[0].blocks[0];
  EXPECT_EQ(moved.change, Change::moved);
  EXPECT_TRUE(moved.text == kP3 || moved.text == kP4);
  EXPECT_NE(moved.from_index, moved.to_index);
  EXPECT_TRUE(r.statistics.empty());
}

TEST(Diff, ModifiedParagraphWordRunsReadNaturally) {
  auto specs = base_sections();
  auto a = make_document("x", "Tier 3", specs);
  specs[0].blocks[1] =
      "Government authorities did not report identifying any victims or offering protective "
      "services. Authorities penalized trafficking victims for unlawful acts.";
  auto b = make_document("x", "Tier 3", specs);
  ReportChange r = diff(a, b);
  ASSERT_EQ(r.sections.size(), 1u);
  ASSERT_EQ(r.sections[0].blocks.size(), 1u);
  const auto& m = r.sections[0].blocks[0];
  EXPECT_EQ(m.change, Change::modified);
  EXPECT_FALSE(m.coarse);
  ASSERT_EQ(m.words.size(), 4u);
  EXPECT_EQ(m.words[0].op, '=');
  EXPECT_EQ(m.words[1].op, '-');
  EXPECT_EQ(m.words[1].text, "providing");
  EXPECT_EQ(m.words[2].op, '+');
  EXPECT_EQ(m.words[2].text, "offering");
  EXPECT_EQ(squeeze(joined(m.words, '-')), squeeze(m.to));
  EXPECT_EQ(squeeze(joined(m.words, '+')), squeeze(m.from));
  for (const auto& run : m.words) {
    EXPECT_FALSE(run.text.empty());
    EXPECT_NE(run.text.front(), ' ');
    EXPECT_NE(run.text.back(), ' ');
  }
  EXPECT_GT(r.sections[0].text_change, 0);
  EXPECT_LT(r.sections[0].text_change, 0.2);
}

TEST(Diff, NoSingleSpaceIslandsBetweenChanges) {
  auto specs = base_sections();
  specs[1].blocks[1] = "alpha beta gamma delta.";
  auto a = make_document("x", "Tier 3", specs);
  specs[1].blocks[1] = "alpha one two delta.";
  auto b = make_document("x", "Tier 3", specs);
  ReportChange r = diff(a, b);
  ASSERT_EQ(r.sections.size(), 1u);
  const auto& words = r.sections[0].blocks.at(0).words;
  ASSERT_EQ(words.size(), 4u);
  EXPECT_EQ(words[1].text, "beta gamma");
  EXPECT_EQ(words[2].text, "one two");
}

TEST(Diff, CoarseWhenTheWordDiffIsTooBig) {
  auto specs = base_sections();
  auto a = make_document("x", "Tier 3", specs);
  specs[0].blocks[1] = "Government authorities did not report identifying any victims at all.";
  auto b = make_document("x", "Tier 3", specs);
  DiffOptions tight;
  tight.max_word_diff_work = 10;
  ReportChange r = diff(a, b, tight);
  ASSERT_EQ(r.sections.size(), 1u);
  const auto& m = r.sections[0].blocks.at(0);
  EXPECT_EQ(m.change, Change::modified);
  EXPECT_TRUE(m.coarse);
  EXPECT_TRUE(m.words.empty());
  EXPECT_FALSE(diff(a, b).sections[0].blocks[0].coarse);
}

namespace {

// One sentence of `n` distinct words "<stem>0 ... <stem>n-1" closed by ")." (two
// marks), so its changed stretch (the sentence and the space after it) is 2n + 2
// tokens: 999 words make 2,000.
std::string long_sentence(const std::string& stem, int n, const std::string& close = ").") {
  std::string out;
  for (int i = 0; i < n; ++i) out += (i ? " " : "") + stem + std::to_string(i);
  return out + close;
}

// The same sentence with one word replaced (word 500 → "edited"): still paired in place.
std::string edited(std::string sentence, const std::string& stem) {
  const std::string word = " " + stem + "500 ";
  return sentence.replace(sentence.find(word), word.size(), " edited ");
}

std::size_t tokens_of_stretch(const std::string& sentence) {
  return yoy::tokenize(sentence + " ").size();
}

}  // namespace

// A block's word diff costs tokens_a × tokens_b; at 4,000,000 it is diffed word
// by word, one token more and it is shown as replaced whole (coarse).
TEST(Diff, WordDiffWorkCapIsFourMillionTokenPairs) {
  EXPECT_EQ(DiffOptions{}.max_word_diff_work, 4'000'000u);
  const std::string old_text = long_sentence("w", 999);
  const std::string at_cap = edited(old_text, "w");
  const std::string over_cap = edited(long_sentence("w", 999, "))."), "w");
  ASSERT_EQ(tokens_of_stretch(old_text), 2000u);
  ASSERT_EQ(tokens_of_stretch(at_cap), 2000u);
  ASSERT_EQ(tokens_of_stretch(over_cap), 2001u);
  const auto a = make_document("x", "", {{"PROFILE", {kP1, old_text}}});
  const auto at = make_document("x", "", {{"PROFILE", {kP1, at_cap}}});
  const auto over = make_document("x", "", {{"PROFILE", {kP1, over_cap}}});
  ASSERT_EQ(a.sections[0].blocks[1].sentences.size(), 1u) << "one sentence, one stretch";

  ReportChange r = diff(a, at);
  ASSERT_EQ(r.sections.size(), 1u);
  ASSERT_EQ(r.sections[0].blocks.size(), 1u);
  const auto& fine = r.sections[0].blocks[0];
  EXPECT_EQ(fine.change, Change::modified);
  EXPECT_FALSE(fine.coarse);
  ASSERT_EQ(fine.words.size(), 4u);
  EXPECT_EQ(fine.words[1].op, '-');
  EXPECT_EQ(fine.words[1].text, "w500");
  EXPECT_EQ(fine.words[2].text, "edited");

  r = diff(a, over);
  ASSERT_EQ(r.sections.size(), 1u);
  const auto& coarse = r.sections[0].blocks.at(0);
  EXPECT_EQ(coarse.change, Change::modified);
  EXPECT_TRUE(coarse.coarse);
  EXPECT_TRUE(coarse.words.empty());
}

// Word diffs of one report share 200,000,000 token pairs: fifty blocks at the
// per-block cap (4,000,000 each) use it up exactly; a fifty-first is coarse.
TEST(Diff, ReportWorkCapMakesTheBlocksPastItCoarse) {
  EXPECT_EQ(DiffOptions{}.max_report_work, 50u * 4'000'000u);
  std::vector<std::string> old_blocks, new_blocks;
  for (int k = 0; k < 51; ++k) {
    const std::string stem = "p" + std::to_string(k) + "w";
    old_blocks.push_back(long_sentence(stem, 999));
    new_blocks.push_back(edited(old_blocks.back(), stem));
  }
  ASSERT_EQ(tokens_of_stretch(old_blocks[0]) * tokens_of_stretch(new_blocks[0]), 4'000'000u);
  for (int blocks : {50, 51}) {
    const auto a =
        make_document("x", "", {{"PROFILE", {old_blocks.begin(), old_blocks.begin() + blocks}}});
    const auto b =
        make_document("x", "", {{"PROFILE", {new_blocks.begin(), new_blocks.begin() + blocks}}});
    const ReportChange r = diff(a, b);
    ASSERT_EQ(r.sections.size(), 1u);
    ASSERT_EQ(r.sections[0].blocks.size(), static_cast<std::size_t>(blocks));
    int coarse = 0;
    for (const auto& block : r.sections[0].blocks) {
      EXPECT_EQ(block.change, Change::modified);
      coarse += block.coarse;
    }
    EXPECT_EQ(coarse, blocks - 50) << blocks << " blocks";
    EXPECT_FALSE(r.sections[0].blocks[0].coarse) << "the first blocks get the budget";
  }
}

// The statistics of an edited sentence pair at 0.3 (diff_statistics_test has
// 0.3 and 0.2); at 3 of 10 words against 11 (0.286) the figure is removed and added.
TEST(Diff, StatisticSentenceJustBelowThreeTenthsIsAnotherSentence) {
  const std::string kept = "The camps remain open across the whole country this year.";
  // Modelled on the seed's "The DPRK holds an estimated 80,000 to 120,000 persons ...".
  const std::string old_sentence =
      "Authorities identified 120 victims during raids in Kaesong "
      "Sinuiju Wonsan.";
  const std::string new_sentence =
      "Authorities identified 200 victims after floods near Hamhung "
      "Chongjin Rason Haeju.";
  ASSERT_NEAR(yoy::text_similarity(old_sentence, new_sentence), 6.0 / 21, 1e-12);
  const auto a = make_document("x", "", {{"PROFILE", {kept + " " + old_sentence}}});
  const auto b = make_document("x", "", {{"PROFILE", {kept + " " + new_sentence}}});
  const ReportChange r = diff(a, b);
  ASSERT_EQ(r.statistics.size(), 2u);
  EXPECT_EQ(r.statistics[0].change, Change::removed);
  EXPECT_EQ(r.statistics[0].from, "120");
  EXPECT_EQ(r.statistics[1].change, Change::added);
  EXPECT_EQ(r.statistics[1].to, "200");
}

TEST(Diff, ListItemsAddedRemovedRewordedMoved) {
  auto specs = base_sections();
  auto a = make_document("x", "Tier 3", specs);
  specs[2].blocks = {"Criminalize sex trafficking and labor trafficking.",
                     "End the use of state-sponsored forced labor.",
                     "Provide assistance to all victims exploited in the DPRK.",
                     "Allow all North Koreans to choose their form of work."};
  auto b = make_document("x", "Tier 3", specs);
  ReportChange r = diff(a, b);
  ASSERT_EQ(r.lists.size(), 1u);
  int added = 0, removed = 0, reworded = 0, moved = 0;
  for (const auto& item : r.lists[0].items) {
    added += item.change == Change::added;
    removed += item.change == Change::removed;
    reworded += item.change == Change::reworded;
    moved += item.change == Change::moved;
    if (item.change == Change::reworded) {
      EXPECT_EQ(item.from_index, 3);
      EXPECT_EQ(item.to_index, 2);
      EXPECT_GT(item.similarity, 0.8);
    }
    if (item.change == Change::removed) {
      EXPECT_EQ(item.from, "Accede to the 2000 UN TIP Protocol.");
    }
  }
  EXPECT_EQ(added, 1);
  EXPECT_EQ(removed, 1);
  EXPECT_EQ(reworded, 1);
  EXPECT_EQ(moved, 1);
  EXPECT_TRUE(r.sections.empty());
}

TEST(Diff, StatisticChangedInPlaceAndSameNumberInEditedSentenceIsNot) {
  auto specs = base_sections();
  auto a = make_document("x", "Tier 3", specs);
  specs[1].blocks[0] =
      "The DPRK holds an estimated 80,000 to 200,000 persons in political prison camps. In many "
      "cases, these prisoners have not been charged with a crime.";
  auto b = make_document("x", "Tier 3", specs);
  ReportChange r = diff(a, b);
  ASSERT_EQ(r.statistics.size(), 1u);
  const auto& s = r.statistics[0];
  EXPECT_EQ(s.change, Change::changed);
  EXPECT_EQ(s.from_values, (std::vector<double>{80000, 120000}));
  EXPECT_EQ(s.to_values, (std::vector<double>{80000, 200000}));
  ASSERT_TRUE(s.delta);
  EXPECT_EQ(*s.delta, 80000);
  EXPECT_EQ(s.section, "TRAFFICKING PROFILE:");

  // The figure stays; the words around it change: no statistic change.
  specs[1].blocks[0] =
      "The DPRK reportedly holds an estimated 80,000 to 120,000 persons in prison camps. In many "
      "cases, these prisoners have not been charged with a crime.";
  auto c = make_document("x", "Tier 3", specs);
  ReportChange r2 = diff(a, c);
  EXPECT_TRUE(r2.statistics.empty());
  EXPECT_EQ(r2.change, Change::changed);
}

TEST(Diff, AddedAndRemovedReports) {
  auto a = make_document("x", "Tier 3", base_sections());
  ReportChange added = yoy::diff_documents(nullptr, &a, {});
  EXPECT_EQ(added.change, Change::added);
  EXPECT_EQ(added.rating->direction, yoy::Direction::new_rating);
  ReportChange removed = yoy::diff_documents(&a, nullptr, {});
  EXPECT_EQ(removed.change, Change::removed);
}
