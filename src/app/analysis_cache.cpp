// AnalysisCache: Documents by blob id in the archive's cache ref, encoded with
// the Document codec under a context naming the parser version, the blob and
// its file name (the name decides the format and the report's id).
#include "yoy/app/analysis_cache.h"

#include <cstddef>
#include <cstdint>

#include "yoy/model/document_codec.h"
#include "yoy/model/report_path.h"
#include "yoy/parse/parser_version.h"
#include "yoy/util/blob_id.h"

namespace yoy {
namespace {

std::string key_of(const ReportEntry& entry) { return entry.blob_id + "." + entry.path; }
// An edition listing's headlines: the listing's hash has 40 hex digits, so
// "_e" after it never meets an analysis key (a blob id and ".").
std::string headlines_key_of(const std::vector<ReportEntry>& entries) {
  std::string listing;
  for (const ReportEntry& entry : entries) listing += entry.blob_id + " " + entry.path + "\n";
  return git_blob_id(listing) + "_e.headlines";
}

// Headlines one after another, each behind its length (8 bytes, little-endian).
void append_framed(std::string& out, const std::string& bytes) {
  std::uint64_t n = bytes.size();
  for (int i = 0; i < 8; ++i) out += static_cast<char>((n >> (8 * i)) & 0xFF);
  out += bytes;
}

std::optional<std::string_view> next_framed(std::string_view& in) {
  if (in.size() < 8) return std::nullopt;
  std::uint64_t n = 0;
  for (int i = 0; i < 8; ++i) n |= std::uint64_t(static_cast<unsigned char>(in[i])) << (8 * i);
  in.remove_prefix(8);
  if (n > in.size()) return std::nullopt;
  std::string_view bytes = in.substr(0, n);
  in.remove_prefix(n);
  return bytes;
}

std::string context_of(const ReportEntry& entry) {
  return parser_version() + "\n" + entry.blob_id + "\n" + entry.path;
}
std::string headline_context_of(const ReportEntry& entry) {
  return context_of(entry) + "\nheadline";
}

// The archive's coordinates of the edition asked for (the same blob serves every edition holding
// it).
std::optional<Document> placed(std::optional<Document> document, const ReportEntry& entry,
                               const std::string& series, int year) {
  if (!document) return std::nullopt;
  document->series = series;
  document->year = year;
  document->source_path = archive_path(series, year, entry.path);
  return document;
}

}  // namespace

std::size_t max_analysis_bytes(std::size_t blob_bytes) {
  return blob_bytes > (SIZE_MAX - kAnalysisSlackBytes) / kAnalysisBytesPerByte
             ? SIZE_MAX
             : blob_bytes * kAnalysisBytesPerByte + kAnalysisSlackBytes;
}

const std::string& analysis_version() {
  static const std::string version =
      git_blob_id("yoy analysis cache\n" + parser_version()).substr(0, 20);
  return version;
}

std::size_t analyzed_blocks(const Document& document) {
  std::size_t n = 0;
  for (const Section& section : document.sections)
    for (const Block& block : section.blocks) n += block.sentences.empty() ? 0 : 1;
  return n;
}

AnalysisCache::AnalysisCache(const Archive& archive) : archive_(archive) {}

std::optional<std::string> AnalysisCache::find(const ReportEntry& entry,
                                               std::size_t blob_bytes) const {
  return find_key(key_of(entry), max_analysis_bytes(blob_bytes));
}

std::optional<std::vector<Document>> AnalysisCache::find_headlines(
    const std::vector<ReportEntry>& entries, const std::string& series, int year) const {
  const std::optional<std::string> kept =
      find_key(headlines_key_of(entries), entries.size() * kMaxHeadlineBytes);
  if (!kept) return std::nullopt;
  std::string_view in = *kept;
  std::vector<Document> headlines;
  for (const ReportEntry& entry : entries) {
    std::optional<std::string_view> bytes = next_framed(in);
    if (!bytes) return std::nullopt;
    std::optional<Document> headline = decode_headline(*bytes, entry, series, year);
    if (!headline) return std::nullopt;
    headlines.push_back(std::move(*headline));
  }
  if (!in.empty()) return std::nullopt;
  return headlines;
}

void AnalysisCache::keep_headlines(const std::vector<ReportEntry>& entries,
                                   const std::vector<Document>& documents) {
  if (entries.size() != documents.size()) return;
  std::string encoded;
  for (std::size_t i = 0; i < entries.size(); ++i)
    append_framed(encoded, encode_headline(documents[i], entries[i]));
  keep_key(headlines_key_of(entries), encoded);
}

void AnalysisCache::keep(const ReportEntry& entry, const std::string& encoded) {
  keep_key(key_of(entry), encoded);
}

std::optional<std::string> AnalysisCache::find_key(const std::string& key,
                                                   std::size_t max_bytes) const {
  try {
    return archive_.cached(analysis_version(), key, max_bytes);
  } catch (...) {
    return std::nullopt;  // the cache is never needed
  }
}

void AnalysisCache::keep_key(const std::string& key, const std::string& encoded) {
  try {
    if (std::optional<std::string> blob = archive_.write_cache_object(key, encoded))
      queue_.emplace_back(key, std::move(*blob));
  } catch (...) {  // the cache is never needed
  }
}

void AnalysisCache::absorb(AnalysisCache& other) {
  for (auto& entry : other.queue_) queue_.push_back(std::move(entry));
  other.queue_.clear();
}

bool AnalysisCache::flush() {
  if (queue_.empty()) return false;
  bool kept = false;
  try {
    kept = archive_.keep_cached_objects(analysis_version(), queue_);
  } catch (...) {
  }
  queue_.clear();
  return kept;
}

std::optional<Document> AnalysisCache::decode(std::string_view encoded, const ReportEntry& entry,
                                              const std::string& series, int year) {
  return placed(decode_document(encoded, context_of(entry)), entry, series, year);
}

std::string AnalysisCache::encode(const Document& document, const ReportEntry& entry) {
  // The coordinates it holds are those of the edition it was first read from;
  // decode() puts the reading edition's in their place.
  return encode_document(document, context_of(entry));
}

std::optional<Document> AnalysisCache::decode_headline(std::string_view encoded,
                                                       const ReportEntry& entry,
                                                       const std::string& series, int year) {
  return placed(decode_document(encoded, headline_context_of(entry)), entry, series, year);
}

std::string AnalysisCache::encode_headline(const Document& document, const ReportEntry& entry) {
  Document headline;
  headline.profile = document.profile;
  headline.id = document.id;
  headline.title = document.title;
  headline.rating = document.rating;
  headline.source_hash = document.source_hash;
  return encode_document(headline, headline_context_of(entry));
}

}  // namespace yoy
