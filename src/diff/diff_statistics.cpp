// Statistics paired by identity, never by position: within each pair of aligned
// sections (a structured report: the whole report, so a field that moves keeps
// its identity), an old and a new figure are the same statistic when they
// measure the same thing (measure), of the same part (subject; a structured
// report's unit too); the period says which of their figures compare.
//
// - Year over year: the old edition's figure for its latest period against the
//   new edition's for its own ("convictions: 6 (2022) → 9 (2023)"): `changed`.
// - The same period on both sides with different values: `revised` (a
//   structured report's estimate) or `restated` (a narrative's figure for a past
//   period differs from what the older edition said). Agreeing is no change.
// - A statistic only one edition has is `removed` or `added` (at its latest
//   period; older periods of a gone statistic are history, not news).
// Relative periods ("the previous year") resolve against each edition's year:
// a TIP edition reports on the year before its own ("2024" reports 2023). With
// no year known the new edition is taken to follow the old one.
// A figure whose measure is only its unit noun ("persons") pairs only with
// one in a like sentence; a converted amount ("($162,000)") follows its own
// and is never reported by itself.
#include <algorithm>
#include <climits>
#include <cmath>
#include <map>

#include "diff/diff_internal.h"
#include "yoy/normalize/normalize.h"
#include "yoy/util/ascii.h"

