// --ignore: planted text that should never count is found without it and gone
// with it, while a real change planted beside it is still found.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "support/scratch_dir.h"
#include "yoy/app/compare.h"
#include "yoy/diff/ignore_text.h"
#include "yoy/parse/block_analysis.h"
#include "yoy/parse/parse.h"
#include "yoy/util/error.h"

namespace yoy {
namespace {

const std::string kSeed = std::string(YOY_SOURCE_DIR) + "/corpus/tip/2025/north-korea.txt";
const std::string kSentence =
    "As many as 30,000 children born in China to DPRK women and Chinese national men have not "
    "been registered upon birth";

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string plant(std::string text, const std::string& after, const std::string& insert) {
  const auto at = text.find(after);
  EXPECT_NE(at, std::string::npos) << after;
  return text.insert(at + after.size(), insert);
}

Comparison compare_with(const std::string& a, const std::string& b,
                        const std::vector<std::string>& ignore) {
  DiffOptions options;
  options.ignore = ignore;
  return compare_files(a, b, Profile::automatic, 64u << 20, options);
}

TEST(IgnoreText, PlantedStampCountsWithoutIgnoreAndNotWithIt) {
  test::ScratchDir dir;
  const std::string seed = slurp(kSeed);
  ASSERT_NE(seed.find(kSentence), std::string::npos);
  test::write_text(dir / "old.txt", plant(seed, kSentence, " (page updated March 3, 2025)"));
  test::write_text(dir / "new.txt", plant(seed, kSentence, " (page updated June 30, 2025)"));
  EXPECT_TRUE(compare_with(dir / "old.txt", dir / "new.txt", {}).differs);
  const Comparison ignored = compare_with(dir / "old.txt", dir / "new.txt",
                                          {" \\(page updated [A-Z][a-z]+ [0-9]+, [0-9]{4}\\)"});
  EXPECT_FALSE(ignored.differs);
  EXPECT_TRUE(ignored.changes.reports.empty());
  // A pattern that matches elsewhere does not hide the stamp.
  EXPECT_TRUE(compare_with(dir / "old.txt", dir / "new.txt", {"no such text"}).differs);
}

TEST(IgnoreText, RealChangeBesideIgnoredTextIsStillFound) {
  test::ScratchDir dir;
  const std::string seed = slurp(kSeed);
  std::string changed = plant(seed, kSentence, " (page updated June 30, 2025)");
  const auto at = changed.find("As many as 30,000 children");
  changed.replace(at, std::string("As many as 30,000").size(), "As many as 45,000");
  test::write_text(dir / "old.txt", plant(seed, kSentence, " (page updated March 3, 2025)"));
  test::write_text(dir / "new.txt", changed);
  const Comparison c = compare_with(dir / "old.txt", dir / "new.txt", {"\\(page updated [^)]*\\)"});
  ASSERT_TRUE(c.differs);
  ASSERT_EQ(c.changes.reports.size(), 1u);
  const ReportChange& r = c.changes.reports[0];
  ASSERT_EQ(r.statistics.size(), 1u);
  EXPECT_EQ(r.statistics[0].from, "30,000");
  EXPECT_EQ(r.statistics[0].to, "45,000");
  EXPECT_EQ(c.changes.summary.blocks_modified, 1);
  for (const SectionChange& s : r.sections)
    for (const BlockChange& b : s.blocks)
      for (const WordRun& w : b.words)
        EXPECT_EQ(w.text.find("updated"), std::string::npos) << "ignored text in the diff";
}

TEST(IgnoreText, ABlockThatIsOnlyIgnoredTextDisappears) {
  Document document = parse_document("Heading\n\nLast updated: today\n\nReal text stays.\n", {});
  size_t before = 0;
  for (const Section& s : document.sections) before += s.blocks.size();
  IgnoredText({"^Last updated: .*$"}).apply(document, profile_analysis());
  size_t after = 0;
  for (const Section& s : document.sections)
    for (const Block& b : s.blocks) {
      ++after;
      EXPECT_EQ(b.text.find("updated"), std::string::npos);
    }
  EXPECT_EQ(after + 1, before);
}

TEST(IgnoreText, CutCollapsesTheGapAndHandlesEmptyMatches) {
  const IgnoredText stamps({"\\[[0-9]+\\]"});
  EXPECT_EQ(stamps.cut("figures [12] rose [3] sharply"), "figures rose sharply");
  EXPECT_EQ(stamps.cut("no stamps"), "no stamps");
  const IgnoredText empty_match({"x*"});
  EXPECT_EQ(empty_match.cut("abc"), "abc");
  EXPECT_EQ(empty_match.cut("axxb"), "a b");
}

TEST(IgnoreText, BadPatternsAreRefusedByName) {
  try {
    IgnoredText bad({"ok", "(unclosed"});
    FAIL() << "accepted";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("--ignore: bad regular expression '(unclosed'"),
              std::string::npos)
        << e.what();
  }
  EXPECT_THROW(IgnoredText({""}), InputError);
}

}  // namespace
}  // namespace yoy
