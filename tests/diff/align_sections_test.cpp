// Section alignment (diff_detail::align_sections): sections pair by key, in
// order of occurrence; the rest pair by content as renamed, the most similar
// pairs first, above DiffOptions::renamed_section and within max_rename_work;
// the result is in display order. The word lists are constructed so each
// similarity is exact (Dice of the word bags); the headings are TIP's.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "diff/diff_internal.h"
#include "support/doc_builder.h"
#include "yoy/normalize/words.h"

using yoy::DiffOptions;
using yoy::Section;
using yoy::SectionPair;
using yoy::testing::make_document;
using yoy::testing::SectionSpec;

namespace {

// "<stem>0 <stem>1 ..." (n distinct words).
std::string words(const std::string& stem, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += (i ? " " : "") + stem + std::to_string(i);
  return out;
}

// Ten words, `common` of them shared with every other text made with the same
// `common` and a different `own` stem: similarity common / 10 between two such texts.
std::string ten(int common, const std::string& own) {
  return words("c", common) + " " + words(own, 10 - common);
}

std::vector<Section> sections(const std::vector<SectionSpec>& specs) {
  return make_document("x", "", specs).sections;
}

std::vector<SectionPair> align(const std::vector<SectionSpec>& from,
                               const std::vector<SectionSpec>& to, DiffOptions options = {}) {
  return yoy::diff_detail::align_sections(sections(from), sections(to), options);
}

// "from→to" for each pair, "R" after a renamed one: "0→0R 1→-1".
std::string pairs_of(const std::vector<SectionPair>& pairs) {
  std::string out;
  for (const SectionPair& p : pairs)
    out += (out.empty() ? "" : " ") + std::to_string(p.from) + "→" + std::to_string(p.to) +
           (p.renamed ? "R" : "");
  return out;
}

}  // namespace

TEST(AlignSections, SameKeyPairsWhateverTheHeadingsCaseAndColon) {
  EXPECT_EQ(pairs_of(align({{"PROSECUTION", {"a b"}}, {"TRAFFICKING PROFILE:", {"c d"}}},
                           {{"Prosecution", {"x y"}}, {"Trafficking Profile", {"z w"}}})),
            "0→0 1→1");
}

TEST(AlignSections, RepeatedKeysPairInOrderOfOccurrence) {
  // Two "Note" sections on each side: first with first, second with second,
  // whatever their text says.
  EXPECT_EQ(pairs_of(align({{"NOTE", {"first note"}}, {"NOTE", {"second note"}}},
                           {{"Note", {"second note"}}, {"Note", {"first note"}}})),
            "0→0 1→1");
  // A third one on the new side is added.
  EXPECT_EQ(pairs_of(align({{"NOTE", {"a"}}}, {{"NOTE", {"a"}}, {"NOTE", {"b"}}})), "0→0 -1→1");
}

