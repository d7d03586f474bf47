// --ignore: planted text that should never count is found without it and gone
// with it, while a real change planted beside it is still found.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "support/guarded_run.h"
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

namespace yoy {
namespace {

std::string error_of(const std::vector<std::string>& patterns) {
  try {
    IgnoredText compiled(patterns);
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

// Issue 21: patterns that make a backtracking matcher run for minutes or
// exhaust memory. RE2 has no back-references (one line names the pattern)
// and refuses a program over its memory budget; what it accepts it matches
// in time linear in the text.
TEST(IgnoreText, CatastrophicPatternsAreRefusedOrMatchedLinearly) {
  EXPECT_EQ(
      error_of({"(.*)(.*)(.*)(.*)(.*)\\5\\4\\3\\2\\1z"})
          .rfind("--ignore: bad regular expression '(.*)(.*)(.*)(.*)(.*)\\5\\4\\3\\2\\1z': ", 0),
      0u)
      << error_of({"(.*)(.*)(.*)(.*)(.*)\\5\\4\\3\\2\\1z"});
  EXPECT_EQ(error_of({"((a{0,200}){0,200}){0,200}"}),
            "--ignore: bad regular expression '((a{0,200}){0,200}){0,200}': invalid repetition "
            "size: {0,200} (POSIX extended syntax, as grep -E, without back-references)");
  // Nested stars that backtrack exponentially elsewhere: a 30,000-byte
  // paragraph with no match is cut in one pass.
  const IgnoredText nested({"(a*)*b", "(a|aa)+c", "(x+x+)+y", "(.*a){20}q"});
  const std::string text = std::string(30000, 'a') + " end";
  EXPECT_TRUE(nested.cut(text) == text) << "cut what does not match";
}

// Both sides of the memory budget: each x{1000} is a thousand instructions,
// and 8 MiB holds 698 thousand of them.
std::string thousands(int n) {
  std::string pattern;
  for (int i = 0; i < n; ++i) pattern += "x{1000}";
  return pattern;
}

TEST(IgnoreText, PatternSizeBothSides) {
  EXPECT_EQ(error_of({thousands(698)}), "");
  EXPECT_NE(error_of({thousands(699)}).find("is too large"), std::string::npos)
      << error_of({thousands(699)});
}

// The reproducers through the command line: one line, exit 2, at once.
TEST(IgnoreText, CommandLineRefusesCatastrophicPatternsWithOneLine) {
  for (const char* pattern :
       {"(.*)(.*)(.*)(.*)(.*)\\5\\4\\3\\2\\1z", "((a{0,200}){0,200}){0,200}"}) {
    test::GuardLimits limits;
    limits.seconds = 30;
    const test::GuardedResult r =
        test::run_guarded({YOY_EXE, "compare", kSeed, kSeed, "--ignore", pattern}, limits);
    EXPECT_EQ(r.exit_code, 2) << pattern << ": " << r.describe();
    EXPECT_EQ(r.err.rfind("yoy: --ignore: bad regular expression '", 0), 0u) << r.err;
    EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << r.err;
  }
}

TEST(IgnoreText, PatternCountBothSides) {
  EXPECT_EQ(error_of(std::vector<std::string>(kMaxIgnorePatterns, "stamp")), "");
  EXPECT_EQ(error_of(std::vector<std::string>(kMaxIgnorePatterns + 1, "stamp")),
            "--ignore: 17 patterns, at most 16");
}

// What grep -E means by a pattern is kept: ^ and $ at the paragraph's ends,
// . across a line break, leftmost-longest alternatives, \b, character classes.
TEST(IgnoreText, PosixMeaningIsKept) {
  EXPECT_EQ(IgnoredText({"^Page [0-9]+"}).cut("Page 3 of the report, Page 4"),
            "of the report, Page 4");
  EXPECT_EQ(IgnoredText({"updated.*$"}).cut("Text updated\nMarch 3"), "Text");
  EXPECT_EQ(IgnoredText({"a|ab"}).cut("xaby"), "x y");
  EXPECT_EQ(IgnoredText({"\\bcat\\b"}).cut("cat concatenate cat"), "concatenate");
  EXPECT_EQ(IgnoredText({"[[:digit:]]+ (cases|victims)"}).cut("12 cases and 3 victims"), "and");
  EXPECT_EQ(IgnoredText({"é*"}).cut("aéb"), "a b");
}

}  // namespace
}  // namespace yoy
