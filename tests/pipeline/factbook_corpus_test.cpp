// The factbook profile over the shared corpus of real yearly snapshots
// (../shared/corpus/factbook, skipped when absent), judged through the differ:
// the figures and tiers it reads, formatting-only variants that must be no
// change, and deferred analysis that must say what full analysis says.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "yoy/diff/diff.h"
#include "yoy/parse/block_analysis.h"
#include "yoy/parse/parse.h"
#include "yoy/parse/profiles.h"
#include "yoy/render/render.h"

namespace fs = std::filesystem;
using yoy::Document;

// ---- the shared corpus ----------------------------------------------------

namespace {

const fs::path kCorpus = fs::path(YOY_SOURCE_DIR) / ".." / "shared" / "corpus" / "factbook";

#define REQUIRE_CORPUS()                                       \
  if (!fs::is_directory(kCorpus))                              \
  GTEST_SKIP() << "no factbook corpus at " << kCorpus.string() \
               << " (the shared corpus is not part of the repository)"

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

struct Profile {
  fs::path dir;  // <region>/<code>
  std::vector<int> years;
  std::string name() const {
    return dir.parent_path().filename().string() + "/" + dir.filename().string();
  }
  fs::path file(int year) const { return dir / (std::to_string(year) + ".json"); }
};

std::vector<Profile> corpus_profiles() {
  std::vector<Profile> out;
  for (const auto& region : fs::directory_iterator(kCorpus)) {
    if (!region.is_directory() || region.path().filename() == "meta") continue;
    for (const auto& code : fs::directory_iterator(region.path())) {
      if (!code.is_directory()) continue;
      Profile p{code.path(), {}};
      for (const auto& f : fs::directory_iterator(code.path()))
        if (f.path().extension() == ".json") p.years.push_back(std::stoi(f.path().stem().string()));
      std::sort(p.years.begin(), p.years.end());
      out.push_back(std::move(p));
    }
  }
  std::sort(out.begin(), out.end(),
            [](const Profile& a, const Profile& b) { return a.dir < b.dir; });
  return out;
}

Document parse_file(const fs::path& path) {
  const fs::path rel = fs::relative(path, kCorpus);
  return yoy::parse_factbook(slurp(path), rel.string());
}

// ---- an independent reading of the tier, straight from the raw JSON ----

std::string raw_tier_text(const std::string& bytes) {
  const auto j = nlohmann::json::parse(bytes);
  const auto* p = &j;
  for (const char* key :
       {"Transnational Issues", "Trafficking in persons", "tier rating", "text"}) {
    if (!p->is_object() || !p->contains(key)) return "";
    p = &(*p)[key];
  }
  return p->is_string() ? p->get<std::string>() : "";
}

// Lower-cased tier name ("tier 2 watch list", "special") or "" — with its own
// markup and entity handling, so the profile's is checked, not reused.
std::string raw_tier_name(std::string text) {
  text = std::regex_replace(text, std::regex("<[^>]*>"), " ");
  for (const auto& [entity, character] : std::vector<std::pair<std::string, std::string>>{
           {"&mdash;", "\u2014"}, {"&ndash;", "\u2013"}, {"&nbsp;", " "}, {"&amp;", "&"}}) {
    for (std::size_t at; (at = text.find(entity)) != std::string::npos;)
      text.replace(at, entity.size(), character);
  }
  std::smatch m;
  static const std::regex tier(
      R"(^\s*(tier\s*[123](\s*watch\s*list)?|special\s+(case|category))\b\s*(:?))",
      std::regex::icase);
  if (!std::regex_search(text, m, tier) || m[4].length() > 0) return "";
  std::string name = std::regex_replace(m[1].str(), std::regex(R"(\s+)"), " ");
  std::transform(name.begin(), name.end(), name.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return name.rfind("special", 0) == 0 ? "special" : name;
}

int raw_rank(const std::string& name) {
  if (name == "tier 1") return 0;
  if (name == "tier 2") return 1;
  if (name == "tier 2 watch list") return 2;
  if (name == "tier 3") return 3;
  return -1;
}

// The direction the two tier names give ("" when neither has one).
std::string expected_direction(const std::string& from, const std::string& to) {
  if (from.empty() && to.empty()) return "";
  if (from.empty()) return "new";
  if (to.empty()) return "dropped";
  if (from == to) return "unchanged";
  if (from == "special" || to == "special") return "special";
  return raw_rank(to) < raw_rank(from) ? "upgrade" : "downgrade";
}

// A stated movement agrees with the direction, or it does not. A country with
// no tier field is on Tier 1 or 2, so appearing on the list agrees with
// "downgraded".
bool stated_agrees(const std::string& stated, const std::string& direction) {
  // Against a snapshot without a tier ("new") a stated movement cannot be checked.
  if (stated.empty() || direction == "new") return true;
  return (stated == "upgraded" && direction == "upgrade") ||
         (stated == "downgraded" && direction == "downgrade") ||
         (stated == "remained" && direction == "unchanged");
}

bool no_block_changes(const yoy::ReportChange& change, std::string& why) {
  std::ostringstream out;
  for (const auto& section : change.sections)
    for (const auto& block : section.blocks)
      if (block.change != yoy::Change::unchanged)
        out << section.section << ": " << yoy::change_name(block.change) << " [" << block.from
            << "] -> [" << block.to << "] " << block.text << "\n";
  for (const auto& statistic : change.statistics)
    out << "statistic " << statistic.context << ": " << statistic.from << " -> " << statistic.to
        << "\n";
  if (change.rating && change.rating->direction != yoy::Direction::unchanged)
    out << "rating " << yoy::direction_name(change.rating->direction) << "\n";
  if (change.change != yoy::Change::unchanged)
    out << "report " << yoy::change_name(change.change) << "\n";
  why = out.str();
  return why.empty();
}

}  // namespace

TEST(FactbookCorpus, NorthKoreaPopulationChanges2023To2024) {
  REQUIRE_CORPUS();
  const fs::path kn = kCorpus / "east-n-southeast-asia" / "kn";
  const Document from = parse_file(kn / "2023.json");
  const Document to = parse_file(kn / "2024.json");
  EXPECT_EQ(from.title, "North Korea");
  EXPECT_EQ(to.id, "kn");
  EXPECT_EQ(to.rating.value, "Tier 3");
  // The raw values, read here from the files themselves.
  const auto raw_2023 = nlohmann::json::parse(slurp(kn / "2023.json"));
  const auto raw_2024 = nlohmann::json::parse(slurp(kn / "2024.json"));
  const std::string text_2023 = raw_2023["People and Society"]["Population"]["text"];
  const std::string text_2024 = raw_2024["People and Society"]["Population"]["total"]["text"];
  ASSERT_EQ(text_2023.rfind("26,072,217", 0), 0u) << text_2023;
  ASSERT_EQ(text_2024.rfind("26,298,666", 0), 0u) << text_2024;

  const yoy::ReportChange change = yoy::diff_documents(&from, &to, yoy::DiffOptions{});
  const yoy::StatisticChange* population = nullptr;
  for (const auto& statistic : change.statistics) {
    const bool old_value =
        std::count(statistic.from_values.begin(), statistic.from_values.end(), 26072217.0);
    const bool new_value =
        std::count(statistic.to_values.begin(), statistic.to_values.end(), 26298666.0);
    if (old_value && new_value) population = &statistic;
  }
  ASSERT_NE(population, nullptr) << "no statistic 26,072,217 -> 26,298,666 among "
                                 << change.statistics.size() << " statistic changes";
  EXPECT_EQ(population->change, yoy::Change::changed);
  EXPECT_EQ(population->context, "People and Society > Population");
  EXPECT_NE(population->from.find("26,072,217"), std::string::npos);
  EXPECT_NE(population->to.find("26,298,666"), std::string::npos);
}

TEST(FactbookCorpus, TierDirectionOfEveryYearPairIsTheOneTheTierNamesGive) {
  REQUIRE_CORPUS();
  const auto profiles = corpus_profiles();
  ASSERT_GT(profiles.size(), 100u);
  int pairs = 0, rated_pairs = 0, stated_pairs = 0, moves = 0;
  std::vector<std::string> contradictions;
  for (const Profile& profile : profiles) {
    for (std::size_t i = 1; i < profile.years.size(); ++i) {
      const int year_a = profile.years[i - 1], year_b = profile.years[i];
      const std::string bytes_a = slurp(profile.file(year_a)),
                        bytes_b = slurp(profile.file(year_b));
      const std::string name_a = raw_tier_name(raw_tier_text(bytes_a));
      const std::string name_b = raw_tier_name(raw_tier_text(bytes_b));
      const std::string expected = expected_direction(name_a, name_b);
      const Document a =
          yoy::parse_factbook(bytes_a, profile.name() + "/" + std::to_string(year_a) + ".json");
      const Document b =
          yoy::parse_factbook(bytes_b, profile.name() + "/" + std::to_string(year_b) + ".json");
      const yoy::ReportChange change = yoy::diff_documents(&a, &b, yoy::DiffOptions{});
      const std::string where = profile.name() + " " + std::to_string(year_a) + "->" +
                                std::to_string(year_b) + " [" + name_a + "] -> [" + name_b + "]";
      ++pairs;
      if (expected.empty()) {
        EXPECT_FALSE(change.rating.has_value()) << where;
        continue;
      }
      ++rated_pairs;
      ASSERT_TRUE(change.rating.has_value()) << where;
      const yoy::RatingChange& rating = *change.rating;
      const std::string direction = yoy::direction_name(rating.direction);
      const std::string stated = yoy::stated_name(rating.stated);
      if (expected == "special") {
        // Special Case is off the scale: a change, but neither up nor down.
        EXPECT_NE(direction, "upgrade") << where;
        EXPECT_NE(direction, "downgrade") << where;
        EXPECT_NE(direction, "unchanged") << where;
      } else {
        EXPECT_EQ(direction, expected) << where;
      }
      if (expected == "upgrade" || expected == "downgrade") ++moves;
      // The stated word comes from the new snapshot's own text.
      EXPECT_EQ(rating.stated, b.rating.stated) << where;
      if (stated.empty()) continue;
      ++stated_pairs;
      const bool agrees = stated_agrees(stated, expected);
      EXPECT_EQ(rating.stated_contradicts, !agrees) << where << " stated " << stated;
      if (!agrees) contradictions.push_back(where + " says \"" + stated + "\"");
    }
  }
  std::cout << "[ factbook ] " << pairs << " year pairs, " << rated_pairs << " with a tier, "
            << moves << " moves up or down, " << stated_pairs << " with a stated movement, "
            << contradictions.size() << " where it contradicts the snapshots:\n";
  for (const auto& c : contradictions) std::cout << "[ factbook ]   " << c << "\n";
  // The corpus README: the stated word disagrees with the snapshots in about one
  // pair in seven of those that state one; the exact list is printed above.
  EXPECT_GT(stated_pairs, 50);
  EXPECT_GT(contradictions.size(), std::size_t(stated_pairs) / 12);
  EXPECT_LT(contradictions.size(), std::size_t(stated_pairs) / 4);
  EXPECT_GT(moves, 10);
}

namespace {

// Rewrites every leaf text of a profile (ordered: key order is kept).
void rewrite_texts(nlohmann::ordered_json& j,
                   const std::function<std::string(const std::string&)>& f) {
  for (auto& [key, value] : j.items()) {
    if (value.is_string() && (key == "text" || key == "note"))
      value = f(value.get<std::string>());
    else if (value.is_object() || value.is_array())
      rewrite_texts(value, f);
  }
}

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  for (std::size_t at = 0; (at = s.find(from, at)) != std::string::npos; at += to.size())
    s.replace(at, from.size(), to);
  return s;
}

const std::vector<std::pair<std::string, std::string>> kEntities = {
    {"\u2014", "&mdash;"}, {"\u2013", "&ndash;"}, {"\u2019", "&rsquo;"}, {"\u2018", "&lsquo;"},
    {"\u201c", "&ldquo;"}, {"\u201d", "&rdquo;"}, {"\u00e9", "&eacute;"}};

// Characters → entities (a bare '&' → "&amp;"), or entities → characters.
std::string to_entities(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const bool starts_entity =
        s[i] == '&' && std::regex_search(s.substr(i, 12), std::regex("^&#?[A-Za-z0-9]+;"));
    out += (s[i] == '&' && !starts_entity) ? std::string("&amp;") : std::string(1, s[i]);
  }
  for (const auto& [character, entity] : kEntities) out = replace_all(out, character, entity);
  return out;
}
std::string from_entities(std::string s) {
  for (const auto& [character, entity] : kEntities) s = replace_all(s, entity, character);
  return s;
}
// Inline markup that carries no words, and paragraphs around the whole text.
// Only text between tags is touched: the corpus has tags with style
// attributes ("margin: 0in; line-height: ...") that must stay tags.
std::string with_markup(const std::string& s) {
  std::string out;
  bool in_tag = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '<') in_tag = true;
    if (s[i] == '>') in_tag = false;
    out += s[i];
    if (!in_tag && s[i] == ';' && i + 1 < s.size() && s[i + 1] == ' ') {
      out += "<em> </em>";
      ++i;
    }
  }
  out = replace_all(out, "\u2014 ", "\u2014<strong> </strong>");
  return "<p>" + out + "</p>";
}
// Spaces doubled or turned into tabs, padding at both ends.
std::string with_whitespace(const std::string& s) {
  return "  " + replace_all(replace_all(s, ": ", ":  "), "; ", ";\t ") + " \n";
}

}  // namespace

