#pragma once
// `yoy compare`: two report files, no archive, one ChangeSet.
#include <cstddef>
#include <string>
#include <vector>

#include "yoy/diff/diff.h"
#include "yoy/model/changeset.h"
#include "yoy/parse/parse.h"

namespace yoy {

struct Comparison {
  ChangeSet changes;     // one report (or none when unchanged and not include_unchanged)
  bool differs = false;  // the two files differ by meaning
  std::vector<std::string> headings;  // every section heading of both files (for --section)
};

// Parses both files (throws InputError naming the file) and diffs them.
Comparison compare_files(const std::string& old_path, const std::string& new_path, Profile profile,
                         std::size_t max_input, const DiffOptions& options);

}  // namespace yoy