namespace yoy::diff_detail {
namespace {

// ---- periods ---------------------------------------------------------------

struct Period {
  std::string key;    // what pairs: "2023", "FY 2013"; "#1" relative without a year; "" unknown
  std::string label;  // what is shown: "2023 est.", "FY 2013"; "" unknown
  int order = INT_MIN;
  bool known() const { return !key.empty(); }
};

// The year a period label ends with: "2023 est." → 2023, "2020-25 est." → 2025.
int last_year(std::string_view label) {
  int year = INT_MIN;
  for (std::size_t i = 0; i + 4 <= label.size(); ++i) {
    bool digits = true;
    for (std::size_t k = i; k < i + 4; ++k) digits = digits && label[k] >= '0' && label[k] <= '9';
    const bool alone = (i == 0 || label[i - 1] < '0' || label[i - 1] > '9') &&
                       (i + 4 == label.size() || label[i + 4] < '0' || label[i + 4] > '9');
    if (digits && alone) year = std::stoi(std::string(label.substr(i, 4)));
  }
  // "2020-25": the span's end.
  const std::size_t dash = label.find('-');
  if (year != INT_MIN && dash != std::string_view::npos && dash + 3 <= label.size() &&
      std::isdigit(static_cast<unsigned char>(label[dash + 1])) &&
      std::isdigit(static_cast<unsigned char>(label[dash + 2])) &&
      (dash + 3 == label.size() || !std::isdigit(static_cast<unsigned char>(label[dash + 3]))))
    year = year / 100 * 100 + std::stoi(std::string(label.substr(dash + 1, 2)));
  return year;
}

// How one edition's relative periods resolve.
struct Frame {
  int year = 0;                      // the edition's year; 0 unknown
  bool reports_on_previous = false;  // TIP: an edition reports on the year before its own
  int ordinal = 0;                   // without a year: 0 for the old edition, 1 for the new
};

Period resolve(const Statistic& s, const Frame& frame) {
  Period p;
  if (!s.period.empty()) {
    p.label = s.period;
    p.key = s.period;
    for (std::string_view tail : {" est.", " est"})
      if (p.key.size() > tail.size() && p.key.substr(p.key.size() - tail.size()) == tail)
        p.key.resize(p.key.size() - tail.size());
    p.order = last_year(p.key);
    return p;
  }
  if (s.relative == RelativePeriod::none) return p;
  const int back = s.relative == RelativePeriod::previous ? 1 : 0;
  if (frame.year > 0) {
    const int year = frame.year - (frame.reports_on_previous ? 1 : 0) - back;
    p.key = p.label = std::to_string(year);
    p.order = year;
  } else {
    p.order = frame.ordinal - back;
    p.key = "#" + std::to_string(p.order);  // pairs, never shown
  }
  return p;
}

// ---- one side's figures ----------------------------------------------------

struct Figure {
  const Statistic* statistic = nullptr;
  Period period;
  int index = 0;                         // order of appearance in what is paired
  const std::string* section = nullptr;  // the heading it sits under
  std::string_view sentence;             // the comparison form of its sentence
};

// The identity a figure pairs by. A structured report's unit is part of it
// ("2,744 m" and "9,003 ft" are two figures); a narrative's is not ("48 suspected
// traffickers" and "31 investigations" are both investigations).
std::string identity(const Statistic& s, bool structured) {
  std::string key = ascii_lower(s.measure);
  key += '\x1f';
  key += ascii_lower(s.subject);
  key += '\x1f';
  if (structured || s.measure.empty()) key += s.unit;
  key += s.converted ? "\x1f"
                       "converted"
                     : "";
  return key;
}

// The same figure: the same values; vague ones ("hundreds of millions of
// dollars") the same words, however spaced or cased.
bool same_figure(const Statistic& a, const Statistic& b) {
  if (a.vague || b.vague)
    return a.vague && b.vague &&
           ascii_lower(compare_form(a.surface)) == ascii_lower(compare_form(b.surface));
  return a.values == b.values;
}

bool weak(const Statistic& a) { return a.measure_from_unit; }

// ---- the engine's one definition of a change's size ------------------------

}  // namespace

void fill_statistic_delta(StatisticChange& c) {
  c.delta.reset();
  c.percent.reset();
  if (c.vague || c.from_values.empty() || c.to_values.empty()) return;
  double old_value = 0, new_value = 0;
  if (c.from_values.size() == c.to_values.size()) {
    // The value that moved most, relative to where it was ("80,000 to 120,000" →
    // "80,000 to 200,000" is the upper end's +66.7%).
    double most = -1;
    for (std::size_t k = 0; k < c.from_values.size(); ++k) {
      const double a = c.from_values[k], b = c.to_values[k];
      if (a == b) continue;
      const double size = a == 0 ? INFINITY : std::fabs(b - a) / std::fabs(a);
      if (size > most) most = size, old_value = a, new_value = b;
    }
    if (most < 0) return;  // the same values
  } else {
    // "120,000" → "80,000 to 200,000": the upper ends.
    old_value = *std::max_element(c.from_values.begin(), c.from_values.end());
    new_value = *std::max_element(c.to_values.begin(), c.to_values.end());
  }
  c.delta = new_value - old_value;
  if (old_value != 0) c.percent = 100.0 * (new_value - old_value) / std::fabs(old_value);
}

namespace {

StatisticChange entry(Change change, const Figure* from, const Figure* to) {
  StatisticChange c;
  c.section = to ? *to->section : *from->section;
  c.change = change;
  const Statistic& any = to ? *to->statistic : *from->statistic;
  c.measure = any.measure;
  c.subject = any.subject;
  if (from) {
    c.from = from->statistic->surface;
    c.from_values = from->statistic->values;
    c.from_period = from->period.label;
    c.vague = from->statistic->vague;
  }
  if (to) {
    c.to = to->statistic->surface;
    c.to_values = to->statistic->values;
    c.to_period = to->period.label;
    c.vague = c.vague || to->statistic->vague;
  }
  c.unit = any.unit.empty() && from ? from->statistic->unit : any.unit;
  c.context = any.context;
  if (from && to) fill_statistic_delta(c);
  return c;
}

struct Pairing {
  std::vector<std::pair<const Figure*, const Figure*>> pairs;
  std::vector<const Figure*> old_left, new_left;
};

// Pairs two sets of one statistic's figures: the same values first (a figure that
// stayed is unchanged wherever it moved), then the most alike sentences. Weak
// identities pair only at `threshold` similarity or more.
Pairing pair_figures(const std::vector<const Figure*>& olds, const std::vector<const Figure*>& news,
                     double threshold) {
  Pairing out;
  std::vector<bool> old_used(olds.size()), new_used(news.size());
  for (std::size_t j = 0; j < news.size(); ++j)
    for (std::size_t i = 0; i < olds.size(); ++i)
      if (!old_used[i] && same_figure(*olds[i]->statistic, *news[j]->statistic)) {
        old_used[i] = new_used[j] = true;
        out.pairs.push_back({olds[i], news[j]});
        break;
      }
  struct Candidate {
    double similarity;
    std::size_t i, j;
  };
  std::vector<Candidate> candidates;
  for (std::size_t i = 0; i < olds.size(); ++i)
    for (std::size_t j = 0; j < news.size(); ++j) {
      if (old_used[i] || new_used[j]) continue;
      const Statistic& a = *olds[i]->statistic;
      const Statistic& b = *news[j]->statistic;
      const double s = olds[i]->sentence == news[j]->sentence
                           ? 1.0
                           : text_similarity(olds[i]->sentence, news[j]->sentence);
      if ((weak(a) || weak(b)) && s < threshold) continue;
      candidates.push_back({s, i, j});
    }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& x, const Candidate& y) {
                     if (x.similarity != y.similarity) return x.similarity > y.similarity;
                     return x.i + x.j < y.i + y.j;  // in order of appearance
                   });
  for (const Candidate& c : candidates) {
    if (old_used[c.i] || new_used[c.j]) continue;
    old_used[c.i] = new_used[c.j] = true;
    out.pairs.push_back({olds[c.i], news[c.j]});
  }
  for (std::size_t i = 0; i < olds.size(); ++i)
    if (!old_used[i]) out.old_left.push_back(olds[i]);
  for (std::size_t j = 0; j < news.size(); ++j)
    if (!new_used[j]) out.new_left.push_back(news[j]);
  std::sort(out.pairs.begin(), out.pairs.end(),
            [](const auto& x, const auto& y) { return x.second->index < y.second->index; });
  return out;
}