TEST(FactbookCorpus, EntityMarkupAndWhitespaceOnlyVariantsAreNoChange) {
  REQUIRE_CORPUS();
  struct Variant {
    const char* name;
    std::function<std::string(const std::string&)> rewrite;
  };
  const std::vector<Variant> variants = {
      {"entities", to_entities},
      {"characters", from_entities},
      {"markup", with_markup},
      {"whitespace", with_whitespace},
  };
  int compared = 0, differing_bytes = 0;
  for (const Profile& profile : corpus_profiles()) {
    const int year = profile.years.back();
    const std::string bytes = slurp(profile.file(year));
    const std::string where = profile.name() + "/" + std::to_string(year) + ".json";
    const Document original = yoy::parse_factbook(bytes, where);
    for (const Variant& variant : variants) {
      auto j = nlohmann::ordered_json::parse(bytes);
      rewrite_texts(j, variant.rewrite);
      const std::string changed_bytes = j.dump(1);
      if (changed_bytes != nlohmann::ordered_json::parse(bytes).dump(1)) ++differing_bytes;
      const Document other = yoy::parse_factbook(changed_bytes, where);
      ++compared;
      std::string why;
      EXPECT_TRUE(no_block_changes(yoy::diff_documents(&original, &other, yoy::DiffOptions{}), why))
          << where << " (" << variant.name << " variant):\n"
          << why.substr(0, 2000);
      EXPECT_EQ(other.rating.value, original.rating.value) << where << " " << variant.name;
      EXPECT_EQ(other.title, original.title) << where << " " << variant.name;
    }
  }
  EXPECT_GT(compared, 400);
  EXPECT_GT(differing_bytes, compared / 2) << "the variants must actually differ in bytes";
}

