// Document ⇄ bytes for the analysis cache. Layout: magic, context, payload,
// then a checksum of everything before it. Numbers are LEB128 varints,
// doubles their 8 bytes (bit for bit), strings length + bytes. What is derived
// from a neighbour is said by reference: a comparison form equal to its text, a
// sentence that is a slice of its block, a field path sharing the previous
// one's prefix, a statistic whose context is its block's path or sentence.
// Every struct is unpacked with a structured binding, so a field added to the
// model fails to compile here until the codec carries it.
#include "yoy/model/document_codec.h"

#include <cstdint>
#include <cstring>
#include <limits>

namespace yoy {
namespace {

constexpr std::string_view kMagic = "yoy.doc2";  // doc2: statistics carry their identity

}  // namespace

// A fast checksum over 8-byte words: corruption shows, nobody is kept out.
std::uint64_t document_checksum(std::string_view bytes) {
  std::uint64_t h = 0x6A09E667F3BCC908ull ^ bytes.size();
  std::size_t i = 0;
  for (; i + 8 <= bytes.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, bytes.data() + i, 8);
    h = (h ^ w) * 0x9E3779B97F4A7C15ull;
    h ^= h >> 29;
  }
  std::uint64_t tail = 0;
  std::memcpy(&tail, bytes.data() + i, bytes.size() - i);
  h = (h ^ tail) * 0x9E3779B97F4A7C15ull;
  return h ^ (h >> 32);
}

namespace {

class Writer {
 public:
  std::string out;

  void number(std::uint64_t v) {
    while (v >= 0x80) {
      out += static_cast<char>((v & 0x7F) | 0x80);
      v >>= 7;
    }
    out += static_cast<char>(v);
  }
  void signed_number(std::int64_t v) {  // zigzag
    number((static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63));
  }
  void text(std::string_view s) {
    number(s.size());
    out.append(s);
  }
  // "" for `same`, else the text (0 means same; n + 1 a text of n bytes).
  void text_or_same(std::string_view s, std::string_view same) {
    if (s == same) return number(0);
    number(s.size() + 1);
    out.append(s);
  }
  void real(double v) {
    char bytes[8];
    std::memcpy(bytes, &v, 8);
    out.append(bytes, 8);
  }
};

class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}
  bool ok = true;

  std::size_t left() const { return bytes_.size() - at_; }

  std::uint64_t number() {
    std::uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (at_ >= bytes_.size()) return fail();
      const unsigned char c = static_cast<unsigned char>(bytes_[at_++]);
      v |= static_cast<std::uint64_t>(c & 0x7F) << shift;
      if (!(c & 0x80)) return v;
    }
    return fail();
  }
  std::int64_t signed_number() {
    const std::uint64_t z = number();
    return static_cast<std::int64_t>(z >> 1) ^ -static_cast<std::int64_t>(z & 1);
  }
  // A count of things each taking at least one byte: never more than are left.
  std::size_t count() {
    const std::uint64_t n = number();
    if (n > left()) return fail();
    return static_cast<std::size_t>(n);
  }
  std::string_view bytes(std::size_t n) {
    if (n > left()) {
      fail();
      return {};
    }
    const std::string_view s = bytes_.substr(at_, n);
    at_ += n;
    return s;
  }
  std::string text() { return std::string(bytes(count())); }
  std::string text_or_same(std::string_view same) {
    const std::size_t n = count();
    if (n == 0) return std::string(same);
    return std::string(bytes(n - 1));
  }
  double real() {
    const std::string_view b = bytes(8);
    double v = 0;
    if (b.size() == 8) std::memcpy(&v, b.data(), 8);
    return v;
  }
  bool flag() {
    const std::uint64_t v = number();
    if (v > 1) fail();
    return v == 1;
  }
  std::uint64_t fail() {
    ok = false;
    at_ = bytes_.size();  // everything after reads as missing
    return 0;
  }

 private:
  std::string_view bytes_;
  std::size_t at_ = 0;
};

// How a sentence's text is given: as written, or as a slice of its block's text.
enum SentenceForm : std::uint64_t { kSentenceText = 0, kSentenceSlice = 1 };
// How a statistic's context is given.
enum ContextForm : std::uint64_t { kContextText = 0, kContextPath = 1, kContextSentence = 2 };

std::size_t common_prefix(std::string_view a, std::string_view b) {
  std::size_t n = 0;
  while (n < a.size() && n < b.size() && a[n] == b[n]) ++n;
  return n;
}

