#include "support/document_equal.h"

#include <cstring>

namespace yoy::test {
namespace {

struct Compare {
  std::string difference;

  bool same(const std::string& a, const std::string& b, const std::string& where) {
    if (a == b) return true;
    difference = where + ": \"" + a.substr(0, 80) + "\" vs \"" + b.substr(0, 80) + "\"";
    return false;
  }
  bool same(std::size_t a, std::size_t b, const std::string& where) {
    if (a == b) return true;
    difference = where + ": " + std::to_string(a) + " vs " + std::to_string(b);
    return false;
  }
  bool same_real(double a, double b, const std::string& where) {
    if (std::memcmp(&a, &b, sizeof a) == 0) return true;
    difference = where + ": " + std::to_string(a) + " vs " + std::to_string(b);
    return false;
  }

  bool statistic(const Statistic& a, const Statistic& b, const std::string& at) {
    const auto& [surface, values, qualifier, unit, sentence, context, measure, subject, period,
                 relative, vague, converted, measure_from_unit] = a;
    if (!same(surface, b.surface, at + ".surface") ||
        !same(values.size(), b.values.size(), at + ".values.size") ||
        !same(qualifier, b.qualifier, at + ".qualifier") || !same(unit, b.unit, at + ".unit") ||
        !same(sentence, b.sentence, at + ".sentence") ||
        !same(context, b.context, at + ".context") || !same(measure, b.measure, at + ".measure") ||
        !same(subject, b.subject, at + ".subject") || !same(period, b.period, at + ".period") ||
        !same(static_cast<std::size_t>(relative), static_cast<std::size_t>(b.relative),
              at + ".relative") ||
        !same(vague, b.vague, at + ".vague") || !same(converted, b.converted, at + ".converted") ||
        !same(measure_from_unit, b.measure_from_unit, at + ".measure_from_unit"))
      return false;
    for (std::size_t i = 0; i < values.size(); ++i)
      if (!same_real(values[i], b.values[i], at + ".values[" + std::to_string(i) + "]"))
        return false;
    return true;
  }

  bool block(const Block& a, const Block& b, const std::string& at) {
    const auto& [kind, text, compare, sentences, statistics, span, path] = a;
    const auto& [begin, end] = span;
    if (!same(static_cast<std::size_t>(kind), static_cast<std::size_t>(b.kind), at + ".kind") ||
        !same(text, b.text, at + ".text") || !same(compare, b.compare, at + ".compare") ||
        !same(begin, b.span.begin, at + ".span.begin") ||
        !same(end, b.span.end, at + ".span.end") || !same(path, b.path, at + ".path") ||
        !same(sentences.size(), b.sentences.size(), at + ".sentences.size") ||
        !same(statistics.size(), b.statistics.size(), at + ".statistics.size"))
      return false;
    for (std::size_t i = 0; i < sentences.size(); ++i) {
      const auto& [sentence_text, sentence_compare] = sentences[i];
      const std::string here = at + ".sentences[" + std::to_string(i) + "]";
      if (!same(sentence_text, b.sentences[i].text, here + ".text") ||
          !same(sentence_compare, b.sentences[i].compare, here + ".compare"))
        return false;
    }
    for (std::size_t i = 0; i < statistics.size(); ++i)
      if (!statistic(statistics[i], b.statistics[i], at + ".statistics[" + std::to_string(i) + "]"))
        return false;
    return true;
  }

  bool document(const Document& a, const Document& b) {
    const auto& [profile, series, id, year, title, rating, sections, source_path, source_hash, tags,
                 warnings] = a;
    const auto& [scale, value, stated, rating_source] = rating;
    if (!same(profile, b.profile, "profile") || !same(series, b.series, "series") ||
        !same(id, b.id, "id") ||
        !same(static_cast<std::size_t>(year), static_cast<std::size_t>(b.year), "year") ||
        !same(title, b.title, "title") || !same(scale, b.rating.scale, "rating.scale") ||
        !same(value, b.rating.value, "rating.value") ||
        !same(static_cast<std::size_t>(stated), static_cast<std::size_t>(b.rating.stated),
              "rating.stated") ||
        !same(rating_source, b.rating.source, "rating.source") ||
        !same(source_path, b.source_path, "source_path") ||
        !same(source_hash, b.source_hash, "source_hash") ||
        !same(tags.size(), b.tags.size(), "tags.size") ||
        !same(warnings.size(), b.warnings.size(), "warnings.size") ||
        !same(sections.size(), b.sections.size(), "sections.size"))
      return false;
    for (std::size_t i = 0; i < tags.size(); ++i)
      if (!same(tags[i], b.tags[i], "tags[" + std::to_string(i) + "]")) return false;
    for (std::size_t i = 0; i < warnings.size(); ++i)
      if (!same(warnings[i], b.warnings[i], "warnings[" + std::to_string(i) + "]")) return false;
    for (std::size_t s = 0; s < sections.size(); ++s) {
      const auto& [heading, key, is_list, blocks] = sections[s];
      const Section& other = b.sections[s];
      const std::string at = "sections[" + std::to_string(s) + "]";
      if (!same(heading, other.heading, at + ".heading") || !same(key, other.key, at + ".key") ||
          !same(is_list, other.is_list, at + ".is_list") ||
          !same(blocks.size(), other.blocks.size(), at + ".blocks.size"))
        return false;
      for (std::size_t k = 0; k < blocks.size(); ++k)
        if (!block(blocks[k], other.blocks[k], at + ".blocks[" + std::to_string(k) + "]"))
          return false;
    }
    return true;
  }
};

}  // namespace

std::string document_difference(const Document& a, const Document& b) {
  Compare compare;
  compare.document(a, b);
  return compare.difference;
}

}  // namespace yoy::test
