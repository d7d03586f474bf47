#pragma once
// An edition to ingest: one series, one year, its report files as bytes.
#include <cstddef>
#include <string>
#include <vector>

#include "yoy/util/limits.h"

namespace yoy {

// One report of an edition to ingest.
struct EditionFile {
  std::string id;  // "north-korea" (validated: no '/', '\\', "..", control chars, leading '.')
  std::string extension;  // "txt", "json", "html"
  std::string bytes;
  std::string source;  // where it came from (for messages)
};

struct Edition {
  std::string series;
  int year = 0;
  std::vector<EditionFile> files;
  std::size_t max_file_bytes = limits::kMaxInputBytes;  // larger reports are refused
  // Provenance for the year's commit message, after its summary line (where
  // the reports came from: "Split by yoy from report.pdf ..."). When empty, a
  // year that is rewritten keeps the note it had.
  std::string note;
};

}  // namespace yoy
