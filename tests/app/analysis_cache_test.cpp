// The analysis cache seen from the commands: the same bytes out with the
// cache off, cold and warm (TIP corpus, factbook editions of ../shared), log,
// blame and tiers served from it, damaged and foreign entries rebuilt, nothing
// written with --no-cache or to a read-only archive.
#include "yoy/app/analysis_cache.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <map>

#include "support/scratch_dir.h"
#include "support/subprocess.h"
#include "support/tip_reports.h"
#include "yoy/app/stored_report.h"
#include "yoy/archive/archive.h"
#include "yoy/util/blob_id.h"

namespace fs = std::filesystem;
using namespace yoy;
using namespace yoy::test;

namespace {

// ../shared beside the repository, or $YOY_SHARED_DIR (a worktree elsewhere).
fs::path shared_dir() {
  const char* env = std::getenv("YOY_SHARED_DIR");
  return env && *env ? fs::path(env) : fs::path(YOY_SOURCE_DIR) / ".." / "shared";
}

CommandResult yoy_run(const std::string& archive, std::vector<std::string> args) {
  args.insert(args.begin(), {YOY_EXE, "--archive", archive});
  return run_command(args);
}

std::string cache_ref_of(const std::string& archive) {
  CommandResult refs = run_command(
      {"git", "--git-dir", archive, "for-each-ref", "--format=%(refname)", "refs/yoy/cache"});
  return refs.out;
}

// Every file under a directory with its bytes.
std::map<std::string, std::string> snapshot(const std::string& dir) {
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir))
    if (entry.is_regular_file()) files[entry.path().string()] = std::to_string(entry.file_size());
  return files;
}

// The TIP corpus of the repository (north-korea 2024 and 2025) in a fresh archive.
// An archive of corpus/ (real TIP history) or, with constructed, of the constructed
// pair (tests/fixtures/constructed: north-korea in 2024 and 2025).
std::string tip_archive(const ScratchDir& dir, bool constructed = true) {
  const std::string archive = dir / "archive";
  const std::string source =
      std::string(YOY_SOURCE_DIR) + (constructed ? "/tests/fixtures/constructed" : "/corpus");
  CommandResult ingest = yoy_run(archive, {"-q", "ingest", source});
  EXPECT_EQ(ingest.exit_code, 0) << ingest.err;
  return archive;
}

// The same command with the cache off, then on twice (cold, warm): the same bytes.
std::string same_three_ways(const std::string& archive, const std::vector<std::string>& args) {
  std::vector<std::string> off = args;
  off.insert(off.begin(), "--no-cache");
  const CommandResult reference = yoy_run(archive, off);
  EXPECT_LE(reference.exit_code, 1) << reference.err;
  const CommandResult cold = yoy_run(archive, args);
  const CommandResult warm = yoy_run(archive, args);
  EXPECT_EQ(cold.exit_code, reference.exit_code);
  EXPECT_EQ(warm.exit_code, reference.exit_code);
  EXPECT_TRUE(cold.out == reference.out) << args[0] << ": cold cache changed the output";
  EXPECT_TRUE(warm.out == reference.out) << args[0] << ": warm cache changed the output";
  EXPECT_EQ(cold.err, reference.err);
  return reference.out;
}

}  // namespace

TEST(AnalysisCache, TipCorpusSameBytesOffColdAndWarm) {
  ScratchDir dir;
  const std::string archive = tip_archive(dir, false);  // the real history in corpus/
  EXPECT_EQ(cache_ref_of(archive), "");                 // ingest analyses nothing
  for (const char* format : {"json", "text", "md"})
    EXPECT_NE(same_three_ways(archive, {"diff", "2015", "2019", "--format", format}), "");
  EXPECT_NE(cache_ref_of(archive), "");
  EXPECT_NE(same_three_ways(archive, {"log", "burma"}), "");
  EXPECT_NE(same_three_ways(archive, {"blame", "north-korea@2025", "--format", "json"}), "");
  EXPECT_NE(same_three_ways(archive, {"check", "2015", "2019", "--format", "junit"}), "");
  for (const char* format : {"text", "json"})
    EXPECT_NE(same_three_ways(archive, {"tiers", "--format", format}), "");
  EXPECT_NE(same_three_ways(archive, {"stats", "burma", "--format", "json"}), "");
}

