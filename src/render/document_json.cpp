// Document renderers for `yoy parse`: JSON for tools, an outline for people.
#include "yoy/render/document_json.h"

#include <cmath>
#include <nlohmann/json.hpp>
#include <sstream>

namespace yoy {

namespace {

using Json = nlohmann::ordered_json;  // keys in insertion order: deterministic output

const char* kind_name(BlockKind k) {
  switch (k) {
    case BlockKind::paragraph:
      return "paragraph";
    case BlockKind::list_item:
      return "list_item";
    case BlockKind::field:
      return "field";
  }
  return "paragraph";
}

// Whole numbers print without a fraction ("80000", not "80000.0").
Json number(double v) {
  if (std::fabs(v) < 9e15 && v == std::floor(v)) return static_cast<long long>(v);
  return v;
}

Json statistic_json(const Statistic& s) {
  Json values = Json::array();
  for (double v : s.values) values.push_back(number(v));
  Json j{{"surface", s.surface},
         {"values", values},
         {"qualifier", s.qualifier},
         {"unit", s.unit},
         {"sentence", s.sentence},
         {"measure", s.measure},
         {"subject", s.subject.empty() ? Json() : Json(s.subject)},
         {"period", s.period.empty() ? Json() : Json(s.period)}};
  if (s.relative != RelativePeriod::none)
    j["relative_period"] = s.relative == RelativePeriod::current ? "current" : "previous";
  if (s.vague) j["vague"] = true;
  if (s.converted) j["converted"] = true;
  return j;
}

Json block_json(const Block& b) {
  Json j{{"kind", kind_name(b.kind)}, {"text", b.text}};
  if (!b.path.empty()) j["path"] = b.path;
  j["span"] = Json::array({b.span.begin, b.span.end});
  Json sentences = Json::array();
  for (const Sentence& s : b.sentences) sentences.push_back(s.text);
  j["sentences"] = sentences;
  Json statistics = Json::array();
  for (const Statistic& s : b.statistics) statistics.push_back(statistic_json(s));
  j["statistics"] = statistics;
  return j;
}

std::string shorten(const std::string& text, std::size_t limit) {
  if (text.size() <= limit) return text;
  std::size_t cut = limit;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
    --cut;  // whole code points
  return text.substr(0, cut) + "...";
}

std::string format_value(double v) {
  std::ostringstream out;
  if (v == std::floor(v) && std::fabs(v) < 9e15)
    out << static_cast<long long>(v);
  else
    out << v;
  return out.str();
}

}  // namespace

std::string document_to_json(const Document& d) {
  Json j;
  j["format"] = "yoy.document/1";
  j["profile"] = d.profile;
  j["series"] = d.series;
  j["id"] = d.id;
  j["year"] = d.year == 0 ? Json(nullptr) : Json(d.year);
  j["title"] = d.title;
  if (d.rating.present()) {
    j["rating"] = Json{{"scale", d.rating.scale},
                       {"value", d.rating.value},
                       {"stated", stated_name(d.rating.stated)}};
    if (!d.rating.source.empty()) j["rating"]["source"] = d.rating.source;
  } else {
    j["rating"] = Json(nullptr);
  }
  j["source"] = Json{{"path", d.source_path}, {"hash", d.source_hash}};
  j["tags"] = d.tags;
  if (!d.warnings.empty()) j["warnings"] = d.warnings;
  Json sections = Json::array();
  for (const Section& s : d.sections) {
    Json blocks = Json::array();
    for (const Block& b : s.blocks) blocks.push_back(block_json(b));
    sections.push_back(
        Json{{"heading", s.heading}, {"key", s.key}, {"is_list", s.is_list}, {"blocks", blocks}});
  }
  j["sections"] = sections;
  return j.dump(2);
}

std::string document_to_text(const Document& d) {
  std::ostringstream out;
  out << (d.id.empty() ? "(document)" : d.id) << " — " << d.profile;
  if (d.year) out << " " << d.year;
  if (!d.title.empty()) out << " — " << d.title;
  out << "\n";
  if (d.rating.present()) {
    out << "rating: " << d.rating.value;
    if (d.rating.stated != StatedMovement::none) out << " (" << stated_name(d.rating.stated) << ")";
    if (d.rating.source == "text") out << " [from the text]";
    out << "\n";
  }
  for (const std::string& w : d.warnings) out << "warning: " << w << "\n";
  if (!d.tags.empty()) {
    out << "tags:";
    for (std::size_t i = 0; i < d.tags.size(); ++i) out << (i ? "; " : " ") << d.tags[i];
    out << "\n";
  }
  if (!d.source_hash.empty())
    out << "source: " << d.source_path << " (blob " << d.source_hash << ")\n";
  for (const Section& s : d.sections) {
    out << "\n## " << (s.heading.empty() ? "(untitled)" : s.heading) << "  [" << s.key << "]  "
        << s.blocks.size() << (s.is_list ? " items" : " blocks") << "\n";
    for (std::size_t i = 0; i < s.blocks.size(); ++i) {
      const Block& b = s.blocks[i];
      out << "  " << (s.is_list ? std::to_string(i + 1) + "." : "-") << " ";
      if (!b.path.empty()) out << b.path << ": ";
      out << shorten(b.text, 100) << "  (" << b.sentences.size() << " sentences)\n";
      for (const Statistic& st : b.statistics) {
        out << "      # " << st.surface;
        if (!st.qualifier.empty()) out << "  qualifier: " << st.qualifier;
        if (!st.unit.empty()) out << "  unit: " << st.unit;
        if (!st.measure.empty()) out << "  measure: " << st.measure;
        if (!st.subject.empty()) out << "  subject: " << st.subject;
        if (!st.period.empty()) out << "  period: " << st.period;
        if (st.relative == RelativePeriod::current) out << "  period: this edition's";
        if (st.relative == RelativePeriod::previous) out << "  period: the previous";
        if (st.vague) out << "  vague";
        if (st.converted) out << "  converted";
        out << "  =";
        for (double v : st.values) out << " " << format_value(v);
        out << "\n";
      }
    }
  }
  return out.str();
}

}  // namespace yoy