// Deferred analysis (what `yoy diff` does over an archive) must say exactly what
// full analysis says: every consecutive year pair, and first → last, of every
// fourth profile, compared as rendered JSON.
TEST(FactbookCorpus, DeferredAnalysisGivesTheSameChangeSet) {
  REQUIRE_CORPUS();
  auto parse = [](const std::string& bytes, const std::string& where, bool analyze) {
    yoy::ParseOptions options;
    options.source_path = where;
    options.analyze = analyze;
    return yoy::parse_document(bytes, options);
  };
  auto json_of = [](yoy::ReportChange report) {
    yoy::ChangeSet changes;
    changes.reports.push_back(std::move(report));
    return yoy::render_json(changes);
  };
  const auto profiles = corpus_profiles();
  int pairs = 0, deferred_blocks = 0;
  for (std::size_t k = 0; k < profiles.size(); k += 4) {
    const Profile& profile = profiles[k];
    std::vector<std::pair<int, int>> year_pairs;
    for (std::size_t y = 1; y < profile.years.size(); ++y)
      year_pairs.emplace_back(profile.years[y - 1], profile.years[y]);
    if (profile.years.size() > 2)
      year_pairs.emplace_back(profile.years.front(), profile.years.back());
    for (const auto& [from, to] : year_pairs) {
      const std::string a_bytes = slurp(profile.file(from)), b_bytes = slurp(profile.file(to));
      const std::string a_where = profile.name() + "/" + std::to_string(from) + ".json";
      const std::string b_where = profile.name() + "/" + std::to_string(to) + ".json";
      Document lazy_a = parse(a_bytes, a_where, false), lazy_b = parse(b_bytes, b_where, false);
      const std::string lazy = json_of(
          yoy::diff_documents(&lazy_a, &lazy_b, yoy::DiffOptions{}, yoy::profile_analysis()));
      for (const auto& section : lazy_b.sections)
        for (const auto& block : section.blocks) deferred_blocks += block.sentences.empty();
      const Document full_a = parse(a_bytes, a_where, true), full_b = parse(b_bytes, b_where, true);
      EXPECT_EQ(lazy, json_of(yoy::diff_documents(&full_a, &full_b, yoy::DiffOptions{})))
          << profile.name() << " " << from << " -> " << to;
      ++pairs;
    }
  }
  EXPECT_GT(pairs, 200);
  EXPECT_GT(deferred_blocks, 1000) << "identical blocks should have been left unanalyzed";
}

