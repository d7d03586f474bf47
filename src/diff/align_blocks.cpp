// Block alignment inside a section, the way wikidiff2 pairs paragraphs:
// identical blocks first wherever they are (out-of-order ones are moved, the
// longest increasing subsequence stays in place), then similar blocks in the
// gaps between stable neighbours, then similar blocks anywhere (moved and edited).
#include <algorithm>
#include <map>
#include <string_view>

#include "diff/diff_internal.h"

namespace yoy {

double pair_similarity(const BlockPair& pair, const std::vector<Block>& from,
                       const std::vector<Block>& to) {
  if (pair.similarity >= 0) return pair.similarity;
  return text_similarity(from[pair.from].compare, to[pair.to].compare);
}

}  // namespace yoy

namespace yoy::diff_detail {

std::vector<std::size_t> longest_increasing(const std::vector<int>& values) {
  // Patience sorting with back-pointers: O(n log n).
  std::vector<std::size_t> tails;  // index of the smallest tail of each length
  std::vector<std::size_t> parent(values.size(), static_cast<std::size_t>(-1));
  for (std::size_t i = 0; i < values.size(); ++i) {
    auto it = std::lower_bound(tails.begin(), tails.end(), values[i],
                               [&](std::size_t t, int v) { return values[t] < v; });
    if (it != tails.begin()) parent[i] = *(it - 1);
    if (it == tails.end()) {
      tails.push_back(i);
    } else {
      *it = i;
    }
  }
  std::vector<std::size_t> out;
  if (tails.empty()) return out;
  for (std::size_t i = tails.back(); i != static_cast<std::size_t>(-1); i = parent[i])
    out.push_back(i);
  std::reverse(out.begin(), out.end());
  return out;
}

namespace {

BlockPair paired(int from, int to, bool identical, bool moved, double similarity) {
  BlockPair pair;
  pair.from = from, pair.to = to;
  pair.identical = identical, pair.moved = moved;
  pair.similarity = similarity;
  return pair;
}

// Best in-order pairing of two short runs of blocks (max total similarity, each
// pair at least `threshold`); falls back to greedy in order when the runs are big.
void pair_in_gap(const std::vector<int>& olds, const std::vector<int>& news,
                 const std::vector<std::vector<std::uint64_t>>& bag_a,
                 const std::vector<std::vector<std::uint64_t>>& bag_b, double threshold,
                 std::size_t max_work, std::vector<BlockPair>& pairs) {
  const std::size_t n = olds.size(), m = news.size();
  if (n == 0 || m == 0) return;
  if (n * m > max_work) {
    // Too big to weigh every pairing: side by side in order (linear).
    for (std::size_t k = 0; k < std::min(n, m); ++k) {
      double s = bag_similarity(bag_a[olds[k]], bag_b[news[k]]);
      if (s >= threshold) pairs.push_back(paired(olds[k], news[k], false, false, s));
    }
    return;
  }
  std::vector<double> sim(n * m);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < m; ++j)
      sim[i * m + j] = bag_similarity(bag_a[olds[i]], bag_b[news[j]]);
  // score[i][j]: best total for olds[i..], news[j..].
  std::vector<double> score((n + 1) * (m + 1), 0);
  for (std::size_t i = n; i-- > 0;)
    for (std::size_t j = m; j-- > 0;) {
      double best = std::max(score[(i + 1) * (m + 1) + j], score[i * (m + 1) + j + 1]);
      double s = sim[i * m + j];
      if (s >= threshold) best = std::max(best, s + score[(i + 1) * (m + 1) + j + 1]);
      score[i * (m + 1) + j] = best;
    }
  std::size_t i = 0, j = 0;
  while (i < n && j < m) {
    double s = sim[i * m + j];
    double here = score[i * (m + 1) + j];
    if (s >= threshold && here == s + score[(i + 1) * (m + 1) + j + 1]) {
      pairs.push_back(paired(olds[i], news[j], false, false, s));
      ++i, ++j;
    } else if (here == score[(i + 1) * (m + 1) + j]) {
      ++i;
    } else {
      ++j;
    }
  }
}

}  // namespace

