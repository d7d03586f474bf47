#include "support/fuzz_entries.h"

#include <cstdlib>
#include <optional>

#include "support/document_equal.h"
#include "yoy/diff/diff.h"
#include "yoy/model/changeset.h"
#include "yoy/model/document_codec.h"
#include "yoy/normalize/normalize.h"
#include "yoy/parse/parse.h"
#include "yoy/parse/profiles.h"
#include "yoy/read/html.h"
#include "yoy/render/document_json.h"
#include "yoy/render/render.h"
#include "yoy/tally/count.h"
#include "yoy/util/error.h"

namespace yoy::fuzz {

namespace {

constexpr std::string_view kPairSeparator = "\n%%%%\n";

Document parse_as(std::string_view bytes, Profile profile, const char* path) {
  ParseOptions options;
  options.profile = profile;
  options.source_path = path;
  return parse_document(bytes, options);
}

// Parses, or returns nothing when the input is refused with an InputError.
std::optional<Document> try_parse(std::string_view bytes) {
  try {
    return parse_as(bytes, Profile::automatic, "fuzz.txt");
  } catch (const InputError&) {
    return std::nullopt;
  }
}

void render_all(ChangeSet& changes) {
  summarize(changes);
  RenderOptions options;
  options.include_unchanged = true;
  render_json(changes);
  render_text(changes, options);
  render_markdown(changes, options);
  render_html(changes, options);
}

}  // namespace

void parse_text(std::string_view bytes) {
  // Each profile on its own: one refusing the input must not hide a crash in another.
  for (Profile profile : {Profile::tip, Profile::generic, Profile::automatic}) {
    try {
      Document document = parse_as(bytes, profile, "fuzz.txt");
      document_to_json(document);
      document_to_text(document);
    } catch (const InputError&) {
    }
  }
}

void parse_factbook(std::string_view bytes) {
  Document document = yoy::parse_factbook(bytes, "fuzz.json");
  document_to_json(document);
}

void normalize(std::string_view bytes) {
  check_utf8(bytes, "fuzz.txt");  // the other functions require valid UTF-8
  CleanText text = normalize_text(bytes);
  for (const TextBlock& block : text.blocks) {
    compare_form(block.text);
    split_sentences(block.text);
  }
  compare_form(bytes);
  split_sentences(bytes);
  section_key(bytes);
  decode_entities(bytes);
}

void read_html(std::string_view bytes) {
  CleanText text = yoy::read_html(bytes, "fuzz.html");
  for (const TextBlock& block : text.blocks) compare_form(block.text);
}

void diff(std::string_view bytes) {
  auto [first, second] = split_pair(bytes);
  std::optional<Document> from = try_parse(first);
  std::optional<Document> to = try_parse(second);
  DiffOptions options;
  options.include_unchanged = true;
  ChangeSet changes;
  changes.reports.push_back(diff_documents(from ? &*from : nullptr, to ? &*to : nullptr, options));
  if (from && to) changes.reports.push_back(diff_documents(&*to, &*from, options));
  render_all(changes);
}

std::pair<std::string_view, std::string_view> split_pair(std::string_view bytes) {
  std::size_t at = bytes.find(kPairSeparator);
  if (at == std::string_view::npos) {
    std::size_t half = bytes.size() / 2;
    return {bytes.substr(0, half), bytes.substr(half)};
  }
  return {bytes.substr(0, at), bytes.substr(at + kPairSeparator.size())};
}

std::string join_pair(std::string_view first, std::string_view second) {
  std::string joined(first);
  joined += kPairSeparator;
  joined += second;
  return joined;
}

void decode_document(std::string_view bytes) {
  // As they are (nearly always refused by the checksum), then sealed with a
  // header and checksum so that the decoder's own checks are what stand.
  constexpr std::string_view context = "fuzz";
  (void)yoy::decode_document(bytes, context);
  const std::string header = encode_document(Document{}, context);
  std::string sealed = header.substr(0, 8 + 1 + context.size());  // magic, context
  sealed.append(bytes);
  const std::uint64_t sum = document_checksum(sealed);
  sealed.append(reinterpret_cast<const char*>(&sum), 8);
  const std::optional<Document> document = yoy::decode_document(sealed, context);
  if (!document) return;
  // Whatever it accepts, it must give back the same after a round trip.
  const std::optional<Document> again =
      yoy::decode_document(encode_document(*document, context), context);
  if (!again || !test::document_difference(*document, *again).empty()) std::abort();
}

const std::vector<Target>& targets() {
  static const std::vector<Target> all = {
      {"parse_text", parse_text},
      {"parse_factbook", parse_factbook},
      {"normalize", normalize},
      {"read_html", read_html},
      {"diff", diff},
      {"decode_document", decode_document},
  };
  return all;
}

}  // namespace yoy::fuzz