// The real profiles are far from the bounds a profile is held to: a tenth of
// the block limit, a hundredth of the path bytes.
TEST(FactbookCorpus, EveryProfileIsFarFromTheBounds) {
  REQUIRE_CORPUS();
  std::size_t most_blocks = 0, most_path_bytes = 0, files = 0;
  for (const Profile& profile : corpus_profiles())
    for (int year : profile.years) {
      const std::string json = slurp(profile.file(year));
      EXPECT_NO_THROW(yoy::check_factbook_shape(json, profile.name()));
      const yoy::Document d = yoy::parse_factbook(json, profile.file(year).string(), false);
      std::size_t blocks = d.sections.size(), path_bytes = 0;
      for (const yoy::Section& s : d.sections) {
        blocks += s.blocks.size();
        for (const yoy::Block& b : s.blocks) path_bytes += b.path.size();
      }
      most_blocks = std::max(most_blocks, blocks);
      most_path_bytes = std::max(most_path_bytes, path_bytes);
      ++files;
    }
  EXPECT_GT(files, 1000u);
  EXPECT_LT(most_blocks * 10, yoy::limits::kMaxBlocks) << most_blocks;
  EXPECT_LT(most_path_bytes * 100, yoy::kMaxFactbookPathBytes) << most_path_bytes;
  std::cout << "[ factbook ] " << files << " profiles: at most " << most_blocks << " blocks and "
            << most_path_bytes << " bytes of paths\n";
}