void write_statistic(Writer& w, const Statistic& statistic, const Block& block) {
  const auto& [surface, values, qualifier, unit, sentence, context, measure, subject, period,
               relative, vague, converted, measure_from_unit] = statistic;
  w.text(surface);
  w.number(values.size());
  for (double v : values) w.real(v);
  w.text(qualifier);
  w.text(unit);
  w.number(sentence);
  if (context == block.path) {
    w.number(kContextPath);
  } else if (sentence < block.sentences.size() && context == block.sentences[sentence].text) {
    w.number(kContextSentence);
  } else {
    w.number(kContextText);
    w.text(context);
  }
  w.text(measure);
  w.text(subject);
  w.text(period);
  // The relative period and the three flags in one number.
  w.number(static_cast<std::uint64_t>(relative) << 3 | (measure_from_unit ? 4u : 0u) |
           (vague ? 2u : 0u) | (converted ? 1u : 0u));
}

void write_block(Writer& w, const Block& block, std::string_view previous_path) {
  const auto& [kind, text, compare, sentences, statistics, span, path] = block;
  w.number(static_cast<std::uint64_t>(kind));
  w.text(text);
  w.text_or_same(compare, text);
  const std::size_t shared = common_prefix(path, previous_path);
  w.number(shared);
  w.text(std::string_view(path).substr(shared));
  const auto& [begin, end] = span;
  w.number(begin);
  w.number(end);
  w.number(sentences.size());
  std::size_t cursor = 0;  // sentences are found in order
  for (const Sentence& sentence : sentences) {
    const auto& [sentence_text, sentence_compare] = sentence;
    const std::size_t at =
        sentence_text.empty() ? std::string::npos : text.find(sentence_text, cursor);
    if (at != std::string::npos) {
      w.number(kSentenceSlice);
      w.number(at);
      w.number(sentence_text.size());
      cursor = at + sentence_text.size();
    } else {
      w.number(kSentenceText);
      w.text(sentence_text);
    }
    w.text_or_same(sentence_compare, sentence_text);
  }
  w.number(statistics.size());
  for (const Statistic& statistic : statistics) write_statistic(w, statistic, block);
}

bool read_statistic(Reader& r, Statistic& statistic, const Block& block) {
  auto& [surface, values, qualifier, unit, sentence, context, measure, subject, period, relative,
         vague, converted, measure_from_unit] = statistic;
  surface = r.text();
  const std::size_t n = r.count();
  if (n > r.left() / 8) return r.fail();
  values.reserve(n);
  for (std::size_t i = 0; i < n; ++i) values.push_back(r.real());
  qualifier = r.text();
  unit = r.text();
  sentence = static_cast<std::size_t>(r.number());
  if (sentence >= block.sentences.size()) return r.fail();  // statistics sit in a sentence
  switch (r.number()) {
    case kContextText:
      context = r.text();
      break;
    case kContextPath:
      context = block.path;
      break;
    case kContextSentence:
      context = block.sentences[sentence].text;
      break;
    default:
      return r.fail();
  }
  measure = r.text();
  subject = r.text();
  period = r.text();
  const std::uint64_t flags = r.number();
  if (flags >> 3 > static_cast<std::uint64_t>(RelativePeriod::previous)) return r.fail();
  relative = static_cast<RelativePeriod>(flags >> 3);
  measure_from_unit = flags & 4u;
  vague = flags & 2u;
  converted = flags & 1u;
  return r.ok;
}

bool read_block(Reader& r, Block& block, std::string_view previous_path) {
  auto& [kind, text, compare, sentences, statistics, span, path] = block;
  const std::uint64_t k = r.number();
  if (k > static_cast<std::uint64_t>(BlockKind::field)) return r.fail();
  kind = static_cast<BlockKind>(k);
  text = r.text();
  compare = r.text_or_same(text);
  const std::uint64_t shared = r.number();
  if (shared > previous_path.size()) return r.fail();
  path.assign(previous_path.substr(0, shared));
  path += r.bytes(r.count());
  auto& [begin, end] = span;
  begin = static_cast<std::size_t>(r.number());
  end = static_cast<std::size_t>(r.number());
  const std::size_t n = r.count();
  sentences.resize(n);
  for (Sentence& sentence : sentences) {
    auto& [sentence_text, sentence_compare] = sentence;
    switch (r.number()) {
      case kSentenceSlice: {
        const std::uint64_t at = r.number();
        const std::uint64_t length = r.number();
        if (at > text.size() || length > text.size() - at) return r.fail();
        sentence_text.assign(text, static_cast<std::size_t>(at), static_cast<std::size_t>(length));
        break;
      }
      case kSentenceText:
        sentence_text = r.text();
        break;
      default:
        return r.fail();
    }
    sentence_compare = r.text_or_same(sentence_text);
    if (!r.ok) return false;
  }
  statistics.resize(r.count());
  for (Statistic& statistic : statistics)
    if (!read_statistic(r, statistic, block)) return false;
  return r.ok;
}

