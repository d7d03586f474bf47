#pragma once
// `yoy ingest`: which editions the given paths make, read and validated
// before the archive is touched.
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "yoy/model/edition.h"
#include "yoy/model/edition_check.h"
#include "yoy/util/limits.h"

namespace yoy {

struct IngestRequest {
  std::vector<std::string> paths;  // report files or corpus directories
  std::string series, id;          // flags; "" = from the directory, the file name or the report
  int year = 0;                    // flag; 0 = from the directory or the report's title
  std::size_t max_input = limits::kMaxInputBytes;
  // A report PDF (split into its narratives, one edition of `year`) may be this large.
  std::size_t max_pdf = std::size_t{1} << 30;
  std::function<void(int, int)> pdf_progress;  // pages read, of all pages
  // Each entry of a corpus directory left out because it is no regular file
  // ("PATH: a FIFO, not a report file").
  std::function<void(const std::string&)> skipped;
};

// One edition per (series, year), sorted; every file read and checked.
// Throws InputError (what and where) on anything that cannot be ingested.
std::vector<Edition> plan_ingest(const IngestRequest& request);

}  // namespace yoy
