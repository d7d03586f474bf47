#pragma once
// The semantic differ: Document × Document → what changed, by meaning.
#include <cstddef>
#include <vector>

#include "yoy/model/changeset.h"
#include "yoy/model/model.h"

namespace yoy {

struct DiffOptions {
  bool include_unchanged = false;              // --all
  std::size_t max_word_diff_work = 4'000'000;  // tokens_a * tokens_b above which a block is coarse
  std::size_t max_report_work =
      200'000'000;  // total per report; above it all further blocks are coarse
};

// Compares two editions of one report. Either side may be null (added / removed report).
ReportChange diff_documents(const Document* from, const Document* to, const DiffOptions& options);

// Where a statistic sits in a Document: sections[section].blocks[block].statistics[index].
struct StatisticRef {
  int section = -1, block = -1, index = -1;
};
struct StatisticLink {
  StatisticRef from, to;
};
// Which statistic of `to` continues which of `from`, through the differ's own
// alignment (sections by key or content, blocks and list items as diff_documents
// pairs them, figures through aligned sentences): unchanged figures and changed
// ones alike; a figure of neither side's pair is in no link. Needs analyzed Documents.
std::vector<StatisticLink> link_statistics(const Document& from, const Document& to);

}  // namespace yoy
