// The one loader of stored reports: full, deferred and headline loads of a
// real factbook profile (../shared) and a TIP narrative, from the stored
// bytes and then from the kept analysis; what keep_analysis keeps; --max-input
// guarding kept analyses too.
#include "yoy/app/stored_report.h"

#include <gtest/gtest.h>

#include "support/factbook_archive.h"
#include "support/scratch_dir.h"
#include "support/tip_reports.h"
#include "yoy/util/error.h"

namespace yoy {
namespace {

std::size_t blocks_of(const Document& document) {
  std::size_t n = 0;
  for (const Section& section : document.sections) n += section.blocks.size();
  return n;
}

TEST(StoredReport, FullDeferredAndHeadlineLoadsOfAFactbookProfile) {
  test::ScratchDir dir;
  if (!test::make_factbook_archive(dir / "archive", {"kn"}))
    GTEST_SKIP() << "no shared factbook corpus (../shared/corpus/factbook)";
  Archive archive = Archive::open(dir / "archive", false);
  const int year = archive.years("factbook").back();
  const ReportEntry entry = *archive.find("factbook", year, "kn");
  AnalysisCache cache(archive);

  // Nothing kept yet: parsed from the stored bytes.
  StoredDocument deferred =
      load_stored(archive, cache, "factbook", year, entry, Analysis::deferred);
  EXPECT_TRUE(deferred.parsed);
  EXPECT_EQ(deferred.document.id, "kn");
  EXPECT_EQ(deferred.document.year, year);
  EXPECT_GT(blocks_of(deferred.document), 100u);
  EXPECT_EQ(analyzed_blocks(deferred.document), 0u);  // factbook fields wait for the differ
  StoredDocument full = load_stored(archive, cache, "factbook", year, entry, Analysis::full);
  EXPECT_EQ(analyzed_blocks(full.document), blocks_of(full.document));
  StoredDocument headline =
      load_stored(archive, cache, "factbook", year, entry, Analysis::headline);
  EXPECT_TRUE(headline.document.sections.empty());
  EXPECT_EQ(headline.document.title, full.document.title);

  // Kept deferred (seen once flushed), then loaded full: the kept analysis
  // analyzed further, and kept again.
  keep_analysis(cache, entry, deferred);
  EXPECT_EQ(cache.queued(), 1u);
  EXPECT_TRUE(cache.flush());
  StoredDocument again = load_stored(archive, cache, "factbook", year, entry, Analysis::full);
  EXPECT_FALSE(again.parsed);
  EXPECT_EQ(again.kept_blocks, 0u);
  EXPECT_EQ(analyzed_blocks(again.document), blocks_of(again.document));
  keep_analysis(cache, entry, again);
  EXPECT_EQ(cache.queued(), 1u);
  EXPECT_TRUE(cache.flush());
  StoredDocument kept = load_stored(archive, cache, "factbook", year, entry, Analysis::deferred);
  EXPECT_FALSE(kept.parsed);
  EXPECT_EQ(kept.kept_blocks, blocks_of(kept.document));
  keep_analysis(cache, entry, kept);  // nothing gained: nothing kept
  EXPECT_EQ(cache.queued(), 0u);
}

TEST(StoredReport, ATipNarrativeIsAnalyzedWhateverIsAsked) {
  test::ScratchDir dir;
  Archive archive = Archive::open(dir / "archive", true);
  Edition edition;
  edition.series = "tip";
  edition.year = 2025;
  edition.files.push_back({"north-korea", "txt", test::north_korea_2025(), "north-korea.txt"});
  archive.ingest(edition);
  const ReportEntry entry = *archive.find("tip", 2025, "north-korea");
  AnalysisCache cache(archive);
  const Document deferred =
      load_stored_report(archive, cache, "tip", 2025, entry, Analysis::deferred);
  EXPECT_EQ(deferred.rating.value, "Tier 3");
  EXPECT_EQ(analyzed_blocks(deferred), blocks_of(deferred));  // text profiles analyze as they parse
  EXPECT_EQ(read_document(archive, "tip", 2025, "north-korea").title, deferred.title);
  EXPECT_THROW(read_document(archive, "tip", 2025, "south-korea"), ArchiveError);
  archive.limit_reads(100);  // --max-input: a kept analysis is no way around it
  EXPECT_THROW(load_stored(archive, cache, "tip", 2025, entry, Analysis::headline), InputError);
}

}  // namespace
}  // namespace yoy