// yoy tiers keeps each edition's headlines (title and rating of every report)
// as one object, never mistaken for an analysis; a damaged or foreign one is
// made again, a sound one is what tiers shows.
TEST(AnalysisCache, TiersKeepsHeadlinesAndRebuildsDamagedOnes) {
  ScratchDir dir;
  const std::string archive = tip_archive(dir, false);
  const CommandResult reference = yoy_run(archive, {"--no-cache", "tiers", "--format", "json"});
  ASSERT_EQ(reference.exit_code, 0) << reference.err;
  EXPECT_EQ(cache_ref_of(archive), "");
  ASSERT_EQ(yoy_run(archive, {"tiers", "-o", dir / "cold.json"}).exit_code, 0);
  // The key tiers uses: the hash of the edition's listing.
  auto key_of = [](const std::vector<ReportEntry>& entries) {
    std::string listing;
    for (const ReportEntry& entry : entries) listing += entry.blob_id + " " + entry.path + "\n";
    return git_blob_id(listing) + "_e.headlines";
  };
  Archive opened = Archive::open(archive, false);
  const std::vector<ReportEntry> in_2015 = opened.reports("tip", 2015);
  const std::vector<ReportEntry> in_2019 = opened.reports("tip", 2019);
  {
    AnalysisCache cache(opened);
    for (int year : opened.years("tip")) {
      const std::vector<ReportEntry> entries = opened.reports("tip", year);
      const std::optional<std::vector<Document>> headlines =
          cache.find_headlines(entries, "tip", year);
      ASSERT_TRUE(headlines) << year;
      ASSERT_EQ(headlines->size(), entries.size());
      for (std::size_t i = 0; i < entries.size(); ++i) {
        const Document& headline = (*headlines)[i];
        EXPECT_FALSE(cache.find(entries[i], opened.check_blob(entries[i].blob_id)))
            << "tiers keeps headlines, not whole analyses";
        EXPECT_TRUE(headline.sections.empty());
        const Document parsed = parse_stored_report(opened.read_blob(entries[i].blob_id), "tip",
                                                    year, entries[i], false);
        EXPECT_EQ(headline.title, parsed.title) << entries[i].id << " " << year;
        EXPECT_EQ(headline.rating.value, parsed.rating.value) << entries[i].id << " " << year;
        EXPECT_EQ(headline.year, year);
        EXPECT_EQ(headline.source_path, parsed.source_path);
        // A headline is not an analysis, nor another edition's listing its own.
        const std::string one = AnalysisCache::encode_headline(headline, entries[i]);
        EXPECT_FALSE(AnalysisCache::decode(one, entries[i], "tip", year));
        EXPECT_TRUE(AnalysisCache::decode_headline(one, entries[i], "tip", year));
      }
    }
    EXPECT_EQ(cache.find_headlines(in_2015, "tip", 2019)->front().year, 2019)
        << "the coordinates are the caller's";
    // 2015's object is damaged; 2019's holds 2015's (foreign).
    std::string damaged = *opened.cached(analysis_version(), key_of(in_2015));
    const std::string foreign = damaged;
    damaged[damaged.size() / 2] ^= 0x20;
    ASSERT_TRUE(opened.keep_cached(analysis_version(),
                                   {{key_of(in_2015), damaged}, {key_of(in_2019), foreign}}));
    EXPECT_FALSE(cache.find_headlines(in_2015, "tip", 2015));
    EXPECT_FALSE(cache.find_headlines(in_2019, "tip", 2019));
  }
  const CommandResult warm = yoy_run(archive, {"tiers", "--format", "json"});
  EXPECT_EQ(warm.exit_code, 0) << warm.err;
  EXPECT_TRUE(warm.out == reference.out) << "a damaged headline changed the table";
  Archive reopened = Archive::open(archive, false);
  AnalysisCache cache(reopened);
  EXPECT_TRUE(cache.find_headlines(in_2015, "tip", 2015)) << "made again";
  EXPECT_TRUE(cache.find_headlines(in_2019, "tip", 2019)) << "made again";
  // A sound headline is what tiers shows: one that says Tier 1 for Burma 2019 is read, not
  // re-parsed.
  std::vector<Document> forged = *cache.find_headlines(in_2019, "tip", 2019);
  bool planted = false;
  for (Document& headline : forged)
    if (headline.id == "burma") {
      ASSERT_EQ(headline.rating.value, "Tier 3");
      headline.rating.value = "Tier 1";
      planted = true;
    }
  ASSERT_TRUE(planted);
  cache.keep_headlines(in_2019, forged);
  ASSERT_TRUE(cache.flush());
  const CommandResult read_back = yoy_run(archive, {"tiers", "--format", "csv"});
  EXPECT_NE(read_back.out, yoy_run(archive, {"--no-cache", "tiers", "--format", "csv"}).out);
  EXPECT_NE(read_back.out.find("Tier 1"), std::string::npos) << read_back.out;
}

