#pragma once
// The analysis of stored reports, kept with the archive: a report's Document
// (sections, comparison forms, sentences, statistics) by the blob it was
// parsed from and the parser's version, so that later diffs, log, blame and
// summary never parse the same blob twice. An entry that is foreign, damaged
// or made by another parser is ignored and made again; an archive that cannot
// be written (read-only, --no-cache) is only read from.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "yoy/archive/archive.h"
#include "yoy/model/model.h"

namespace yoy {

class AnalysisCache {
 public:
  explicit AnalysisCache(const Archive& archive);
  AnalysisCache(const AnalysisCache&) = delete;
  AnalysisCache& operator=(const AnalysisCache&) = delete;

  // The kept analysis of a stored report of blob_bytes bytes, still encoded
  // (on the archive's thread); nullopt when none is kept, or the entry is larger
  // than any analysis of such a report (max_analysis_bytes) or not sealed by
  // this archive (Archive::cached).
  std::optional<std::string> find(const ReportEntry& entry, std::size_t blob_bytes) const;
  // Writes an encoded analysis as an object now and queues it for flush()
  // (on the archive's thread; each thread owns its Archive and its cache).
  void keep(const ReportEntry& entry, const std::string& encoded);
  // The headlines of an edition's reports (each its title and rating, no
  // sections: what yoy tiers reads), in `entries` order, kept as one object
  // per edition listing (one write per edition, not one per report). nullopt
  // unless every entry's headline is there, sound and this entry's.
  std::optional<std::vector<Document>> find_headlines(const std::vector<ReportEntry>& entries,
                                                      const std::string& series, int year) const;
  void keep_headlines(const std::vector<ReportEntry>& entries,
                      const std::vector<Document>& documents);
  // Takes over what another cache (another thread's) queued.
  void absorb(AnalysisCache& other);
  // Names what was queued in the archive's cache ref; false when nothing could be kept.
  // Never throws.
  bool flush();
  std::size_t queued() const { return queue_.size(); }

  // Any thread. nullopt when the bytes are not this report's analysis by this parser.
  static std::optional<Document> decode(std::string_view encoded, const ReportEntry& entry,
                                        const std::string& series, int year);
  // Any thread. The same blob serves every edition that holds it: decode() gives
  // the Document the coordinates (series, year, source path) of the one asked for.
  static std::string encode(const Document& document, const ReportEntry& entry);
  // A report's headline: the Document without its sections. A headline never
  // decodes as an analysis, nor an analysis as a headline (their contexts differ).
  static std::optional<Document> decode_headline(std::string_view encoded, const ReportEntry& entry,
                                                 const std::string& series, int year);
  static std::string encode_headline(const Document& document, const ReportEntry& entry);

 private:
  std::optional<std::string> find_key(const std::string& key, std::size_t max_bytes) const;
  void keep_key(const std::string& key, const std::string& encoded);

  const Archive& archive_;
  std::vector<std::pair<std::string, std::string>> queue_;  // key -> object id
};

// The largest analysis kept for a report of blob_bytes bytes: its encoding
// holds the text about twice (as written and compared), sentences by
// reference, statistics and paths; measured on the factbook corpus and
// corpus/ at most MEASURED times the report. Anything larger is no analysis of ours.
inline constexpr std::size_t kAnalysisBytesPerByte = 16;
inline constexpr std::size_t kAnalysisSlackBytes = std::size_t{64} << 10;
std::size_t max_analysis_bytes(std::size_t blob_bytes);
// A headline (title, rating, id) is a few hundred bytes at most.
inline constexpr std::size_t kMaxHeadlineBytes = std::size_t{64} << 10;

// The cache's version: the Document codec's and the parser's (hex, for the ref name).
const std::string& analysis_version();

// Blocks with their sentences (analyzed), to tell when an analysis grew.
std::size_t analyzed_blocks(const Document& document);

}  // namespace yoy
