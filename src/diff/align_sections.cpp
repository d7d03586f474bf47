// Section alignment: by normalized key; a section whose heading changed but
// whose content stayed is renamed, not removed and added.
#include <algorithm>
#include <map>
#include <string_view>
#include <tuple>

#include "diff/diff_internal.h"

namespace yoy::diff_detail {

namespace {
SectionPair section_pair(int from, int to, bool renamed) {
  SectionPair pair;
  pair.from = from, pair.to = to, pair.renamed = renamed;
  return pair;
}
}  // namespace
namespace {

std::string section_text(const Section& s) {
  std::string text;
  for (const Block& b : s.blocks) {
    text += b.compare;
    text += ' ';
  }
  return text;
}

}  // namespace

std::vector<SectionPair> align_sections(const std::vector<Section>& from,
                                        const std::vector<Section>& to,
                                        const DiffOptions& options) {
  const int n = static_cast<int>(from.size()), m = static_cast<int>(to.size());
  std::vector<int> partner_of_old(n, -1), partner_of_new(m, -1);
  std::vector<SectionPair> pairs;
  std::map<std::string_view, std::vector<int>> by_key;
  for (int i = n - 1; i >= 0; --i) by_key[from[i].key].push_back(i);
  for (int j = 0; j < m; ++j) {
    auto it = by_key.find(to[j].key);
    if (it == by_key.end() || it->second.empty()) continue;
    int i = it->second.back();
    it->second.pop_back();
    partner_of_old[i] = j, partner_of_new[j] = i;
    pairs.push_back(section_pair(i, j, false));
  }
  // Renamed: the most similar remaining pairs, best first.
  std::vector<std::tuple<double, int, int>> candidates;
  std::vector<std::vector<std::uint64_t>> bag_a(n), bag_b(m);
  for (int i = 0; i < n; ++i)
    if (partner_of_old[i] < 0) bag_a[i] = word_bag(section_text(from[i]));
  for (int j = 0; j < m; ++j)
    if (partner_of_new[j] < 0) bag_b[j] = word_bag(section_text(to[j]));
  std::size_t unpaired_old = 0, unpaired_new = 0;
  for (int i = 0; i < n; ++i) unpaired_old += partner_of_old[i] < 0;
  for (int j = 0; j < m; ++j) unpaired_new += partner_of_new[j] < 0;
  const bool weigh = unpaired_old * unpaired_new <= options.max_rename_work;  // degrade, never hang
  for (int i = 0; i < n && weigh; ++i) {
    if (partner_of_old[i] >= 0) continue;
    for (int j = 0; j < m; ++j) {
      if (partner_of_new[j] >= 0 || from[i].is_list != to[j].is_list) continue;
      if (bag_a[i].empty() || bag_b[j].empty()) continue;
      double s = bag_similarity(bag_a[i], bag_b[j]);
      if (s >= options.renamed_section) candidates.emplace_back(-s, j, i);
    }
  }
  std::sort(candidates.begin(), candidates.end());
  for (auto [negative, j, i] : candidates) {
    if (partner_of_old[i] >= 0 || partner_of_new[j] >= 0) continue;
    partner_of_old[i] = j, partner_of_new[j] = i;
    pairs.push_back(section_pair(i, j, true));
  }
  for (int i = 0; i < n; ++i)
    if (partner_of_old[i] < 0) pairs.push_back(section_pair(i, -1, false));
  for (int j = 0; j < m; ++j)
    if (partner_of_new[j] < 0) pairs.push_back(section_pair(-1, j, false));

  std::vector<int> next_new_after_old(n + 1, m);
  for (int i = n - 1; i >= 0; --i)
    next_new_after_old[i] = partner_of_old[i] >= 0
                                ? std::min(partner_of_old[i], next_new_after_old[i + 1])
                                : next_new_after_old[i + 1];
  auto order = [&](const SectionPair& p) {
    if (p.to >= 0) return std::make_tuple(p.to, 1, p.from);
    return std::make_tuple(next_new_after_old[p.from + 1], 0, p.from);
  };
  std::sort(pairs.begin(), pairs.end(),
            [&](const SectionPair& x, const SectionPair& y) { return order(x) < order(y); });
  return pairs;
}

}  // namespace yoy::diff_detail