TEST(AnalysisCache, ConstructedPairSameBytesOffColdAndWarm) {
  ScratchDir dir;
  const std::string archive = tip_archive(dir);
  for (const char* format : {"json", "text", "md"})
    EXPECT_NE(same_three_ways(archive, {"diff", "2024", "2025", "--format", format}), "");
  EXPECT_NE(same_three_ways(archive, {"log", "north-korea"}), "");
}

TEST(AnalysisCache, EntriesHoldTheParsedDocumentsAndLogCompletesThem) {
  ScratchDir dir;
  const std::string archive = tip_archive(dir);
  ASSERT_EQ(yoy_run(archive, {"diff", "2024", "2025", "-o", dir / "out.json"}).exit_code, 0);
  Archive opened = Archive::open(archive, false);
  AnalysisCache cache(opened);
  for (int year : {2024, 2025}) {
    const ReportEntry entry = *opened.find("tip", year, "north-korea");
    const std::optional<std::string> kept = cache.find(entry, opened.check_blob(entry.blob_id));
    ASSERT_TRUE(kept) << year;
    const std::optional<Document> document = AnalysisCache::decode(*kept, entry, "tip", year);
    ASSERT_TRUE(document) << year;
    const Document parsed =
        parse_stored_report(opened.read_blob(entry.blob_id), "tip", year, entry);
    EXPECT_EQ(document->year, year);
    EXPECT_EQ(document->source_path, parsed.source_path);
    EXPECT_EQ(document->title, parsed.title);
    EXPECT_EQ(document->rating.value, parsed.rating.value);
    ASSERT_EQ(document->sections.size(), parsed.sections.size());
    EXPECT_EQ(analyzed_blocks(*document), analyzed_blocks(parsed));
    // Another entry's bytes, or another year's coordinates, are not this one.
    const ReportEntry other = *opened.find("tip", year == 2024 ? 2025 : 2024, "north-korea");
    EXPECT_FALSE(AnalysisCache::decode(*kept, other, "tip", year));
  }
}

TEST(AnalysisCache, DamagedAndForeignEntriesAreRebuilt) {
  ScratchDir dir;
  const std::string archive = tip_archive(dir);
  const std::string reference =
      yoy_run(archive, {"--no-cache", "diff", "2024", "2025", "--format", "json"}).out;
  ASSERT_EQ(yoy_run(archive, {"diff", "2024", "2025", "-o", dir / "cold.json"}).exit_code, 0);
  {
    Archive opened = Archive::open(archive, false);
    const ReportEntry old_entry = *opened.find("tip", 2024, "north-korea");
    const ReportEntry new_entry = *opened.find("tip", 2025, "north-korea");
    AnalysisCache cache(opened);
    const std::string old_kept = *cache.find(old_entry, opened.check_blob(old_entry.blob_id));
    std::string damaged = *cache.find(new_entry, opened.check_blob(new_entry.blob_id));
    damaged[damaged.size() / 2] ^= 0x20;
    // 2024's entry is now damaged, 2025's holds 2024's analysis (foreign).
    ASSERT_TRUE(opened.keep_cached(analysis_version(),
                                   {{old_entry.blob_id + "." + old_entry.path, damaged},
                                    {new_entry.blob_id + "." + new_entry.path, old_kept}}));
  }
  CommandResult after = yoy_run(archive, {"diff", "2024", "2025", "--format", "json"});
  EXPECT_EQ(after.exit_code, 0) << after.err;
  EXPECT_TRUE(after.out == reference) << "a damaged cache changed the output";
  // Both were made again from the stored bytes.
  Archive opened = Archive::open(archive, false);
  AnalysisCache cache(opened);
  for (int year : {2024, 2025}) {
    const ReportEntry entry = *opened.find("tip", year, "north-korea");
    const std::optional<std::string> kept = cache.find(entry, opened.check_blob(entry.blob_id));
    ASSERT_TRUE(kept);
    EXPECT_TRUE(AnalysisCache::decode(*kept, entry, "tip", year)) << year;
  }
  EXPECT_TRUE(yoy_run(archive, {"diff", "2024", "2025", "--format", "json"}).out == reference);
}

