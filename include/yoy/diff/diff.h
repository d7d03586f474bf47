#pragma once
// The semantic differ: Document × Document → what changed, by meaning.
#include <cstddef>
#include <string>
#include <vector>

#include "yoy/model/changeset.h"
#include "yoy/model/model.h"

namespace yoy {

struct DiffOptions {
  bool include_unchanged = false;              // --all
  std::size_t max_word_diff_work = 4'000'000;  // tokens_a * tokens_b above which a block is coarse
  std::size_t max_report_work =
      200'000'000;  // total per report; above it all further blocks are coarse
  // --ignore: POSIX extended regexes; their matches are cut from both documents
  // before the diff (app/ignore_text), so they never count as a change.
  std::vector<std::string> ignore;
};

// Compares two editions of one report. Either side may be null (added / removed report).
ReportChange diff_documents(const Document* from, const Document* to, const DiffOptions& options);

}  // namespace yoy
