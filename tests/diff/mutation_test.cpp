// Mutation harness: planted edits on the seed narrative, plus formatting
// noise, must be reported exactly — every planted edit found, nothing extra.
// Reproducible: the seed is printed; YOY_MUTATION_SEED=N reruns one seed.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "support/mutate.h"
#include "support/stage_inputs.h"
#include "yoy/diff/diff.h"
#include "yoy/normalize/normalize.h"

using namespace yoy;
using yoy::testing::Expected;
using yoy::testing::Noise;
using yoy::testing::ReportModel;

namespace {

std::string seed_text() {
  std::ifstream in(std::string(YOY_SOURCE_DIR) + "/corpus/tip/2025/north-korea.txt",
                   std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

Document parse(const std::string& text) {
  return yoy::test::parsed_text(text, "mutated.txt", "tip");
}

std::string form(const std::string& s) { return compare_form(s); }

std::string squeeze(const std::string& s) {
  std::string out;
  for (char c : compare_form(s))
    if (c != ' ') out += c;
  return out;
}

template <typename T>
std::vector<T> sorted(std::vector<T> v) {
  std::sort(v.begin(), v.end());
  return v;
}

std::vector<std::string> forms(const std::vector<std::string>& v) {
  std::vector<std::string> out;
  for (const auto& s : v) out.push_back(form(s));
  return sorted(out);
}

std::vector<std::pair<std::string, std::string>> forms(
    const std::vector<std::pair<std::string, std::string>>& v) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& [a, b] : v) out.push_back({form(a), form(b)});
  return sorted(out);
}

// Every way the report disagrees with the planted edits ("" when it matches exactly).
std::string mismatches(const ReportChange& r, const Expected& e) {
  std::ostringstream out;
  std::string direction = r.rating ? yoy::direction_name(r.rating->direction) : "(no rating)";
  if (direction != e.direction)
    out << "rating " << direction << ", planted " << e.direction << "\n";
  std::vector<std::string> added, removed, moved;
  std::vector<std::pair<std::string, std::string>> reworded, stats, modified;
  std::vector<std::string> blocks_moved, extra;
  for (const auto& list : r.lists)
    for (const auto& item : list.items) {
      if (item.change == Change::added)
        added.push_back(item.to);
      else if (item.change == Change::removed)
        removed.push_back(item.from);
      else if (item.change == Change::moved)
        moved.push_back(item.text);
      else if (item.change == Change::reworded)
        reworded.push_back({item.from, item.to});
      else
        extra.push_back("item " + std::string(change_name(item.change)));
    }
  for (const auto& s : r.statistics) {
    // A number changed in place is changed year over year, or restated when its
    // sentence names its period ("as of 2022 there were 80,000 North Koreans").
    if (s.change == Change::changed || s.change == Change::restated)
      stats.push_back({s.from, s.to});
    else
      extra.push_back("statistic " + std::string(change_name(s.change)) + ": " + s.from + s.to +
                      " in " + s.context);
  }
  for (const auto& section : r.sections) {
    if (section.change != Change::modified)
      extra.push_back("section " + section.section + " " + change_name(section.change));
    for (const auto& b : section.blocks) {
      if (b.change == Change::modified) {
        modified.push_back({b.from, b.to});
        std::string new_side, old_side;
        for (const auto& w : b.words) {
          if (w.op != '-') new_side += w.text;
          if (w.op != '+') old_side += w.text;
        }
        if (b.coarse) extra.push_back("coarse block");
        if (squeeze(new_side) != squeeze(b.to)) out << "word runs do not rebuild the new text\n";
        if (squeeze(old_side) != squeeze(b.from)) out << "word runs do not rebuild the old text\n";
      } else if (b.change == Change::moved) {
        blocks_moved.push_back(b.text);
      } else {
        extra.push_back(std::string("block ") + change_name(b.change) + ": " + b.from + b.to);
      }
    }
  }
  auto check = [&](const char* what, auto got, auto want) {
    if (forms(got) != forms(want))
      out << what << ": got " << got.size() << ", planted " << want.size() << "\n";
  };
  check("items added", added, e.items_added);
  check("items removed", removed, e.items_removed);
  check("items moved", moved, e.items_moved);
  check("items reworded", reworded, e.items_reworded);
  check("statistics changed", stats, e.statistics_changed);
  check("blocks modified", modified, e.blocks_modified);
  check("blocks moved", blocks_moved, e.blocks_moved);
  for (const auto& x : extra) out << "extra: " << x << "\n";
  bool planted = !e.log.empty();
  if ((r.change == Change::changed) != planted)
    out << "report change " << change_name(r.change) << "\n";
  return out.str();
}

unsigned base_seed() {
  const char* env = std::getenv("YOY_MUTATION_SEED");
  return env ? static_cast<unsigned>(std::strtoul(env, nullptr, 10)) : 20250601u;
}

}  // namespace