// The figures of one statistic in both editions of a section.
struct Series {
  std::vector<const Figure*> olds, news;
};

struct SectionStatistics {
  bool structured;
  double threshold;
  StatisticPairs* links;
  struct Entry {
    int new_index = -1;  // where it shows: at its new figure, or (removed) after the
    int old_index = -1;  // new place of the last old figure before it that paired
    StatisticChange change;
  };
  std::vector<Entry> out;
  std::map<int, int> paired;  // old index → new index, for every pair made

  void emit(Change change, const Figure* from, const Figure* to) {
    if ((from && from->statistic->converted) || (to && to->statistic->converted)) return;
    out.push_back({to ? to->index : -1, from ? from->index : -1, entry(change, from, to)});
  }
  void link(const Figure* from, const Figure* to) {
    paired[from->index] = std::max(paired[from->index], to->index);
    if (links) links->push_back({from->statistic, to->statistic});
  }

  // Display order: new-side order; a removed figure after the new place of the
  // last old figure before it that paired (so a gone partner stays among its
  // neighbours), in old order.
  std::vector<StatisticChange> in_order() {
    struct Key {
      int anchor, removed, old_index;
    };
    std::vector<std::pair<Key, std::size_t>> keys;
    for (std::size_t k = 0; k < out.size(); ++k) {
      const Entry& e = out[k];
      if (e.new_index >= 0) {
        keys.push_back({{e.new_index, 0, 0}, k});
        continue;
      }
      int anchor = -1;
      for (const auto& [old_index, new_index] : paired)
        if (old_index < e.old_index) anchor = std::max(anchor, new_index);
      keys.push_back({{anchor, 1, e.old_index}, k});
    }
    std::stable_sort(keys.begin(), keys.end(), [](const auto& x, const auto& y) {
      const Key& a = x.first;
      const Key& b = y.first;
      if (a.anchor != b.anchor) return a.anchor < b.anchor;
      if (a.removed != b.removed) return a.removed < b.removed;
      return a.old_index < b.old_index;
    });
    std::vector<StatisticChange> ordered;
    for (const auto& [key, k] : keys) ordered.push_back(std::move(out[k].change));
    return ordered;
  }

  // Figures at one side's latest known period, and those of unknown period.
  static int latest(const std::vector<const Figure*>& figures) {
    int order = INT_MIN;
    for (const Figure* f : figures)
      if (f->period.known()) order = std::max(order, f->period.order);
    return order;
  }
  static std::vector<const Figure*> at(const std::vector<const Figure*>& figures, int order) {
    std::vector<const Figure*> out;
    for (const Figure* f : figures)
      if (f->period.known() && f->period.order == order) out.push_back(f);
    return out;
  }
  static std::vector<const Figure*> unknown(const std::vector<const Figure*>& figures) {
    std::vector<const Figure*> out;
    for (const Figure* f : figures)
      if (!f->period.known()) out.push_back(f);
    return out;
  }