void write_payload(Writer& w, const Document& document) {
  const auto& [profile, series, id, year, title, rating, sections, source_path, source_hash, tags,
               warnings] = document;
  w.text(profile);
  w.text(series);
  w.text(id);
  w.signed_number(year);
  w.text(title);
  const auto& [scale, value, stated, rating_source] = rating;
  w.text(scale);
  w.text(value);
  w.number(static_cast<std::uint64_t>(stated));
  w.text(rating_source);
  w.number(sections.size());
  std::string_view previous_path;
  for (const Section& section : sections) {
    const auto& [heading, key, is_list, blocks] = section;
    w.text(heading);
    w.text(key);
    w.number(is_list ? 1 : 0);
    w.number(blocks.size());
    for (const Block& block : blocks) {
      write_block(w, block, previous_path);
      previous_path = block.path;
    }
  }
  w.text(source_path);
  w.text(source_hash);
  w.number(tags.size());
  for (const std::string& tag : tags) w.text(tag);
  w.number(warnings.size());
  for (const std::string& warning : warnings) w.text(warning);
}

bool read_payload(Reader& r, Document& document) {
  auto& [profile, series, id, year, title, rating, sections, source_path, source_hash, tags,
         warnings] = document;
  profile = r.text();
  series = r.text();
  id = r.text();
  const std::int64_t y = r.signed_number();
  if (y < std::numeric_limits<int>::min() || y > std::numeric_limits<int>::max()) return r.fail();
  year = static_cast<int>(y);
  title = r.text();
  auto& [scale, value, stated, rating_source] = rating;
  scale = r.text();
  value = r.text();
  const std::uint64_t movement = r.number();
  if (movement > static_cast<std::uint64_t>(StatedMovement::remained)) return r.fail();
  stated = static_cast<StatedMovement>(movement);
  rating_source = r.text();
  sections.resize(r.count());
  const std::string* previous_path = nullptr;
  static const std::string none;
  for (Section& section : sections) {
    auto& [heading, key, is_list, blocks] = section;
    heading = r.text();
    key = r.text();
    is_list = r.flag();
    blocks.resize(r.count());
    for (Block& block : blocks) {
      if (!read_block(r, block, previous_path ? *previous_path : none)) return false;
      previous_path = &block.path;
    }
    if (!r.ok) return false;
  }
  source_path = r.text();
  source_hash = r.text();
  tags.resize(r.count());
  for (std::string& tag : tags) tag = r.text();
  warnings.resize(r.count());
  for (std::string& warning : warnings) warning = r.text();
  return r.ok;
}

}  // namespace

std::string encode_document(const Document& document, std::string_view context) {
  Writer w;
  w.out.reserve(4096);
  w.out.append(kMagic);
  w.text(context);
  write_payload(w, document);
  const std::uint64_t sum = document_checksum(w.out);
  char bytes[8];
  std::memcpy(bytes, &sum, 8);
  w.out.append(bytes, 8);
  return std::move(w.out);
}

std::optional<Document> decode_document(std::string_view bytes, std::string_view context) {
  if (bytes.size() < kMagic.size() + 8 || bytes.substr(0, kMagic.size()) != kMagic)
    return std::nullopt;
  const std::string_view body = bytes.substr(0, bytes.size() - 8);
  std::uint64_t sum = 0;
  std::memcpy(&sum, bytes.data() + body.size(), 8);
  if (sum != document_checksum(body)) return std::nullopt;
  Reader r(body.substr(kMagic.size()));
  if (r.bytes(r.count()) != context || !r.ok) return std::nullopt;
  Document document;
  if (!read_payload(r, document) || r.left() != 0) return std::nullopt;
  return document;
}

}  // namespace yoy
