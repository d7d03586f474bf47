// World Factbook profile: nested JSON → Document. Top-level keys are sections,
// nested keys form a field path, every leaf text is a `field` block.
// Parsed with nlohmann's SAX interface: keys keep their document order (the DOM
// would sort them), nothing is built that is thrown away, and nesting depth is
// bounded before anything deep is allocated.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "parse/tier_phrases.h"
#include "yoy/normalize/normalize.h"
#include "yoy/parse/profiles.h"
#include "yoy/util/ascii.h"
#include "yoy/util/error.h"
#include "yoy/util/limits.h"
#include "yoy/util/text_position.h"

namespace yoy {
namespace {

constexpr std::size_t kMaxDepth = limits::kMaxJsonDepth;
constexpr const char* kPathSeparator = " > ";

// ---- text of a leaf -------------------------------------------------------

// Tags that break a line; every other tag (strong, em, a, span, ...) is inline
// and vanishes without a trace.
bool is_block_tag(std::string_view name) {
  static constexpr std::array<std::string_view, 17> kBlock = {"p",  "br", "div", "li", "ul",   "ol",
                                                              "h1", "h2", "h3",  "h4", "h5",   "h6",
                                                              "tr", "td", "th",  "hr", "table"};
  const std::string n = ascii_lower(name);
  return std::find(kBlock.begin(), kBlock.end(), n) != kBlock.end();
}

// Drops HTML tags; a block tag becomes a line break. A '<' that does not open a
// tag ("<1%") is text.
std::string strip_markup(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    if (s[i] == '<' && i + 1 < s.size()) {
      const char next = s[i + 1];
      if (s.compare(i, 4, "<!--") == 0) {
        const std::size_t end = s.find("-->", i + 4);
        i = end == std::string_view::npos ? s.size() : end + 3;
        continue;
      }
      if (is_ascii_letter(next) || next == '/' || next == '!') {
        const std::size_t end = s.find('>', i + 1);
        if (end != std::string_view::npos) {
          std::size_t name_begin = i + 1 + (next == '/' ? 1 : 0);
          std::size_t name_end = name_begin;
          while (name_end < end && is_ascii_alnum(s[name_end])) ++name_end;
          if (is_block_tag(s.substr(name_begin, name_end - name_begin))) out += '\n';
          i = end + 1;
          continue;
        }
      }
    }
    out += s[i++];
  }
  return out;
}

// Trims every line, drops empty ones: markup-made line breaks and stray
// spaces around them are not content.
std::string tidy_lines(std::string_view s) {
  std::string out;
  std::size_t begin = 0;
  while (begin <= s.size()) {
    std::size_t end = s.find('\n', begin);
    if (end == std::string_view::npos) end = s.size();
    std::size_t a = begin, b = end;
    while (a < b && is_ascii_space(s[a])) ++a;
    while (b > a && is_ascii_space(s[b - 1])) --b;
    if (b > a) {
      if (!out.empty()) out += '\n';
      out.append(s.substr(a, b - a));
    }
    begin = end + 1;
  }
  return out;
}

// Display text of a leaf: markup stripped, entities decoded, lines trimmed.
std::string plain_text(std::string_view raw) {
  return tidy_lines(decode_entities(strip_markup(raw)));
}

// A key of the path, as shown: plain text on one line.
std::string path_component(std::string_view raw) {
  std::string text = plain_text(raw);
  std::replace(text.begin(), text.end(), '\n', ' ');
  return text;
}

// "Population: 26,072,217" one year, "Population: total: 26,298,666, male: ..."
// the next: a field split into parts keeps its identity through its total, so
// a "total" key does not extend the path.
bool is_total(std::string_view key) { return ascii_lower(key) == "total"; }

// ---- the tier rating ------------------------------------------------------

// "Tier 3 — the government ..." → "Tier 3"; "" when the text does not open with
// a tier placement. A tier name followed by ':' heads a list of countries (the
// World profile), not this country's rating.
std::string leading_tier(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && is_ascii_space(text[i])) ++i;
  const std::string_view rest = text.substr(i);
  std::size_t length = 0;
  std::string name = tier_text::tier_at(rest, length);
  if (name.empty() && ascii_istarts_with(rest, "special category"))
    name = "Special Case", length = 16;
  if (name.empty()) return "";
  std::size_t after = length;
  if (after < rest.size() && is_ascii_alnum(rest[after])) return "";
  while (after < rest.size() && is_ascii_space(rest[after])) ++after;
  if (after < rest.size() && rest[after] == ':') return "";
  return name;
}

// ---- where: "east-n-southeast-asia/kn/2024.json", "kn.json" ---------------

struct Origin {
  std::string id;
  int year = 0;
};

