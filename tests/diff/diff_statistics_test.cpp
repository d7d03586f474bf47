// Statistics matched through aligned sentences: an edited sentence at least
// 0.3 similar to the old one holds the same figure (120 → 200 is one change);
// below that, the old figure is removed and the new one added. Figures pair only
// when their units measure the same thing; a field's figure kept under a renamed
// path is no change. Real factbook pairs check both on the noise they had.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "diff/diff_internal.h"
#include "support/doc_builder.h"
#include "support/factbook_archive.h"
#include "support/stage_inputs.h"
#include "yoy/diff/diff.h"
#include "yoy/model/changeset.h"
#include "yoy/normalize/words.h"

using yoy::Change;
using yoy::testing::make_document;

namespace {

// A sentence kept as it was keeps the paragraphs paired whatever the edited one says.
const std::string kKept = "The camps remain open across the whole country this year.";

yoy::ReportChange diff_paragraphs(const std::string& old_sentence,
                                  const std::string& new_sentence) {
  const auto a = make_document("x", "", {{"PROFILE", {kKept + " " + old_sentence}}});
  const auto b = make_document("x", "", {{"PROFILE", {kKept + " " + new_sentence}}});
  return yoy::diff_documents(&a, &b, yoy::DiffOptions{});
}

TEST(DiffStatistics, EditedSentenceAtThreeTenthsKeepsItsFigure) {
  // 3 of 10 words in common: 2 * 3 / 20 = 0.3.
  const std::string old_sentence =
      "Authorities identified 120 victims during raids in Kaesong "
      "Sinuiju Wonsan.";
  const std::string new_sentence =
      "Authorities identified 200 victims after floods near Hamhung "
      "Chongjin Rason.";
  ASSERT_DOUBLE_EQ(yoy::text_similarity(old_sentence, new_sentence), 0.3);
  const auto r = diff_paragraphs(old_sentence, new_sentence);
  ASSERT_EQ(r.statistics.size(), 1u);
  EXPECT_EQ(r.statistics[0].change, Change::changed);
  EXPECT_EQ(r.statistics[0].from, "120");
  EXPECT_EQ(r.statistics[0].to, "200");
}

TEST(DiffStatistics, EditedSentenceBelowThreeTenthsIsAnotherSentence) {
  // 2 of 10 words in common: 0.2.
  const std::string old_sentence =
      "Authorities identified 120 victims during raids in Kaesong "
      "Sinuiju Wonsan.";
  const std::string new_sentence =
      "Police reported 200 victims after floods near Hamhung "
      "Chongjin Rason.";
  ASSERT_LT(yoy::text_similarity(old_sentence, new_sentence), 0.3);
  const auto r = diff_paragraphs(old_sentence, new_sentence);
  ASSERT_EQ(r.statistics.size(), 2u);
  EXPECT_EQ(r.statistics[0].change, Change::removed);
  EXPECT_EQ(r.statistics[0].from, "120");
  EXPECT_EQ(r.statistics[1].change, Change::added);
  EXPECT_EQ(r.statistics[1].to, "200");
}

}  // namespace

// The percent change is against the old value; from 1 it is still defined
// (1 → 4 is +300%), from 0 it is absent (only the delta is known).
TEST(DiffStatistics, PercentChangeIsAgainstTheOldValue) {
  const auto from_one = diff_paragraphs("Authorities identified 1 victim in Kaesong.",
                                        "Authorities identified 4 victims in Kaesong.");
  ASSERT_EQ(from_one.statistics.size(), 1u);
  EXPECT_EQ(from_one.statistics[0].change, Change::changed);
  ASSERT_TRUE(from_one.statistics[0].delta.has_value());
  EXPECT_DOUBLE_EQ(*from_one.statistics[0].delta, 3.0);
  ASSERT_TRUE(from_one.statistics[0].percent.has_value());
  EXPECT_DOUBLE_EQ(*from_one.statistics[0].percent, 300.0);
  const auto from_120 = diff_paragraphs("Authorities identified 120 victims in Kaesong.",
                                        "Authorities identified 90 victims in Kaesong.");
  ASSERT_EQ(from_120.statistics.size(), 1u);
  ASSERT_TRUE(from_120.statistics[0].percent.has_value());
  EXPECT_DOUBLE_EQ(*from_120.statistics[0].percent, -25.0);
}