std::vector<BlockPair> align_blocks(const std::vector<Block>& from, const std::vector<Block>& to,
                                    const BlockThresholds& thresholds) {
  const int n = static_cast<int>(from.size()), m = static_cast<int>(to.size());
  std::vector<int> partner_of_old(n, -1), partner_of_new(m, -1);
  std::vector<BlockPair> pairs;

  // 1. Identical blocks, first unused occurrence, wherever they are.
  std::map<std::string_view, std::vector<int>> by_compare;
  for (int i = n - 1; i >= 0; --i) by_compare[from[i].compare].push_back(i);
  std::vector<int> identical_new, identical_old;
  for (int j = 0; j < m; ++j) {
    auto it = by_compare.find(to[j].compare);
    if (it == by_compare.end() || it->second.empty()) continue;
    int i = it->second.back();
    it->second.pop_back();
    partner_of_old[i] = j, partner_of_new[j] = i;
    identical_new.push_back(j), identical_old.push_back(i);
  }
  // 2. The longest in-order subset stays; the others moved.
  std::vector<bool> stable(identical_new.size(), false);
  for (std::size_t k : longest_increasing(identical_old)) stable[k] = true;
  std::vector<std::pair<int, int>> anchors;  // (old, new), increasing in both
  for (std::size_t k = 0; k < identical_new.size(); ++k) {
    pairs.push_back(paired(identical_old[k], identical_new[k], true, !stable[k], 1));
    if (stable[k]) anchors.push_back({identical_old[k], identical_new[k]});
  }

  // 2b. Fields of structured reports pair by their path, however much the value moved.
  std::map<std::string_view, int> old_by_path;
  for (int i = 0; i < n; ++i)
    if (partner_of_old[i] < 0 && !from[i].path.empty()) {
      auto [it, fresh] = old_by_path.emplace(from[i].path, i);
      if (!fresh) it->second = -1;  // ambiguous path: leave it to similarity
    }
  for (int j = 0; j < m; ++j) {
    if (partner_of_new[j] >= 0 || to[j].path.empty()) continue;
    auto it = old_by_path.find(to[j].path);
    if (it == old_by_path.end() || it->second < 0) continue;
    int i = it->second;
    it->second = -1;
    partner_of_old[i] = j, partner_of_new[j] = i;
    pairs.push_back(paired(i, j, false, true, -1));  // similarity only if a list asks for it
  }

  // 3. Similar blocks in the gaps between stable neighbours, in order.
  std::vector<std::vector<std::uint64_t>> bag_a(n), bag_b(m);
  for (int i = 0; i < n; ++i)
    if (partner_of_old[i] < 0) bag_a[i] = word_bag(from[i].compare);
  for (int j = 0; j < m; ++j)
    if (partner_of_new[j] < 0) bag_b[j] = word_bag(to[j].compare);
  anchors.push_back({n, m});
  int prev_old = -1, prev_new = -1;
  for (auto [ao, an] : anchors) {
    std::vector<int> olds, news;
    for (int i = prev_old + 1; i < ao; ++i)
      if (partner_of_old[i] < 0) olds.push_back(i);
    for (int j = prev_new + 1; j < an; ++j)
      if (partner_of_new[j] < 0) news.push_back(j);
    std::size_t before = pairs.size();
    pair_in_gap(olds, news, bag_a, bag_b, thresholds.in_place, thresholds.max_gap_work, pairs);
    for (std::size_t k = before; k < pairs.size(); ++k)
      partner_of_old[pairs[k].from] = pairs[k].to, partner_of_new[pairs[k].to] = pairs[k].from;
    prev_old = ao, prev_new = an;
  }

  // 4. Similar blocks anywhere else: moved and edited (best pairs first).
  struct Candidate {
    double similarity;
    int from, to;
  };
  std::vector<Candidate> candidates;
  std::size_t unpaired_old = 0, unpaired_new = 0;
  for (int i = 0; i < n; ++i) unpaired_old += partner_of_old[i] < 0;
  for (int j = 0; j < m; ++j) unpaired_new += partner_of_new[j] < 0;
  const bool weigh_moves = unpaired_old * unpaired_new <= thresholds.max_moved_work;
  for (int i = 0; i < n && weigh_moves; ++i) {
    if (partner_of_old[i] >= 0) continue;
    for (int j = 0; j < m; ++j) {
      if (partner_of_new[j] >= 0) continue;
      double s = bag_similarity(bag_a[i], bag_b[j]);
      if (s >= thresholds.moved) candidates.push_back({s, i, j});
    }
  }
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& x, const Candidate& y) {
    if (x.similarity != y.similarity) return x.similarity > y.similarity;
    if (x.to != y.to) return x.to < y.to;
    return x.from < y.from;
  });
  for (const Candidate& c : candidates) {
    if (partner_of_old[c.from] >= 0 || partner_of_new[c.to] >= 0) continue;
    partner_of_old[c.from] = c.to, partner_of_new[c.to] = c.from;
    pairs.push_back(paired(c.from, c.to, false, true, c.similarity));
  }
  // An edited pair is "moved" only when it is out of order with the stable pairs.
  for (BlockPair& p : pairs) {
    if (p.identical || !p.moved) continue;
    auto it = std::lower_bound(anchors.begin(), anchors.end(), std::make_pair(p.from, -1));
    auto before = it == anchors.begin() ? std::make_pair(-1, -1) : *(it - 1);
    auto after = *it;  // sentinel (n, m) at the end
    p.moved = !(before.second < p.to && p.to < after.second);
  }

  for (int i = 0; i < n; ++i)
    if (partner_of_old[i] < 0) pairs.push_back(paired(i, -1, false, false, 0));
  for (int j = 0; j < m; ++j)
    if (partner_of_new[j] < 0) pairs.push_back(paired(-1, j, false, false, 0));

  // Display order: new-side order; a removed block goes before the first new-side
  // block whose old partner came after it.
  std::vector<int> next_new_after_old(n + 1, m);
  for (int i = n - 1; i >= 0; --i)
    next_new_after_old[i] = partner_of_old[i] >= 0 && !pairs.empty()
                                ? std::min(partner_of_old[i], next_new_after_old[i + 1])
                                : next_new_after_old[i + 1];
  auto order = [&](const BlockPair& p) {
    if (p.to >= 0) return std::make_tuple(p.to, 1, p.from);
    return std::make_tuple(next_new_after_old[p.from + 1], 0, p.from);
  };
  std::sort(pairs.begin(), pairs.end(),
            [&](const BlockPair& x, const BlockPair& y) { return order(x) < order(y); });
  return pairs;
}

}  // namespace yoy::diff_detail
