// link_statistics: the statistics of two editions paired as diff_documents
// pairs them, for following a figure through many editions (`yoy stats`).
#include <map>

#include "diff/diff_internal.h"
#include "yoy/diff/alignment.h"
#include "yoy/diff/diff.h"

namespace yoy {

namespace {

using namespace diff_detail;

// Every statistic's position, by address (links come back as pointers).
std::map<const Statistic*, StatisticRef> positions(const Document& document) {
  std::map<const Statistic*, StatisticRef> out;
  for (std::size_t s = 0; s < document.sections.size(); ++s)
    for (std::size_t b = 0; b < document.sections[s].blocks.size(); ++b) {
      const Block& block = document.sections[s].blocks[b];
      for (std::size_t i = 0; i < block.statistics.size(); ++i)
        out[&block.statistics[i]] = {static_cast<int>(s), static_cast<int>(b), static_cast<int>(i)};
    }
  return out;
}

}  // namespace

std::vector<StatisticLink> link_statistics(const Document& from, const Document& to,
                                           const DiffOptions& options) {
  StatisticPairs pairs;
  std::vector<StatisticChange> ignored;
  diff_statistics(from, to, align_documents(from, to, options), options, ignored, &pairs);
  const auto from_at = positions(from), to_at = positions(to);
  std::vector<StatisticLink> links;
  links.reserve(pairs.size());
  for (const auto& [old_stat, new_stat] : pairs)
    links.push_back({from_at.at(old_stat), to_at.at(new_stat)});
  return links;
}

}  // namespace yoy