TEST(Mutation, PlantedEditsAreReportedExactly) {
  const std::string text = seed_text();
  ASSERT_FALSE(text.empty());
  const ReportModel base = yoy::testing::model_from_text(text);
  ASSERT_GE(base.parts.size(), 6u);
  const unsigned seed = base_seed();
  const int cases = std::getenv("YOY_MUTATION_SEED") ? 1 : 600;
  std::cout << "mutation seed " << seed << " (" << cases
            << " cases; rerun one with YOY_MUTATION_SEED)\n";
  int failures = 0;
  for (int c = 0; c < cases && failures < 5; ++c) {
    std::mt19937 rng(seed + c);
    ReportModel edited = base;
    Expected e = yoy::testing::plant_edits(edited, rng);
    Noise old_noise = std::uniform_int_distribution<int>(0, 2)(rng) == 0
                          ? yoy::testing::random_noise(rng)
                          : Noise{};
    Noise new_noise = yoy::testing::random_noise(rng);
    const std::string old_text = yoy::testing::render_model(base, old_noise);
    const std::string new_text = yoy::testing::render_model(edited, new_noise);
    if (const char* dump = std::getenv("YOY_MUTATION_DUMP")) {  // to look at one case by hand
      std::ofstream(std::string(dump) + "/old.txt") << old_text;
      std::ofstream(std::string(dump) + "/new.txt") << new_text;
    }
    Document from = parse(old_text);
    Document to = parse(new_text);
    ReportChange r = diff_documents(&from, &to, DiffOptions{});
    std::string wrong = mismatches(r, e);
    if (!wrong.empty()) {
      ++failures;
      std::string log;
      for (const auto& l : e.log) log += "  planted: " + l + "\n";
      ADD_FAILURE() << "seed " << seed + c << "\n" << log << wrong;
    }
  }
}

TEST(Mutation, SeedAgainstItselfReflowedAndCurledIsEmpty) {
  const ReportModel base = yoy::testing::model_from_text(seed_text());
  Noise noise;
  noise.wrap = 60;
  noise.curly = true;
  Document from = parse(yoy::testing::render_model(base, Noise{}));
  Document to = parse(yoy::testing::render_model(base, noise));
  ReportChange r = diff_documents(&from, &to, DiffOptions{});
  EXPECT_EQ(r.change, Change::unchanged);
  EXPECT_TRUE(r.sections.empty());
  EXPECT_TRUE(r.lists.empty());
  EXPECT_TRUE(r.statistics.empty());
  // The original seed file against the reflowed rendering of its model too.
  Document original = parse(seed_text());
  ReportChange r2 = diff_documents(&original, &to, DiffOptions{});
  EXPECT_EQ(r2.change, Change::unchanged) << r2.sections.size() << " sections";
}

