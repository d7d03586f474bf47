// AnalysisCache: Documents by blob id in the archive's cache ref, encoded with
// the Document codec under a context naming the parser version, the blob and
// its file name (the name decides the format and the report's id).
#include "yoy/app/analysis_cache.h"

#include "yoy/model/document_codec.h"
#include "yoy/model/report_path.h"
#include "yoy/parse/parser_version.h"
#include "yoy/util/blob_id.h"

namespace yoy {
namespace {

std::string key_of(const ReportEntry& entry) { return entry.blob_id + "." + entry.path; }
// The blob id has 40 hex digits, so "_h" after it never meets an analysis key.
std::string headline_key_of(const ReportEntry& entry) { return entry.blob_id + "_h." + entry.path; }

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

std::optional<std::string> AnalysisCache::find(const ReportEntry& entry) const {
  return find_key(key_of(entry));
}

std::optional<std::string> AnalysisCache::find_headline(const ReportEntry& entry) const {
  return find_key(headline_key_of(entry));
}

void AnalysisCache::keep(const ReportEntry& entry, const std::string& encoded) {
  keep_key(key_of(entry), encoded);
}

void AnalysisCache::keep_headline(const ReportEntry& entry, const std::string& encoded) {
  keep_key(headline_key_of(entry), encoded);
}

std::optional<std::string> AnalysisCache::find_key(const std::string& key) const {
  try {
    return archive_.cached(analysis_version(), key);
  } catch (...) {
    return std::nullopt;  // the cache is never needed
  }
}

void AnalysisCache::keep_key(const std::string& key, const std::string& encoded) {
  try {
    if (std::optional<std::string> blob = archive_.write_cache_object(encoded))
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
