// Statistics paired by identity, never by position: within each pair of aligned
// sections, an old and a new figure are the same statistic when they measure the
// same thing (measure), of the same part (subject); the period says which of
// their figures compare.
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
  int year = 0;          // the edition's year; 0 unknown
  bool reports_on_previous = false;  // TIP: an edition reports on the year before its own
  int ordinal = 0;       // without a year: 0 for the old edition, 1 for the new
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
  int index = 0;  // order of appearance in its section
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
  key += s.converted ? "\x1f" "converted" : "";
  return key;
}

bool same_figure(const Statistic& a, const Statistic& b) {
  if (a.vague || b.vague) return a.vague && b.vague && a.surface == b.surface;
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

StatisticChange entry(Change change, const std::string& section, const Figure* from,
                      const Figure* to) {
  StatisticChange c;
  c.section = section;
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
      const double s = a.context == b.context ? 1.0 : text_similarity(a.context, b.context);
      if ((weak(a) || weak(b)) && s < threshold) continue;
      candidates.push_back({s, i, j});
    }
  std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& x, const Candidate& y) {
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
  const std::string& section;
  bool structured;
  double threshold;
  std::vector<std::pair<int, StatisticChange>> out;  // keyed by position for display order
  StatisticPairs* links;

  void emit(Change change, const Figure* from, const Figure* to) {
    if ((from && from->statistic->converted) || (to && to->statistic->converted)) return;
    const int position = to ? to->index * 2 + 1 : from->index * 2;
    out.push_back({position, entry(change, section, from, to)});
  }
  void link(const Figure* from, const Figure* to) {
    if (links) links->push_back({from->statistic, to->statistic});
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
    std::map<const Figure*, bool> settled;  // latest / unknown figures paired or reported
    // 1. The same period in both editions: agreeing is no change, differing is a revision.
    std::map<std::string, std::pair<std::vector<const Figure*>, std::vector<const Figure*>>> periods;
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
        if (both_latest) link(a, b);
        settled[a] = settled[b] = true;
      }
      if (both_latest) {  // one edition has more figures for the period than the other
        for (const Figure* a : p.old_left) emit(Change::removed, a, nullptr), settled[a] = true;
        for (const Figure* b : p.new_left) emit(Change::added, nullptr, b), settled[b] = true;
      }
    }
    // 2. Year over year: each edition's latest period, figures of unknown period alike.
    std::vector<const Figure*> old_now, new_now;
    for (const Figure* f : unknown(s.olds)) old_now.push_back(f);
    for (const Figure* f : unknown(s.news)) new_now.push_back(f);
    const bool old_unknown_only = old_latest == INT_MIN, new_unknown_only = new_latest == INT_MIN;
    if (old_latest != new_latest || old_unknown_only || new_unknown_only) {
      // A side with no known period takes its unknown ones as its latest.
      if (!old_unknown_only && (old_latest != new_latest))
        for (const Figure* f : at(s.olds, old_latest)) old_now.push_back(f);
      if (!new_unknown_only && (old_latest != new_latest))
        for (const Figure* f : at(s.news, new_latest)) new_now.push_back(f);
    }
    std::vector<const Figure*> olds_open, news_open;
    for (const Figure* f : old_now)
      if (!settled.count(f) || !f->period.known() || old_latest != new_latest) olds_open.push_back(f);
    for (const Figure* f : new_now)
      if (!settled.count(f) || !f->period.known() || old_latest != new_latest) news_open.push_back(f);
    const Pairing p = pair_figures(olds_open, news_open, threshold);
    for (const auto& [a, b] : p.pairs) {
      if (!same_figure(*a->statistic, *b->statistic)) emit(Change::changed, a, b);
      link(a, b);
    }
    // 3. What only one edition has: gone or new (its latest period; older ones are history).
    for (const Figure* a : p.old_left)
      if (!settled.count(a) || old_latest != new_latest) emit(Change::removed, a, nullptr);
    for (const Figure* b : p.new_left)
      if (!settled.count(b) || old_latest != new_latest) emit(Change::added, nullptr, b);
    if (s.news.empty() || s.olds.empty()) return;
  }
};

std::vector<Figure> figures_of(const Section* section, const Frame& frame) {
  std::vector<Figure> out;
  if (!section) return out;
  int index = 0;
  for (const Block& block : section->blocks)
    for (const Statistic& s : block.statistics) out.push_back({&s, resolve(s, frame), index++});
  return out;
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

bool same_or_parent(const std::vector<std::string_view>& a,
                    const std::vector<std::string_view>& b) {
  if (a.empty() || b.empty()) return false;
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
          !same_or_parent(gone_path, field_path(added.context, section)))
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

void diff_statistics(const Document& from, const Document& to, const Alignment& alignment,
                     const DiffOptions& options, std::vector<StatisticChange>& out,
                     StatisticPairs* links) {
  const Frame old_frame = frame_of(from, 0), new_frame = frame_of(to, 1);
  const bool structured = from.profile == "factbook" || to.profile == "factbook";
  for (const SectionPair& pair : alignment.sections) {
    const Section* a = pair.from >= 0 ? &from.sections[pair.from] : nullptr;
    const Section* b = pair.to >= 0 ? &to.sections[pair.to] : nullptr;
    const std::string& heading = b ? b->heading : a->heading;
    const std::vector<Figure> olds = figures_of(a, old_frame), news = figures_of(b, new_frame);
    if (olds.empty() && news.empty()) continue;
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
    SectionStatistics section{heading, structured, options.statistic_sentence, {}, links};
    for (const std::string& key : order) section.compare(series[key]);
    // Display order: new-side order, a removed figure where it stood in the old one.
    std::stable_sort(section.out.begin(), section.out.end(),
                     [](const auto& x, const auto& y) { return x.first < y.first; });
    const std::size_t first = out.size();
    for (auto& [position, change] : section.out) out.push_back(std::move(change));
    drop_renamed_fields(out, first, heading);
  }
}

}  // namespace yoy::diff_detail