  void compare(const Series& s) {
    const int old_latest = latest(s.olds), new_latest = latest(s.news);
    std::map<const Figure*, bool> settled;  // compared (or reported) for their own period
    // 1. The same period in both editions: agreeing is no change, differing is a revision.
    std::map<std::string, std::pair<std::vector<const Figure*>, std::vector<const Figure*>>>
        periods;
    for (const Figure* f : s.olds)
      if (f->period.known()) periods[f->period.key].first.push_back(f);
    for (const Figure* f : s.news)
      if (f->period.known()) periods[f->period.key].second.push_back(f);
    for (const auto& [key, sides] : periods) {
      if (sides.first.empty() || sides.second.empty()) continue;
      const Pairing p = pair_figures(sides.first, sides.second, threshold);
      const bool both_latest = sides.first.front()->period.order == old_latest &&
                               sides.second.front()->period.order == new_latest;
      for (const auto& [a, b] : p.pairs) {
        if (!same_figure(*a->statistic, *b->statistic))
          emit(structured ? Change::revised : Change::restated, a, b);
        if (both_latest)
          link(a, b);
        else
          paired[a->index] = std::max(paired[a->index], b->index);
        settled[a] = settled[b] = true;
      }
      if (both_latest) {  // one edition has more figures for the period than the other
        for (const Figure* a : p.old_left) emit(Change::removed, a, nullptr), settled[a] = true;
        for (const Figure* b : p.new_left) emit(Change::added, nullptr, b), settled[b] = true;
      }
    }
    // 2. Year over year: each edition's figures of now against each other. A
    // side's now is its latest period's figures; beside figures of unknown period
    // (a narrative's "investigated 48" next to "31 the previous year") it is
    // those, and of its latest period only the figures step 1 did not compare
    // (a new "as of 2022 there were 80,000" the old edition did not give).
    const std::vector<const Figure*> old_unknown = unknown(s.olds), new_unknown = unknown(s.news);
    const bool same_latest = old_unknown.empty() && new_unknown.empty() && old_latest == new_latest;
    auto now = [&](const std::vector<const Figure*>& side_unknown,
                   const std::vector<const Figure*>& side, int latest) {
      if (side_unknown.empty()) return at(side, latest);
      std::vector<const Figure*> out = side_unknown;
      for (const Figure* f : at(side, latest))
        if (!settled.count(f)) out.push_back(f);
      return out;
    };
    if (!same_latest) {  // the same latest period on both sides was compared in step 1
      const std::vector<const Figure*> old_now = now(old_unknown, s.olds, old_latest);
      const std::vector<const Figure*> new_now = now(new_unknown, s.news, new_latest);
      const Pairing p = pair_figures(old_now, new_now, threshold);
      for (const auto& [a, b] : p.pairs) {
        if (!same_figure(*a->statistic, *b->statistic)) emit(Change::changed, a, b);
        link(a, b);
      }
      // 3. What only one edition has: gone or new (at its now; older periods are
      // history). A figure compared in step 1 is no news by itself.
      for (const Figure* a : p.old_left)
        if (!settled.count(a)) emit(Change::removed, a, nullptr);
      for (const Figure* b : p.new_left)
        if (!settled.count(b)) emit(Change::added, nullptr, b);
    }
  }
};

// The figures of a section's blocks but those in `skip` (blocks the alignment
// paired as identical: their figures are the same ones, whatever the periods).
void add_figures(const Section* section, const Frame& frame, const std::vector<bool>& skip,
                 std::vector<Figure>& out) {
  if (!section) return;
  int index = static_cast<int>(out.size());
  for (std::size_t b = 0; b < section->blocks.size(); ++b) {
    if (b < skip.size() && skip[b]) continue;
    const Block& block = section->blocks[b];
    for (const Statistic& s : block.statistics) {
      const std::string_view sentence = s.sentence < block.sentences.size()
                                            ? std::string_view(block.sentences[s.sentence].compare)
                                            : std::string_view(block.compare);
      out.push_back({&s, resolve(s, frame), index++, &section->heading, sentence});
    }
  }
}

Frame frame_of(const Document& document, int ordinal) {
  return Frame{document.year, document.profile == "tip", ordinal};
}

// A field path below the section ("Geography > Coastline"), as its segments; empty for
// a sentence (a narrative figure's context), which never counts as a renamed field.
std::vector<std::string_view> field_path(std::string_view context, const std::string& section) {
  std::vector<std::string_view> segments;
  const std::string prefix = section + " > ";
  if (section.empty() || context.substr(0, prefix.size()) != prefix) return segments;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = context.find(" > ", start);
    segments.push_back(context.substr(start, end - start));
    if (end == std::string_view::npos) break;
    start = end + 3;
  }
  return segments;
}

// One path the other's parent ("Geography > Coastline" and "Geography > Coastline
// > note"): a field renamed. The same path holds two figures, not one renamed.
bool parent_or_child(const std::vector<std::string_view>& a,
                     const std::vector<std::string_view>& b) {
  if (a.empty() || b.empty() || a.size() == b.size()) return false;
  const std::size_t n = std::min(a.size(), b.size());
  return std::equal(a.begin(), a.begin() + static_cast<std::ptrdiff_t>(n), b.begin());
}

}  // namespace

