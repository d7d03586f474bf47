#pragma once
// `yoy summary`: the pages of a change summary of two editions (one Markdown
// and one HTML page per changed report, an overview), and writing them out.
#include <functional>
#include <string>
#include <vector>

#include "yoy/app/summary_index_result.h"
#include "yoy/archive/archive.h"
#include "yoy/model/changeset.h"
#include "yoy/util/output_dir.h"

namespace yoy {

using SummaryFile = OutputFile;  // "north-korea.md", "index.html"

struct SummaryPages {
  SummaryIndex index;
  std::vector<SummaryFile> files;  // rendered before anything is written
};

// Called once per report rendered (done of total), for progress display.
using SummaryProgress = std::function<void(int done, int total)>;

// Throws InputError for a report id that cannot be a file name in the directory.
SummaryPages build_summary(const Archive& archive, const EditionRef& from, const EditionRef& to,
                           const SummaryProgress& progress = {});

// Replaces the summary in `dir` as a whole (write_output_directory): readers
// see the old pages or the new ones, never a mix; files of an earlier summary
// that are not part of this one are gone, files yoy did not write are kept.
// Nothing changes when it cannot be written (InputError says why).
void write_summary(const std::string& dir, const SummaryPages& pages);

}  // namespace yoy