// One new heading whose words are 0.8 of one old section's and 0.6 of
// another's: it is the first one renamed, the second is removed.
TEST(AlignSections, RenamedSectionsPairTheMostSimilarFirst) {
  const std::string protection = ten(8, "a");
  const std::string services = words("c", 6) + " " + words("d", 4);
  const std::string victim_protection = ten(8, "b");
  ASSERT_DOUBLE_EQ(yoy::text_similarity(protection, victim_protection), 0.8);
  ASSERT_DOUBLE_EQ(yoy::text_similarity(services, victim_protection), 0.6);
  // Whichever comes first on the old side.
  for (bool best_first : {true, false}) {
    std::vector<SectionSpec> from = {{"PROTECTION", {protection}}, {"SERVICES", {services}}};
    if (!best_first) std::swap(from[0], from[1]);
    const auto pairs = align(from, {{"VICTIM PROTECTION", {victim_protection}}});
    const int best = best_first ? 0 : 1;
    ASSERT_EQ(pairs.size(), 2u);
    int renamed = 0;
    for (const SectionPair& p : pairs) {
      if (!p.renamed) continue;
      ++renamed;
      EXPECT_EQ(p.from, best) << pairs_of(pairs);
      EXPECT_EQ(p.to, 0);
    }
    EXPECT_EQ(renamed, 1) << pairs_of(pairs);
  }
  // Two old and two new: the best pair (0.9) is taken first, though taking the
  // two middling ones (0.6 and 0.7) would pair every section.
  const std::string a = ten(9, "a"), x = ten(9, "x");
  const std::string b = words("c", 7) + " " + words("e", 3);
  const std::string y = "c4 c5 c6 c7 c8 a0 " + words("y", 4);
  ASSERT_DOUBLE_EQ(yoy::text_similarity(a, x), 0.9);
  ASSERT_DOUBLE_EQ(yoy::text_similarity(b, x), 0.7);
  ASSERT_DOUBLE_EQ(yoy::text_similarity(a, y), 0.6);
  ASSERT_DOUBLE_EQ(yoy::text_similarity(b, y), 0.3);
  EXPECT_EQ(pairs_of(align({{"A", {a}}, {"B", {b}}}, {{"X", {x}}, {"Y", {y}}})), "0→0R -1→1 1→-1");
}

TEST(AlignSections, RenamedAtTheThresholdNotBelow) {
  DiffOptions options;
  options.renamed_section = 0.7;
  EXPECT_EQ(pairs_of(align({{"OLD", {ten(7, "a")}}}, {{"NEW", {ten(7, "b")}}}, options)), "0→0R");
  EXPECT_EQ(pairs_of(align({{"OLD", {ten(6, "a")}}}, {{"NEW", {ten(6, "b")}}}, options)),
            "-1→0 0→-1");
}

TEST(AlignSections, SectionsWithoutWordsAreNeverRenamed) {
  // Two empty sections would be alike (two empty bags); they are not the same section.
  EXPECT_EQ(pairs_of(align({{"ANNEX", {}}}, {{"APPENDIX", {}}})), "-1→0 0→-1");
}

// The renames of u unpaired old and v unpaired new sections are weighed when
// u × v <= max_rename_work; above it every one is removed or added.
TEST(AlignSections, RenamesAreWeighedUpToTheWorkCap) {
  const std::vector<SectionSpec> from = {{"A", {ten(9, "a")}}, {"B", {ten(9, "b")}}};
  const std::vector<SectionSpec> to = {{"X", {ten(9, "x")}}, {"Y", {words("y", 10)}}};
  DiffOptions options;
  options.max_rename_work = 4;  // 2 × 2
  EXPECT_EQ(pairs_of(align(from, to, options)), "0→0R -1→1 1→-1");
  options.max_rename_work = 3;
  EXPECT_EQ(pairs_of(align(from, to, options)), "-1→0 -1→1 0→-1 1→-1");
  // Sections paired by key do not count: 1 × 1 unpaired is within a cap of 1.
  options.max_rename_work = 1;
  EXPECT_EQ(pairs_of(align({{"PROSECUTION", {"p"}}, {"A", {ten(9, "a")}}},
                           {{"PROSECUTION", {"p"}}, {"X", {ten(9, "x")}}}, options)),
            "0→0 1→1R");
}

// New-side order; a removed section sits before the first new section whose
// old partner came after it (where it stood in the old edition).
TEST(AlignSections, DisplayOrderKeepsRemovedSectionsWhereTheyStood) {
  EXPECT_EQ(pairs_of(align({{"PROSECUTION", {"p"}}, {"PROTECTION", {"q"}}, {"PREVENTION", {"r"}}},
                           {{"PROSECUTION", {"p"}}, {"PREVENTION", {"r"}}, {"PROFILE", {"s"}}})),
            "0→0 1→-1 2→1 -1→2");
  // A section removed after the last kept one goes last.
  EXPECT_EQ(
      pairs_of(align({{"PROSECUTION", {"p"}}, {"PROTECTION", {"q"}}}, {{"PROSECUTION", {"p"}}})),
      "0→0 1→-1");
}