namespace {

// The statistics of one sentence edited in place (the rest of the paragraph kept).
std::vector<yoy::StatisticChange> figures(const std::string& old_sentence,
                                          const std::string& new_sentence) {
  return diff_paragraphs(old_sentence, new_sentence).statistics;
}

TEST(DiffStatistics, UnitsWithTheSameHeadNounPair) {
  const auto s = figures("Authorities identified 120 victims in the capital region.",
                         "Authorities identified 200 trafficking victims in the capital region.");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].change, Change::changed);
  EXPECT_EQ(s[0].from, "120");
  EXPECT_EQ(s[0].to, "200");
  // The singular and the plural of one noun.
  const auto one = figures("Authorities identified 2 trafficking victims in the capital region.",
                           "Authorities identified 12 victim in the capital region.");
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(one[0].change, Change::changed);
  EXPECT_EQ(one[0].to, "12");
}

TEST(DiffStatistics, FiguresOfDifferentUnitsNeverPair) {
  // The factbook's 'three food crops → 282 ft': a different thing, not a new value.
  const auto s = figures("Officials counted three food crops in the capital region.",
                         "Officials counted 282 ft in the capital region.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].change, Change::removed);
  EXPECT_EQ(s[0].unit, "food crops");
  EXPECT_EQ(s[1].change, Change::added);
  EXPECT_EQ(s[1].unit, "ft");
}

TEST(DiffStatistics, ABareNumberNeverPairsWithAMeasuredOne) {
  const auto s = figures("The survey listed 7 in the capital region.",
                         "The survey listed 20,308 ft in the capital region.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].change, Change::removed);
  EXPECT_EQ(s[0].unit, "");
  EXPECT_EQ(s[1].change, Change::added);
}

// Real factbook editions, 2024 → 2025 (skipped without ../shared/corpus).
yoy::ReportChange factbook_pair(const std::string& code) {
  const std::string corpus = yoy::test::factbook_corpus();
  for (const auto& region : std::filesystem::directory_iterator(corpus)) {
    const auto dir = region.path() / code;
    if (!std::filesystem::is_directory(dir)) continue;
    const auto a = yoy::test::parsed_file((dir / "2024.json").string());
    const auto b = yoy::test::parsed_file((dir / "2025.json").string());
    return yoy::diff_documents(&a, &b, yoy::DiffOptions{});
  }
  ADD_FAILURE() << "no factbook profile " << code;
  return {};
}

#define REQUIRE_FACTBOOK()                  \
  if (yoy::test::factbook_corpus().empty()) \
  GTEST_SKIP() << "no ../shared/corpus/factbook beside the checkout (real editions)"

const yoy::StatisticChange* find_figure(const yoy::ReportChange& r, const std::string& surface) {
  for (const auto& s : r.statistics)
    if (s.from == surface || s.to == surface) return &s;
  return nullptr;
}

TEST(DiffStatisticsFactbook, UnitedStatesNoteFiguresDoNotPairAcrossUnits) {
  REQUIRE_FACTBOOK();
  // 2025 adds feet beside the metres ("6,190 m; 20,308 ft", "-86 m; -282 ft") and drops
  // note 7 ("three food crops"); nothing of that is an old figure's new value.
  const auto r = factbook_pair("us");
  const auto* feet = find_figure(r, "20,308");
  ASSERT_NE(feet, nullptr);
  EXPECT_EQ(feet->change, Change::added);
  EXPECT_EQ(feet->unit, "ft");
  const auto* below_sea = find_figure(r, "-282");  // the sign is kept
  ASSERT_NE(below_sea, nullptr);
  EXPECT_EQ(below_sea->change, Change::added);
  EXPECT_EQ(below_sea->to_values, (std::vector<double>{-282}));
  // Note numbers ("note 1:", "note 2:") are names, not figures.
  for (const auto& s : r.statistics)
    if (s.context.find("Geography - note") != std::string::npos && s.unit.empty())
      ADD_FAILURE() << "a bare number in the note: " << s.from << s.to;
  const auto* crops = find_figure(r, "three food crops");
  ASSERT_NE(crops, nullptr);
  EXPECT_EQ(crops->change, Change::removed);
  for (const auto& s : r.statistics)
    if (s.change == Change::changed && s.context.find("Geography - note") != std::string::npos)
      ADD_FAILURE() << "paired in the note: " << s.from << " -> " << s.to << " (" << s.unit << ")";
}

TEST(DiffStatisticsFactbook, PeruPeakInFeetIsNew) {
  REQUIRE_FACTBOOK();
  const auto r = factbook_pair("pe");  // "a 5,316 m peak" → "a 5,316-m (17,441-ft) peak"
  const auto* feet = find_figure(r, "17,441");
  ASSERT_NE(feet, nullptr);
  EXPECT_EQ(feet->change, Change::added);
}

TEST(DiffStatisticsFactbook, CoastlineKeptUnderARenamedPathIsNoChange) {
  REQUIRE_FACTBOOK();
  // Kazakhstan 2025 moves "note - ... Aral Sea (1,070 km) and the Caspian Sea (1,894 km)"
  // from Geography > Coastline into its own field Geography > Coastline > note.
  const auto r = factbook_pair("kz");
  ASSERT_EQ(r.change, Change::changed);
  for (const auto& s : r.statistics)
    if (s.context.rfind("Geography > Coastline", 0) == 0)
      ADD_FAILURE() << yoy::change_name(s.change) << " " << s.from << s.to << " in " << s.context;
  // Iran the same way (740 km).
  for (const auto& s : factbook_pair("ir").statistics)
    if (s.context.rfind("Geography > Coastline", 0) == 0)
      ADD_FAILURE() << yoy::change_name(s.change) << " " << s.from << s.to << " in " << s.context;
}

}  // namespace

namespace {

yoy::StatisticChange figure(Change change, const std::string& surface, const std::string& context) {
  yoy::StatisticChange c;
  c.section = "Geography";
  c.change = change;
  (change == Change::removed ? c.from : c.to) = surface;
  (change == Change::removed ? c.from_values : c.to_values) = {1070};
  c.unit = "km";
  c.context = context;
  return c;
}

std::size_t kept_after_renames(std::vector<yoy::StatisticChange> changes) {
  yoy::diff_detail::drop_renamed_fields(changes, 0, "Geography");
  return changes.size();
}

TEST(DiffStatistics, AFigureUnderTheSameOrAParentPathIsNoChange) {
  const std::string coastline = "Geography > Coastline", note = "Geography > Coastline > note";
  EXPECT_EQ(kept_after_renames({figure(Change::removed, "1,070", coastline),
                                figure(Change::added, "1,070", note)}),
            0u);
  EXPECT_EQ(kept_after_renames({figure(Change::removed, "1,070", note),
                                figure(Change::added, "1,070", coastline)}),
            0u);
  EXPECT_EQ(kept_after_renames({figure(Change::removed, "1,070", coastline),
                                figure(Change::added, "1,070", coastline)}),
            0u);
  // Each removed figure takes one twin: the second added one stays added.
  EXPECT_EQ(kept_after_renames({figure(Change::removed, "1,070", coastline),
                                figure(Change::added, "1,070", note),
                                figure(Change::added, "1,070", note)}),
            1u);
}

TEST(DiffStatistics, AFigureUnderAnotherFieldOrASentenceStaysRemovedAndAdded) {
  const std::string coastline = "Geography > Coastline";
  // A sibling field is another field.
  EXPECT_EQ(kept_after_renames({figure(Change::removed, "1,070", coastline),
                                figure(Change::added, "1,070", "Geography > Land boundaries")}),
            2u);
  // Another surface is another figure.
  EXPECT_EQ(kept_after_renames({figure(Change::removed, "1,070", coastline),
                                figure(Change::added, "1,071", coastline + " > note")}),
            2u);
  // Narrative figures' contexts are sentences, not field paths.
  EXPECT_EQ(kept_after_renames({figure(Change::removed, "1,070", "The coast runs 1,070 km."),
                                figure(Change::added, "1,070", "The coast runs 1,070 km.")}),
            2u);
}

}  // namespace