TEST(AnalysisCache, NoCacheAndReadOnlyArchivesWriteNothing) {
  ScratchDir dir;
  const std::string archive = tip_archive(dir);
  const auto before = snapshot(archive);
  ASSERT_EQ(yoy_run(archive, {"--no-cache", "diff", "2024", "2025"}).exit_code, 0);
  ASSERT_EQ(yoy_run(archive, {"log", "north-korea", "--no-cache"}).exit_code, 0);
  ASSERT_EQ(yoy_run(archive, {"--no-cache", "tiers"}).exit_code, 0);
  ASSERT_EQ(yoy_run(archive, {"--no-cache", "stats", "north-korea"}).exit_code, 0);
  ASSERT_EQ(yoy_run(archive, {"--no-cache", "site", "-o", dir / "site"}).exit_code, 0);
  EXPECT_EQ(snapshot(archive), before);
  for (auto it = fs::recursive_directory_iterator(archive);
       it != fs::recursive_directory_iterator(); ++it)
    fs::permissions(it->path(),
                    fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write,
                    fs::perm_options::remove);
  fs::permissions(archive,
                  fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write,
                  fs::perm_options::remove);
  const CommandResult reading = yoy_run(archive, {"diff", "2024", "2025", "--format", "json"});
  EXPECT_EQ(reading.exit_code, 0) << reading.err;
  EXPECT_EQ(reading.err, "");
  EXPECT_EQ(yoy_run(archive, {"log", "north-korea"}).exit_code, 0);
  EXPECT_EQ(snapshot(archive), before);
  fs::permissions(archive, fs::perms::owner_write, fs::perm_options::add);
  for (auto it = fs::recursive_directory_iterator(archive);
       it != fs::recursive_directory_iterator(); ++it)
    fs::permissions(it->path(), fs::perms::owner_write, fs::perm_options::add);
}

// The whole factbook edition diff (the benchmark's) and a long span, against the cache off.
TEST(AnalysisCache, FactbookEditionDiffsSameBytesOffColdAndWarm) {
  const fs::path corpus = shared_dir() / "corpus/factbook";
  if (!fs::is_directory(corpus)) GTEST_SKIP() << "no factbook corpus at " << corpus;
  ScratchDir dir;
  int files = 0;
  for (const auto& region : fs::directory_iterator(corpus)) {
    if (!region.is_directory() || region.path().filename() == "meta") continue;
    for (const auto& country : fs::directory_iterator(region.path())) {
      for (const char* year : {"2015", "2024", "2025"}) {
        const fs::path file = country.path() / (std::string(year) + ".json");
        if (!fs::exists(file)) continue;
        const fs::path target = fs::path(dir / "corpus/factbook") / year /
                                (country.path().filename().string() + ".json");
        fs::create_directories(target.parent_path());
        fs::copy_file(file, target);
        ++files;
      }
    }
  }
  ASSERT_GT(files, 500);
  const std::string archive = dir / "archive";
  ASSERT_EQ(yoy_run(archive, {"-q", "ingest", dir / "corpus"}).exit_code, 0);
  const std::string json = same_three_ways(archive, {"diff", "2024", "2025", "--format", "json"});
  EXPECT_GT(json.size(), 10u << 20);
  // 2015 cold against a 2025 kept by the first diff, then warm (a few reports: time).
  same_three_ways(archive,
                  {"diff", "2015", "2025", "kn", "ch", "us", "fr", "rs", "--format", "json"});
  same_three_ways(archive, {"log", "kn"});
  // The log analysed 2024 and 2025 in full: the diff still says the same.
  CommandResult again = yoy_run(archive, {"diff", "2024", "2025", "--format", "json"});
  EXPECT_TRUE(again.out == json);
}