// ---- planted edits on older real layouts ---------------------------------
// The seed is the 2025 layout; these plant one edit each in real copies of
// older layouts (tests/fixtures/tip-history): a colon title "SYRIA: TIER 3"
// with a "RECOMMENDATIONS FOR SYRIA" paragraph of semicolon-separated items
// (refworld 2018), the same list with its headings lost (Venezuela 2017,
// ecoi.net), items joined by " • " with no heading (Syria 2020, state.gov), and
// an assessment with figures (Afghanistan 2020, ecoi.net).
namespace {

std::string fixture(const std::string& name) {
  std::ifstream in(std::string(YOY_SOURCE_DIR) + "/tests/fixtures/tip-history/" + name,
                   std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// `text` with its one `from` replaced by `to` ("" when `from` is not there exactly once).
std::string planted(const std::string& text, const std::string& from, const std::string& to) {
  const std::size_t at = text.find(from);
  if (at == std::string::npos || text.find(from, at + 1) != std::string::npos) return "";
  std::string out = text;
  out.replace(at, from.size(), to);
  return out;
}

// Lines longer than `width` broken at spaces: the same words, hard-wrapped.
std::string hard_wrapped(const std::string& text, std::size_t width) {
  std::string out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    while (line.size() > width) {
      std::size_t cut = line.rfind(' ', width);
      if (cut == std::string::npos || cut == 0) break;
      out += line.substr(0, cut) + "\n";
      line = line.substr(cut + 1);
    }
    out += line + "\n";
  }
  return out;
}

struct Found {
  std::string direction;
  int added = 0, removed = 0, reworded = 0, moved = 0, statistics = 0, blocks = 0, other = 0;
};

Found found(const std::string& old_text, const std::string& new_text) {
  Document from = parse(old_text), to = parse(new_text);
  const ReportChange r = diff_documents(&from, &to, DiffOptions{});
  Found f;
  f.direction = r.rating ? yoy::direction_name(r.rating->direction) : "(no rating)";
  for (const auto& list : r.lists)
    for (const auto& item : list.items) {
      if (item.change == Change::added)
        ++f.added;
      else if (item.change == Change::removed)
        ++f.removed;
      else if (item.change == Change::reworded)
        ++f.reworded;
      else if (item.change == Change::moved)
        ++f.moved;
      else if (item.change != Change::unchanged)
        ++f.other;
    }
  for (const auto& s : r.statistics) (s.change == Change::changed ? f.statistics : f.other)++;
  for (const auto& section : r.sections) {
    if (section.change != Change::modified) ++f.other;
    for (const auto& b : section.blocks) (b.change == Change::modified ? f.blocks : f.other)++;
  }
  return f;
}

std::string describe(const Found& f) {
  std::ostringstream out;
  out << "rating " << f.direction << ", items +" << f.added << " -" << f.removed << " ~"
      << f.reworded << " moved " << f.moved << ", statistics " << f.statistics << ", blocks "
      << f.blocks << ", other " << f.other;
  return out.str();
}

struct PlantedCase {
  const char* file;
  const char* what;
  const char* from;
  const char* to;
  Found want;
};

Found want(const char* direction, int added, int removed, int reworded, int statistics = 0,
           int blocks = 0) {
  Found f;
  f.direction = direction;
  f.added = added, f.removed = removed, f.reworded = reworded;
  f.statistics = statistics, f.blocks = blocks;
  return f;
}

}  // namespace

TEST(Mutation, PlantedEditsOnOlderRealLayoutsAreReportedExactly) {
  const std::vector<PlantedCase> cases = {
      {"syria-2018-refworld.txt", "semicolon item dropped",
       "ensure trafficking victims are not punished for crimes committed as a direct result of "
       "having been subjected to trafficking; ",
       "", want("unchanged", 0, 1, 0)},
      {"syria-2018-refworld.txt", "semicolon item reworded",
       "proactively identify potential trafficking victims and provide them",
       "proactively screen vulnerable populations for trafficking victims and provide them",
       want("unchanged", 0, 0, 1)},
      {"syria-2018-refworld.txt", "semicolon item added", "; and prosecute and convict",
       "; criminalize all forms of human trafficking, including forced labor; and prosecute and "
       "convict",
       want("unchanged", 1, 0, 0)},
      {"syria-2018-refworld.txt", "tier changed in a colon title", "SYRIA: TIER 3",
       "SYRIA: TIER 2 WATCH LIST", want("upgrade", 0, 0, 0)},
      {"venezuela-2017-ecoi.txt", "item dropped from a list whose heading was lost",
       "provide specialized services for all trafficking victims, working in partnership with "
       "civil society organizations and other service providers; ",
       "", want("unchanged", 0, 1, 0)},
      {"syria-2020-stategov.txt", "bullet item reworded (no heading)",
       "Criminalize all forms of human trafficking.",
       "Criminalize all forms of sex trafficking and labor trafficking.",
       want("unchanged", 0, 0, 1)},
      {"syria-2020-stategov.txt", "bullet item dropped (no heading)",
       " • Ensure trafficking victims are not punished for crimes traffickers compelled them to "
       "commit, such as child soldiering.",
       "", want("unchanged", 0, 1, 0)},
      {"afghanistan-2020-ecoi.txt", "one figure changed", "prevented the recruitment of 357 child",
       "prevented the recruitment of 457 child", want("unchanged", 0, 0, 0, 1, 1)},
      {"afghanistan-2020-ecoi.txt", "tier changed in the title", "AFGHANISTAN: Tier 3",
       "AFGHANISTAN: Tier 2 Watch List", want("upgrade", 0, 0, 0)},
  };
  for (const PlantedCase& c : cases) {
    SCOPED_TRACE(std::string(c.file) + ": " + c.what);
    const std::string text = fixture(c.file);
    ASSERT_FALSE(text.empty());
    const std::string edited = planted(text, c.from, c.to);
    ASSERT_FALSE(edited.empty()) << "the planted text is not in the copy exactly once";
    EXPECT_EQ(describe(found(text, edited)), describe(c.want));
    // The same edit against a hard-wrapped, re-chromed twin of the old copy.
    const std::string twin = "An official website of the United States government\n\n" +
                             hard_wrapped(text, 60) + "\nShare\n";
    EXPECT_EQ(describe(found(twin, edited)), describe(c.want)) << "against the wrapped twin";
  }
}

TEST(Mutation, OlderRealLayoutsAgainstTheirWrappedRechromedTwinsAreUnchanged) {
  for (const char* file : {"syria-2018-refworld.txt", "venezuela-2017-ecoi.txt",
                           "syria-2020-stategov.txt", "afghanistan-2020-ecoi.txt",
                           "north-korea-2017-ecoi.txt", "turkmenistan-2015-stategov.txt"}) {
    SCOPED_TRACE(file);
    const std::string text = fixture(file);
    ASSERT_FALSE(text.empty());
    const std::string twin = "An official website of the United States government\n\n" +
                             hard_wrapped(text, 60) + "\nShare\n";
    EXPECT_EQ(describe(found(text, twin)), describe(want("unchanged", 0, 0, 0)));
  }
}