void drop_renamed_fields(std::vector<StatisticChange>& changes, std::size_t begin,
                         const std::string& section) {
  std::vector<bool> drop(changes.size(), false);
  for (std::size_t r = begin; r < changes.size(); ++r) {
    const StatisticChange& gone = changes[r];
    if (gone.change != Change::removed) continue;
    const auto gone_path = field_path(gone.context, section);
    for (std::size_t a = begin; a < changes.size(); ++a) {
      const StatisticChange& added = changes[a];
      if (drop[a] || added.change != Change::added || added.to != gone.from ||
          added.to_values != gone.from_values || added.unit != gone.unit ||
          !parent_or_child(gone_path, field_path(added.context, section)))
        continue;
      drop[r] = drop[a] = true;
      break;
    }
  }
  std::size_t kept = begin;
  for (std::size_t k = begin; k < changes.size(); ++k)
    if (!drop[k]) {
      if (kept != k) changes[kept] = std::move(changes[k]);  // never a self-move: it empties
      ++kept;
    }
  changes.resize(kept);
}

namespace {

// Pairs the figures of one stretch (a section pair, or a structured report as a
// whole) by identity and appends the changes in display order.
void pair_stretch(const std::vector<Figure>& olds, const std::vector<Figure>& news, bool structured,
                  const DiffOptions& options, std::vector<StatisticChange>& out,
                  StatisticPairs* links) {
  if (olds.empty() && news.empty()) return;
  std::map<std::string, Series> series;
  std::vector<std::string> order;  // identities in order of first appearance
  for (const Figure& f : olds) {
    const std::string key = identity(*f.statistic, structured);
    if (!series.count(key)) order.push_back(key);
    series[key].olds.push_back(&f);
  }
  for (const Figure& f : news) {
    const std::string key = identity(*f.statistic, structured);
    if (!series.count(key)) order.push_back(key);
    series[key].news.push_back(&f);
  }
  SectionStatistics stretch{structured, options.statistic_sentence, links, {}, {}};
  for (const std::string& key : order) stretch.compare(series[key]);
  for (StatisticChange& change : stretch.in_order()) out.push_back(std::move(change));
}

}  // namespace

void diff_statistics(const Document& from, const Document& to, const Alignment& alignment,
                     const DiffOptions& options, std::vector<StatisticChange>& out,
                     StatisticPairs* links) {
  const Frame old_frame = frame_of(from, 0), new_frame = frame_of(to, 1);
  const bool structured = from.profile == "factbook" || to.profile == "factbook";
  // A structured report's field keeps its identity wherever it moves ("Carbon
  // dioxide emissions" from Energy to Environment): one stretch, the whole report.
  // A narrative's figures pair within their aligned sections.
  std::vector<Figure> olds, news;
  for (const SectionPair& pair : alignment.sections) {
    const Section* a = pair.from >= 0 ? &from.sections[pair.from] : nullptr;
    const Section* b = pair.to >= 0 ? &to.sections[pair.to] : nullptr;
    // A block the new edition repeats word for word says nothing new: its figures
    // are the old ones (a copied "compared with 31 the previous year" is not a
    // restatement), as they are when an edition diff leaves such blocks unanalyzed.
    std::vector<bool> old_same(a ? a->blocks.size() : 0), new_same(b ? b->blocks.size() : 0);
    for (const BlockPair& p : pair.blocks) {
      if (!p.identical || p.from < 0 || p.to < 0) continue;
      old_same[p.from] = new_same[p.to] = true;
      const auto& x = a->blocks[p.from].statistics;
      const auto& y = b->blocks[p.to].statistics;
      if (links)
        for (std::size_t k = 0; k < x.size() && k < y.size(); ++k) links->push_back({&x[k], &y[k]});
    }
    add_figures(a, old_frame, old_same, olds);
    add_figures(b, new_frame, new_same, news);
    if (structured) continue;
    const std::size_t first = out.size();
    pair_stretch(olds, news, false, options, out, links);
    drop_renamed_fields(out, first, b ? b->heading : a->heading);
    olds.clear();
    news.clear();
  }
  if (!structured) return;
  const std::size_t first = out.size();
  pair_stretch(olds, news, true, options, out, links);
  // Renamed fields, section by section.
  std::vector<StatisticChange> kept;
  std::size_t begin = first;
  while (begin < out.size()) {
    std::size_t end = begin;
    while (end < out.size() && out[end].section == out[begin].section) ++end;
    std::vector<StatisticChange> part(std::make_move_iterator(out.begin() + begin),
                                      std::make_move_iterator(out.begin() + end));
    drop_renamed_fields(part, 0, part.front().section);
    for (StatisticChange& c : part) kept.push_back(std::move(c));
    begin = end;
  }
  out.resize(first);
  for (StatisticChange& c : kept) out.push_back(std::move(c));
}

}  // namespace yoy::diff_detail