Origin origin_of(std::string_view where) {
  std::string_view path = where;
  auto base_of = [](std::string_view p) {
    const std::size_t slash = p.find_last_of("/\\");
    return slash == std::string_view::npos ? p : p.substr(slash + 1);
  };
  std::string_view base = base_of(path);
  std::string_view stem = base.substr(0, base.find('.'));
  Origin origin;
  const bool is_year = stem.size() == 4 && std::all_of(stem.begin(), stem.end(),
                                                       [](char c) { return c >= '0' && c <= '9'; });
  if (is_year) {
    origin.year = std::stoi(std::string(stem));
    const std::size_t slash = path.find_last_of("/\\");
    std::string_view dir = slash == std::string_view::npos ? "" : path.substr(0, slash);
    origin.id = std::string(base_of(dir));
  } else {
    origin.id = std::string(stem);
  }
  return origin;
}

// Offset of the bracket that opens level kMaxDepth + 1 (only run on that error).
std::size_t too_deep_offset(std::string_view bytes) {
  std::size_t depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    const char c = bytes[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      if (++depth > kMaxDepth) return i;
    } else if (c == '}' || c == ']') {
      if (depth > 0) --depth;
    }
  }
  return bytes.size();
}

// ---- the SAX reader -------------------------------------------------------

class FactbookReader final : public nlohmann::json_sax<nlohmann::json> {
 public:
  // shape_only: counts what would be built (fields, sections, path bytes) and builds nothing.
  FactbookReader(Document& document, bool analyze, bool shape_only = false)
      : document_(document), analyze_(analyze), shape_only_(shape_only) {}

  enum class Failure { none, syntax, too_deep, not_object, too_many_blocks, paths_too_long };
  Failure failure = Failure::none;
  std::size_t error_offset = 0;
  std::string error_detail;

  bool null() override { return true; }
  bool boolean(bool value) override { return leaf(value ? "true" : "false"); }
  bool number_integer(number_integer_t value) override { return leaf(std::to_string(value)); }
  bool number_unsigned(number_unsigned_t value) override { return leaf(std::to_string(value)); }
  bool number_float(number_float_t, const string_t& text) override { return leaf(text); }
  bool string(string_t& value) override { return leaf(value); }
  bool binary(binary_t&) override { return true; }

  bool start_object(std::size_t) override { return open(false); }
  bool start_array(std::size_t) override { return open(true); }
  bool end_object() override { return close(); }
  bool end_array() override { return close(); }

  bool key(string_t& value) override {
    key_ = path_component(value);
    return true;
  }

  bool parse_error(std::size_t position, const std::string&,
                   const nlohmann::detail::exception& error) override {
    failure = Failure::syntax;
    // `position` counts the bytes read: the last one is where the parser stopped.
    error_offset = position > 0 ? position - 1 : 0;
    error_detail = json_error_detail(error.what());
    return false;
  }

 private:
  struct Frame {
    bool array = false;
    std::size_t path_size = 0;  // path length to restore on close
  };

  bool open(bool array) {
    if (frames_.empty()) {
      if (array) {
        failure = Failure::not_object;
        return false;
      }
      frames_.push_back({false, 0});
      return true;
    }
    if (frames_.size() >= kMaxDepth) {
      failure = Failure::too_deep;
      return false;
    }
    const std::size_t before = path_.size();
    if (!frames_.back().array) {
      if (frames_.size() == 1) {
        if (!start_section()) return false;
        path_.push_back(key_);
      } else if (!is_total(key_)) {
        path_.push_back(key_);
      }
    }
    frames_.push_back({array, before});
    return true;
  }

  bool close() {
    if (!frames_.empty()) {
      path_.resize(frames_.back().path_size);
      frames_.pop_back();
    }
    return true;
  }

  // Sections and fields both count against the block limit: a million
  // top-level keys are a million sections even when their values are empty.
  bool count_part() {
    if (++parts_ <= limits::kMaxBlocks) return true;
    failure = Failure::too_many_blocks;
    return false;
  }

  bool start_section() {
    if (!count_part()) return false;
    if (shape_only_) return true;
    Section section;
    section.heading = key_;
    section.key = section_key(key_);
    document_.sections.push_back(std::move(section));
    return true;
  }

