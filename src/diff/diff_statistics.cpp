// Statistics matched through aligned sentences, not by position in the
// document: a figure that stayed the same inside an edited sentence is not a
// change; a figure whose value moved in place is `changed`.
#include <cmath>
#include <dtl/dtl.hpp>

#include "diff/diff_internal.h"

namespace yoy::diff_detail {
namespace {

bool same_figure(const Statistic& a, const Statistic& b) {
  return a.values == b.values && a.unit == b.unit;
}

// Sentence keys of a block (one pseudo-sentence when the block has none).
std::vector<std::uint64_t> sentence_keys(const Block& b) {
  std::vector<std::uint64_t> keys;
  for (const Sentence& s : b.sentences) keys.push_back(hash_text(s.compare));
  if (keys.empty()) keys.push_back(hash_text(b.compare));
  return keys;
}

std::string_view sentence_compare(const Block& b, std::size_t k) {
  return k < b.sentences.size() ? std::string_view(b.sentences[k].compare)
                                : std::string_view(b.compare);
}

std::vector<const Statistic*> in_sentence(const Block& b, std::size_t k) {
  std::vector<const Statistic*> out;
  for (const Statistic& s : b.statistics)
    if (s.sentence == k || (b.sentences.empty() && k == 0)) out.push_back(&s);
  return out;
}

void fill_delta(StatisticChange& c) {
  if (c.from_values.size() != c.to_values.size() || c.from_values.empty()) return;
  int differing = -1, count = 0;
  for (std::size_t k = 0; k < c.from_values.size(); ++k)
    if (c.from_values[k] != c.to_values[k]) differing = static_cast<int>(k), ++count;
  if (count != 1) return;
  double old_value = c.from_values[differing], new_value = c.to_values[differing];
  c.delta = new_value - old_value;
  if (old_value != 0) c.percent = 100.0 * (new_value - old_value) / std::fabs(old_value);
}

StatisticChange added(const Statistic& s, const std::string& section) {
  StatisticChange c;
  c.section = section;
  c.change = Change::added;
  c.to = s.surface;
  c.to_values = s.values;
  c.unit = s.unit;
  c.context = s.context;
  return c;
}

StatisticChange removed(const Statistic& s, const std::string& section) {
  StatisticChange c;
  c.section = section;
  c.change = Change::removed;
  c.from = s.surface;
  c.from_values = s.values;
  c.unit = s.unit;
  c.context = s.context;
  return c;
}

// Figures of one old sentence against one new sentence.
void match_sentence(std::vector<const Statistic*> olds, std::vector<const Statistic*> news,
                    const std::string& section, std::vector<StatisticChange>& out) {
  std::vector<bool> old_used(olds.size()), new_used(news.size());
  std::vector<std::pair<int, int>> changed;
  // Pass 1: the same figure (values and unit) is unchanged, wherever it sits in the sentence.
  for (std::size_t j = 0; j < news.size(); ++j)
    for (std::size_t i = 0; i < olds.size(); ++i)
      if (!old_used[i] && same_figure(*olds[i], *news[j])) {
        old_used[i] = new_used[j] = true;
        break;
      }
  // Pass 2: same unit, in order; pass 3: whatever is left, in order.
  for (int pass = 2; pass <= 3; ++pass) {
    std::size_t i = 0;
    for (std::size_t j = 0; j < news.size(); ++j) {
      if (new_used[j]) continue;
      while (i < olds.size() && old_used[i]) ++i;
      std::size_t k = i;
      if (pass == 2)
        while (k < olds.size() && (old_used[k] || olds[k]->unit != news[j]->unit)) ++k;
      if (k >= olds.size()) continue;
      old_used[k] = new_used[j] = true;
      changed.push_back({static_cast<int>(k), static_cast<int>(j)});
    }
  }
  for (std::size_t i = 0; i < olds.size(); ++i)
    if (!old_used[i]) out.push_back(removed(*olds[i], section));
  std::sort(changed.begin(), changed.end(), [](auto x, auto y) { return x.second < y.second; });
  for (auto [i, j] : changed) {
    StatisticChange c;
    c.section = section;
    c.change = Change::changed;
    c.from = olds[i]->surface;
    c.to = news[j]->surface;
    c.from_values = olds[i]->values;
    c.to_values = news[j]->values;
    c.unit = news[j]->unit.empty() ? olds[i]->unit : news[j]->unit;
    c.context = news[j]->context;
    fill_delta(c);
    out.push_back(std::move(c));
  }
  for (std::size_t j = 0; j < news.size(); ++j)
    if (!new_used[j]) out.push_back(added(*news[j], section));
}

// A changed stretch: old sentences [a0, a1) against new sentences [b0, b1).
void match_stretch(const Block& a, std::size_t a0, std::size_t a1, const Block& b, std::size_t b0,
                   std::size_t b1, const std::string& section, double threshold,
                   std::vector<StatisticChange>& out) {
  std::vector<int> partner(a1 - a0, -1);
  std::vector<bool> new_used(b1 - b0, false);
  // A field's value is one "sentence": old and new value are the same figure's two versions.
  if (a1 - a0 == 1 && b1 - b0 == 1 && a.kind == BlockKind::field && b.kind == BlockKind::field) {
    match_sentence(in_sentence(a, a0), in_sentence(b, b0), section, out);
    return;
  }
  for (std::size_t j = b0; j < b1; ++j) {
    double best = threshold;
    int best_i = -1;
    for (std::size_t i = a0; i < a1; ++i) {
      if (partner[i - a0] >= 0) continue;
      double s = text_similarity(sentence_compare(a, i), sentence_compare(b, j));
      if (s >= best) best = s, best_i = static_cast<int>(i);
    }
    if (best_i >= 0) partner[best_i - a0] = static_cast<int>(j), new_used[j - b0] = true;
  }
  for (std::size_t i = a0; i < a1; ++i) {
    if (partner[i - a0] >= 0) continue;
    for (const Statistic* s : in_sentence(a, i)) out.push_back(removed(*s, section));
  }
  for (std::size_t j = b0; j < b1; ++j) {
    for (std::size_t i = a0; i < a1; ++i)
      if (partner[i - a0] == static_cast<int>(j))
        match_sentence(in_sentence(a, i), in_sentence(b, j), section, out);
    if (!new_used[j - b0])
      for (const Statistic* s : in_sentence(b, j)) out.push_back(added(*s, section));
  }
}

}  // namespace

void diff_statistics(const Block* from, const Block* to, const std::string& section,
                     const DiffOptions& options, std::vector<StatisticChange>& out) {
  if (!from && !to) return;
  if (!to) {
    for (const Statistic& s : from->statistics) out.push_back(removed(s, section));
    return;
  }
  if (!from) {
    for (const Statistic& s : to->statistics) out.push_back(added(s, section));
    return;
  }
  if (from->statistics.empty() && to->statistics.empty()) return;
  if (from->compare == to->compare) return;
  std::vector<std::uint64_t> ka = sentence_keys(*from), kb = sentence_keys(*to);
  dtl::Diff<std::uint64_t, std::vector<std::uint64_t>> diff(ka, kb);
  diff.compose();
  std::size_t ia = 0, ib = 0, a0 = 0, b0 = 0;
  bool in_stretch = false;
  for (const auto& element : diff.getSes().getSequence()) {
    if (element.second.type == dtl::SES_COMMON) {
      if (in_stretch)
        match_stretch(*from, a0, ia, *to, b0, ib, section, options.statistic_sentence, out);
      in_stretch = false;
      ++ia, ++ib;
      continue;
    }
    if (!in_stretch) a0 = ia, b0 = ib, in_stretch = true;
    if (element.second.type == dtl::SES_DELETE)
      ++ia;
    else
      ++ib;
  }
  if (in_stretch)
    match_stretch(*from, a0, ia, *to, b0, ib, section, options.statistic_sentence, out);
}

}  // namespace yoy::diff_detail