namespace {

// Writes `bytes` as the cache entry `key` with plain git (a temporary index
// over the cache ref's tree), as anyone holding a copy of the archive can:
// no yoy involved, so no seal.
void plant_with_git(const std::string& archive, const std::string& key, const std::string& bytes,
                    const ScratchDir& dir) {
  const std::string ref = "refs/yoy/cache/" + analysis_version();
  write_text(dir / "planted", bytes);
  const std::vector<std::string> git = {"git", "--git-dir", archive};
  auto run = [&](std::vector<std::string> args) {
    args.insert(args.begin(), git.begin(), git.end());
    CommandResult r = run_command(args, {"GIT_INDEX_FILE=" + (dir / "plant-index")});
    EXPECT_EQ(r.exit_code, 0) << args[3] << ": " << r.err;
    return r.out.substr(0, r.out.find('\n'));
  };
  const std::string blob = run({"hash-object", "-w", dir / "planted"});
  run({"read-tree", ref});
  run({"update-index", "--add", "--cacheinfo",
       "100644," + blob + "," + key.substr(0, 2) + "/" + key.substr(2)});
  const std::string tree = run({"write-tree"});
  const std::string commit = run({"commit-tree", tree, "-m", "planted"});
  run({"update-ref", ref, commit});
}

// north-korea's analysis or headline, claiming Tier 1 with invented text.
Document forged_north_korea(const Archive& archive, int year) {
  const ReportEntry entry = *archive.find("tip", year, "north-korea");
  Document document = parse_stored_report(archive.read_blob(entry.blob_id), "tip", year, entry);
  EXPECT_NE(document.rating.value, "Tier 1");  // Tier 2 Watch List in 2024, Tier 3 in 2025
  document.rating.value = "Tier 1";
  document.title = "North Korea (Tier 1)";
  document.sections.front().blocks.front().text = "The Government fully meets the standards.";
  return document;
}

std::string headlines_key(const std::vector<ReportEntry>& entries) {
  std::string listing;
  for (const ReportEntry& entry : entries) listing += entry.blob_id + " " + entry.path + "\n";
  return git_blob_id(listing) + "_e.headlines";
}

// What a forged cache could change: the diff, check's verdict, the tier table.
struct Outputs {
  std::string diff, check, tiers;
  int check_status = -1;
  bool operator==(const Outputs& o) const {
    return diff == o.diff && check == o.check && tiers == o.tiers && check_status == o.check_status;
  }
};

Outputs outputs(const std::string& archive, bool cache) {
  std::vector<std::string> off;
  if (!cache) off.push_back("--no-cache");
  auto run = [&](std::vector<std::string> args) {
    args.insert(args.begin(), off.begin(), off.end());
    return yoy_run(archive, args);
  };
  Outputs o;
  o.diff = run({"diff", "2024", "2025", "--format", "json"}).out;
  const CommandResult check = run({"check", "2024", "2025"});
  o.check = check.out;
  o.check_status = check.exit_code;
  o.tiers = run({"tiers", "--format", "csv"}).out;
  return o;
}

}  // namespace