  // A scalar: {"text": v} belongs to the enclosing path, any other key
  // ("note", "country comparison to the world") extends it.
  bool leaf(std::string_view raw) {
    if (frames_.empty()) {  // a bare scalar document
      failure = Failure::not_object;
      return false;
    }
    const bool in_object = !frames_.back().array;
    if (frames_.size() == 1 && !start_section()) return false;
    const bool with_key = (in_object && key_ != "text" && !is_total(key_)) || path_.empty();
    std::string text = plain_text(raw);
    if (text.empty()) return true;
    if (!count_part()) return false;
    // Each field keeps its whole path: a long key above many fields would be
    // copied into every one of them.
    std::size_t path_bytes = with_key ? key_.size() : 0;
    for (const std::string& part : path_) path_bytes += part.size();
    const std::size_t parts = path_.size() + (with_key ? 1 : 0);
    if (parts > 1) path_bytes += (parts - 1) * std::string_view(kPathSeparator).size();
    path_bytes_ += path_bytes;
    if (path_bytes_ > kMaxFactbookPathBytes) {
      failure = Failure::paths_too_long;
      return false;
    }
    if (shape_only_) return true;
    std::string path;
    path.reserve(path_bytes);
    for (const std::string& part : path_) {
      if (!path.empty()) path += kPathSeparator;
      path += part;
    }
    if (with_key) {
      if (!path.empty()) path += kPathSeparator;
      path += key_;
    }
    Block block;
    block.kind = BlockKind::field;
    block.text = std::move(text);
    block.path = std::move(path);
    if (analyze_)
      analyze_block_for(document_.profile, block);
    else
      block.compare = compare_form(block.text);
    document_.sections.back().blocks.push_back(std::move(block));
    return true;
  }

  Document& document_;
  const bool analyze_;
  const bool shape_only_;
  std::size_t parts_ = 0;       // sections and fields so far
  std::size_t path_bytes_ = 0;  // of every field's path so far
  std::vector<Frame> frames_;
  std::vector<std::string> path_;  // keys of the open objects below the root
  std::string key_;
};

const Block* find_field(const Document& document, std::string_view path) {
  const std::string wanted = ascii_lower(path);
  for (const Section& section : document.sections)
    for (const Block& block : section.blocks)
      if (block.path.size() == wanted.size() && ascii_lower(block.path) == wanted) return &block;
  return nullptr;
}

// The country's name: the conventional short form, else the long form, else
// the union's name, else the id.
std::string title_of(const Document& document) {
  static constexpr std::array<std::string_view, 5> kNamePaths = {
      "Government > Country name > conventional short form",
      "Government > Country name > conventional long form",
      "Government > Union name > conventional short form",
      "Government > Union name > conventional long form", "Government > Country name"};
  for (std::string_view path : kNamePaths) {
    const Block* block = find_field(document, path);
    if (!block) continue;
    const std::string name = block->text.substr(0, block->text.find('\n'));
    if (!name.empty() && ascii_lower(name) != "none") return name;
  }
  return document.id;
}

// Runs the reader over `json`; throws InputError naming where it stopped.
void read_factbook(std::string_view json, std::string_view where, Document& document, bool analyze,
                   bool shape_only) {
  FactbookReader reader(document, analyze, shape_only);
  const bool ok = nlohmann::json::sax_parse(json, &reader);
  const std::string prefix = where.empty() ? std::string("input") : std::string(where);
  if (!ok || reader.failure != FactbookReader::Failure::none) {
    switch (reader.failure) {
      case FactbookReader::Failure::too_deep:
        throw InputError(prefix + ": JSON nested deeper than " + std::to_string(kMaxDepth) +
                         " levels at " + line_column(json, too_deep_offset(json)));
      case FactbookReader::Failure::not_object:
        throw InputError(prefix +
                         ": a factbook profile is a JSON object of sections, this JSON is not");
      case FactbookReader::Failure::too_many_blocks:
        throw InputError(prefix + ": more than " + std::to_string(limits::kMaxBlocks) +
                         " fields and sections, over the limit of " +
                         std::to_string(limits::kMaxBlocks) + " blocks per report");
      case FactbookReader::Failure::paths_too_long:
        throw InputError(prefix + ": the fields' paths (their keys joined) pass " +
                         std::to_string(kMaxFactbookPathBytes) +
                         " bytes in all, the limit per report (a long key above many fields)");
      default:
        throw InputError(prefix + ": malformed JSON at " + line_column(json, reader.error_offset) +
                         ": " + reader.error_detail);
    }
  }
}

}  // namespace

void check_factbook_shape(std::string_view json, std::string_view where) {
  Document unused;
  read_factbook(json, where, unused, false, true);
}

Document parse_factbook(std::string_view json, std::string_view where, bool analyze) {
  Document document;
  document.profile = "factbook";
  document.series = "factbook";
  document.source_path = std::string(where);
  const Origin origin = origin_of(where);
  document.id = origin.id;
  document.year = origin.year;

  read_factbook(json, where, document, analyze, false);
  document.title = title_of(document);
  if (const Block* tier =
          find_field(document, "Transnational Issues > Trafficking in persons > tier rating")) {
    const std::string value = leading_tier(tier->text);
    if (!value.empty()) {
      document.rating.scale = "tier";
      document.rating.value = value;
      document.rating.stated = tier_text::stated_movement(tier->text);
    }
  }
  return document;
}

}  // namespace yoy