// Issue 21: a planted entry made yoy diff report "north-korea: Tier 3 → Tier 1
// (upgrade)" with invented text while cat and --no-cache showed the truth.
// Entries written with plain git carry no seal; entries sealed in another
// copy of the archive (a copied directory, a tarball) do not check here.
TEST(AnalysisCache, ForgedEntriesNeverChangeWhatIsReported) {
  ScratchDir dir;
  const std::string archive = tip_archive(dir);
  const Outputs truth = outputs(archive, false);
  ASSERT_NE(truth.tiers.find("Tier 3"), std::string::npos) << truth.tiers;
  ASSERT_EQ(truth.tiers.find("Tier 1"), std::string::npos) << truth.tiers;
  ASSERT_TRUE(outputs(archive, true) == truth);  // the cache is made

  // With plain git: each year's analysis and the headlines tiers reads.
  {
    Archive opened = Archive::open(archive, false);
    for (int year : {2024, 2025}) {
      const ReportEntry entry = *opened.find("tip", year, "north-korea");
      const Document forged = forged_north_korea(opened, year);
      plant_with_git(archive, entry.blob_id + "." + entry.path,
                     AnalysisCache::encode(forged, entry), dir);
      const std::vector<ReportEntry> entries = opened.reports("tip", year);
      std::string bundle;
      for (const ReportEntry& e : entries) {
        const std::string one = AnalysisCache::encode_headline(forged, e);
        for (int i = 0; i < 8; ++i) bundle += static_cast<char>((one.size() >> (8 * i)) & 0xFF);
        bundle += one;
      }
      plant_with_git(archive, headlines_key(entries), bundle, dir);
    }
  }
  EXPECT_TRUE(outputs(archive, true) == truth) << "a planted entry changed the output";
  EXPECT_TRUE(outputs(archive, true) == truth);

  // Sealed by yoy in one copy of the archive, believed there (it is that
  // archive's own), then the directory copied: the copy shows the truth.
  const std::string original = dir / "original";
  fs::copy(archive, original, fs::copy_options::recursive);
  {
    Archive opened = Archive::open(original, false);
    AnalysisCache cache(opened);
    for (int year : {2024, 2025}) {
      const ReportEntry entry = *opened.find("tip", year, "north-korea");
      cache.keep(entry, AnalysisCache::encode(forged_north_korea(opened, year), entry));
    }
    ASSERT_TRUE(cache.flush());
  }
  EXPECT_NE(outputs(original, true).diff, truth.diff) << "the archive's own entries are trusted";
  const std::string copied = dir / "copied";
  fs::copy(original, copied, fs::copy_options::recursive);
  EXPECT_TRUE(outputs(copied, true) == outputs(copied, false))
      << "a copied archive believed its entries";
  // git clone --mirror brings the cache ref, never the key.
  const std::string mirror = dir / "mirror";
  ASSERT_EQ(run_command({"git", "clone", "-q", "--mirror", original, mirror}).exit_code, 0);
  EXPECT_NE(cache_ref_of(mirror), "");
  EXPECT_FALSE(fs::exists(fs::path(mirror) / "yoy-cache-key"));
  EXPECT_TRUE(outputs(mirror, true) == outputs(mirror, false))
      << "a mirror believed the original's entries";
}

// A cache entry larger than any analysis of its report is not read at all
// (its size is in the object's header); one just within the bound is read.
TEST(AnalysisCache, EntriesAreBoundedByTheirReportsSize) {
  ScratchDir dir;
  const std::string archive = tip_archive(dir);
  ASSERT_EQ(yoy_run(archive, {"diff", "2024", "2025", "-o", dir / "out.json"}).exit_code, 0);
  Archive opened = Archive::open(archive, false);
  const ReportEntry entry = *opened.find("tip", 2025, "north-korea");
  const std::size_t size = opened.check_blob(entry.blob_id);
  const std::string key = entry.blob_id + "." + entry.path;
  const std::size_t bound = max_analysis_bytes(size);
  EXPECT_EQ(bound, size * kAnalysisBytesPerByte + kAnalysisSlackBytes);
  ASSERT_TRUE(opened.keep_cached(analysis_version(), {{key, std::string(bound, 'x')}}));
  AnalysisCache cache(opened);
  EXPECT_EQ(cache.find(entry, size), std::string(bound, 'x')) << "just within: read";
  ASSERT_TRUE(opened.keep_cached(analysis_version(), {{key, std::string(bound + 1, 'x')}}));
  EXPECT_FALSE(cache.find(entry, size)) << "one byte over: not read";
  // The diff makes it again, and says the truth.
  const std::string truth =
      yoy_run(archive, {"--no-cache", "diff", "2024", "2025", "--format", "json"}).out;
  EXPECT_TRUE(yoy_run(archive, {"diff", "2024", "2025", "--format", "json"}).out == truth);
  EXPECT_TRUE(AnalysisCache::decode(*AnalysisCache(Archive::open(archive, false)).find(entry, size),
                                    entry, "tip", 2025));
}
